package fr.vigie.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.production.CountryShare;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ConcentrationAndStageTests {

  static final Methodology DEFAULT = Methodology.loadDefault();

  static final List<CountryShare> COBALT_LIKE = List.of(
      new CountryShare("COD", 0.7, OptionalDouble.empty()), new CountryShare("AUS", 0.2, OptionalDouble.empty()), new CountryShare("CHN", 0.1, OptionalDouble.empty()));

  @Test
  void hhiIsTheSumOfSquaredShares() {
    // 0.7^2 + 0.2^2 + 0.1^2 = 0.49 + 0.04 + 0.01 = 0.54
    assertThat(Concentration.hhi(COBALT_LIKE)).isCloseTo(0.54, within(1e-12));
    // a monopoly is 1
    assertThat(Concentration.hhi(List.of(new CountryShare("CHN", 1.0, OptionalDouble.empty())))).isEqualTo(1.0);
  }

  @Test
  void productionWeightedRisk() {
    Map<String, Double> risk = Map.of("COD", 0.8, "AUS", 0.2, "CHN", 0.6);
    var w = Concentration.productionWeighted(COBALT_LIKE, iso -> OptionalDouble.of(risk.get(iso))).orElseThrow();
    // 0.7 x 0.8 + 0.2 x 0.2 + 0.1 x 0.6 = 0.56 + 0.04 + 0.06 = 0.66
    assertThat(w.value()).isCloseTo(0.66, within(1e-12));
    assertThat(w.coverage()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void aProducerWithoutRiskIsLeftOutNotCountedAsZero() {
    Map<String, Double> risk = Map.of("COD", 0.8, "AUS", 0.2);
    var w = Concentration.productionWeighted(COBALT_LIKE,
        iso -> risk.containsKey(iso) ? OptionalDouble.of(risk.get(iso)) : OptionalDouble.empty()).orElseThrow();
    // (0.56 + 0.04) / 0.9 = 0.6667; coverage 0.9
    assertThat(w.value()).isCloseTo(0.666667, within(1e-6));
    assertThat(w.coverage()).isCloseTo(0.9, within(1e-12));
    assertThat(w.uncovered()).containsExactly("CHN");
  }

  static ProcessRiskProfile openPit() {
    return new ProcessRiskProfile("open_pit", List.of(
        new ProcessRiskProfile.Factor("water_pollution", RiskCategory.ENVIRONMENTAL, RiskLevel.VERY_HIGH, "acid drainage", "primer"),
        new ProcessRiskProfile.Factor("biodiversity", RiskCategory.ENVIRONMENTAL, RiskLevel.HIGH, "land clearing", "primer"),
        new ProcessRiskProfile.Factor("occupational_health_safety", RiskCategory.HUMAN_RIGHTS, RiskLevel.MEDIUM, "", "primer")));
  }

  static ProcessRiskProfile artisanal() {
    return new ProcessRiskProfile("artisanal", List.of(
        new ProcessRiskProfile.Factor("child_labour", RiskCategory.HUMAN_RIGHTS, RiskLevel.VERY_HIGH, "", "primer"),
        new ProcessRiskProfile.Factor("water_pollution", RiskCategory.ENVIRONMENTAL, RiskLevel.HIGH, "", "primer")));
  }

  @Test
  void processRiskIsTheMeanOfItsFactorLevelScores() {
    var pr = new StageRiskCalculator(DEFAULT).processRisk(openPit());
    // environmental: very_high 0.9 and high 0.7 -> 0.8; human rights: medium 0.5; none socio-economic
    assertThat(pr.get(RiskCategory.ENVIRONMENTAL).getAsDouble()).isCloseTo(0.8, within(1e-12));
    assertThat(pr.get(RiskCategory.HUMAN_RIGHTS).getAsDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(pr.get(RiskCategory.SOCIO_ECONOMIC_POLITICAL)).isEmpty();
  }

  @Test
  void stageRiskCombinesShareWeightedProcessesWithProductionWeightedCountries() {
    Map<String, CountryRisk> risks = Map.of(
        "COD", fixedRisk("COD", 0.6, 0.8, 0.9),
        "AUS", fixedRisk("AUS", 0.3, 0.1, 0.1),
        "CHN", fixedRisk("CHN", 0.7, 0.8, 0.5));
    StageRisk s = new StageRiskCalculator(DEFAULT).compute(Stage.EXTRACTION,
        List.of(new StageRiskCalculator.ProcessUse(openPit(), 0.8), new StageRiskCalculator.ProcessUse(artisanal(), 0.2)),
        COBALT_LIKE, risks::get);
    // process env: (0.8 x 0.8 + 0.2 x 0.7) / 1.0 = 0.78
    assertThat(s.processRisk().get(RiskCategory.ENVIRONMENTAL).getAsDouble()).isCloseTo(0.78, within(1e-12));
    // process human rights: (0.8 x 0.5 + 0.2 x 0.9) = 0.58
    assertThat(s.processRisk().get(RiskCategory.HUMAN_RIGHTS).getAsDouble()).isCloseTo(0.58, within(1e-12));
    // country env: 0.7 x 0.6 + 0.2 x 0.3 + 0.1 x 0.7 = 0.42 + 0.06 + 0.07 = 0.55
    assertThat(s.countryRisk().get(RiskCategory.ENVIRONMENTAL).orElseThrow().value()).isCloseTo(0.55, within(1e-12));
    // stage env = (0.78 + 0.55) / 2 = 0.665 (high)
    assertThat(s.categories().get(RiskCategory.ENVIRONMENTAL).orElseThrow().score()).isCloseTo(0.665, within(1e-12));
    assertThat(s.categories().get(RiskCategory.ENVIRONMENTAL).orElseThrow().level()).isEqualTo(RiskLevel.HIGH);
    // socio-economic has no process factor: the stage risk is the country part alone,
    // 0.7 x 0.9 + 0.2 x 0.1 + 0.1 x 0.5 = 0.63 + 0.02 + 0.05 = 0.70
    assertThat(s.categories().get(RiskCategory.SOCIO_ECONOMIC_POLITICAL).orElseThrow().score()).isCloseTo(0.70, within(1e-12));
    // human rights: country 0.7 x 0.8 + 0.2 x 0.1 + 0.1 x 0.8 = 0.66; stage (0.58 + 0.66)/2 = 0.62
    assertThat(s.categories().get(RiskCategory.HUMAN_RIGHTS).orElseThrow().score()).isCloseTo(0.62, within(1e-12));
    // overall is the highest category: 0.70
    assertThat(s.overall().orElseThrow().score()).isCloseTo(0.70, within(1e-12));
    assertThat(s.hhi().getAsDouble()).isCloseTo(0.54, within(1e-12));
    assertThat(s.explanation().text()).contains("open_pit: share=0.8, risk=0.8")
        .contains("water_pollution: level=very_high, score=0.9, why=acid drainage, source=primer")
        .contains("COD: share=0.7, score=0.6, level=high");
  }

  /** A country risk with given category scores, all indicators present. */
  static CountryRisk fixedRisk(String iso3, double env, double hr, double sep) {
    Map<RiskCategory, CategoryRisk> m = new java.util.EnumMap<>(RiskCategory.class);
    double[] s = {env, hr, sep};
    for (RiskCategory c : RiskCategory.values()) {
      double v = s[c.ordinal()];
      m.put(c, new CategoryRisk.Scored(c, v, DEFAULT.bands().level(v), List.of(), List.of(), 1.0));
    }
    return new CountryRisk(iso3, DEFAULT.ref(), m, 1.0);
  }
}
