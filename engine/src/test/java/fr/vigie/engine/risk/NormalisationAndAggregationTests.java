package fr.vigie.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.indicator.Orientation;
import fr.vigie.engine.kernel.RiskLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalisationAndAggregationTests {

  @Test
  void higherIsBetterIsInvertedAfterMinMax() {
    // EPI 60 on 0..100, higher better: x' = (60 - 0) / 100 = 0.6, risk = 1 - 0.6 = 0.4
    assertThat(new Scale(0, 100).toRisk(60, Orientation.HIGHER_IS_BETTER)).isCloseTo(0.4, within(1e-12));
    // WGI -1.0 on -2.5..2.5: x' = (-1 + 2.5) / 5 = 0.3, risk = 0.7
    assertThat(new Scale(-2.5, 2.5).toRisk(-1.0, Orientation.HIGHER_IS_BETTER)).isCloseTo(0.7, within(1e-12));
  }

  @Test
  void higherIsWorseIsMinMaxAsIs() {
    // Freedom House civil liberties 5 on 1..7, higher worse: (5 - 1) / (7 - 1) = 0.6667
    assertThat(new Scale(1, 7).toRisk(5, Orientation.HIGHER_IS_WORSE)).isCloseTo(4.0 / 6.0, within(1e-12));
    // FSI total 90 on 0..120: 90 / 120 = 0.75
    assertThat(new Scale(0, 120).toRisk(90, Orientation.HIGHER_IS_WORSE)).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void valuesOutsideTheScaleAreClamped() {
    // WGI -2.7 is below -2.5: clamped to x' = 0, risk 1; 2.6 above 2.5: x' = 1, risk 0
    assertThat(new Scale(-2.5, 2.5).toRisk(-2.7, Orientation.HIGHER_IS_BETTER)).isEqualTo(1.0);
    assertThat(new Scale(-2.5, 2.5).toRisk(2.6, Orientation.HIGHER_IS_BETTER)).isEqualTo(0.0);
    assertThat(new Scale(0, 10).toRisk(11, Orientation.HIGHER_IS_WORSE)).isEqualTo(1.0);
  }

  @Test
  void aScaleNeedsMinBelowMax() {
    assertThatThrownBy(() -> new Scale(1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weightedArithmeticMean() {
    // (1 x 0.2 + 3 x 0.8) / (1 + 3) = 2.6 / 4 = 0.65
    double r = Aggregation.WEIGHTED_MEAN.aggregate(
        List.of(new Aggregation.Term(0.2, 1), new Aggregation.Term(0.8, 3)));
    assertThat(r).isCloseTo(0.65, within(1e-12));
  }

  @Test
  void weightedGeometricMeanOfPerformance() {
    // performances 1 - 0.2 = 0.8 (w 1/4) and 1 - 0.8 = 0.2 (w 3/4):
    // 1 - 0.8^0.25 x 0.2^0.75 = 1 - 0.94574 x 0.29907 = 1 - 0.28284 = 0.71716
    double r = Aggregation.GEOMETRIC_MEAN.aggregate(
        List.of(new Aggregation.Term(0.2, 1), new Aggregation.Term(0.8, 3)));
    assertThat(r).isCloseTo(0.717157, within(1e-6));
  }

  @Test
  void geometricMeanWithAFullRiskIsFullRisk() {
    // a performance of 0 makes the product 0: risk 1, whatever the other terms
    double r = Aggregation.GEOMETRIC_MEAN.aggregate(
        List.of(new Aggregation.Term(1.0, 1), new Aggregation.Term(0.1, 5)));
    assertThat(r).isEqualTo(1.0);
  }

  @Test
  void levelsAtTheEdgesTakeTheHigherLevel() {
    LevelBands b = LevelBands.defaults();
    assertThat(b.level(0.0)).isEqualTo(RiskLevel.VERY_LOW);
    assertThat(b.level(0.19999)).isEqualTo(RiskLevel.VERY_LOW);
    assertThat(b.level(0.2)).isEqualTo(RiskLevel.LOW);
    assertThat(b.level(0.39999)).isEqualTo(RiskLevel.LOW);
    assertThat(b.level(0.4)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(b.level(0.6)).isEqualTo(RiskLevel.HIGH);
    assertThat(b.level(0.79999)).isEqualTo(RiskLevel.HIGH);
    assertThat(b.level(0.8)).isEqualTo(RiskLevel.VERY_HIGH);
    assertThat(b.level(1.0)).isEqualTo(RiskLevel.VERY_HIGH);
  }

  @Test
  void thresholdsMustIncrease() {
    var scores = LevelBands.defaults().levelScores();
    assertThatThrownBy(() -> new LevelBands(0.2, 0.4, 0.4, 0.8, scores))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly increasing");
  }

  @Test
  void stageCombinationRules() {
    // weighted mean 0.25/0.75 of P = 0.8 and C = 0.4: (0.25 x 0.8 + 0.75 x 0.4) / 1 = 0.5
    var wm = new StageCombination(StageCombination.Rule.WEIGHTED_MEAN, 0.25, 0.75);
    assertThat(wm.combine(0.8, 0.4)).isCloseTo(0.5, within(1e-12));
    assertThat(new StageCombination(StageCombination.Rule.MAX, 0, 1).combine(0.8, 0.4)).isEqualTo(0.8);
  }
}
