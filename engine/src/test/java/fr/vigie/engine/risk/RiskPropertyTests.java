package fr.vigie.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.indicator.Orientation;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.production.CountryShare;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the risk computations over generated inputs. */
class RiskPropertyTests {

  static final Methodology DEFAULT = Methodology.loadDefault();
  static final Methodology GEOMETRIC = MethodologyLoaderTests.parse(
      MethodologyLoaderTests.VALID);

  /** Raw values for every default indicator, drawn over and beyond each indicator's scale. */
  @Provide
  Arbitrary<Map<String, Double>> countries() {
    List<IndicatorSpec> specs = new ArrayList<>();
    DEFAULT.categories().values().forEach(c -> specs.addAll(c.indicators()));
    Arbitrary<Map<String, Double>> result = Arbitraries.just(Map.of());
    for (IndicatorSpec s : specs) {
      double span = s.scale().max() - s.scale().min();
      Arbitrary<Double> value = Arbitraries.doubles()
          .between(round(s.scale().min() - 0.2 * span), round(s.scale().max() + 0.2 * span)).ofScale(4);
      Arbitrary<Boolean> present = Arbitraries.of(true, true, true, false);
      result = Combinators.combine(result, value, present).as((m, v, p) -> {
        Map<String, Double> copy = new HashMap<>(m);
        if (p) {
          copy.put(s.id(), v);
        }
        return copy;
      });
    }
    return result;
  }

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  static CountryRisk score(Methodology m, Map<String, Double> raw) {
    Map<String, IndicatorReading> values = new HashMap<>();
    raw.forEach((k, v) -> values.put(k, new IndicatorReading(v, 2023, "test")));
    return new CountryRiskScorer(m, IndicatorSource.of(Map.of("XXX", values))).score("XXX");
  }

  @Property
  void scoresStayBetweenZeroAndOne(@ForAll("countries") Map<String, Double> raw) {
    for (Methodology m : List.of(DEFAULT, GEOMETRIC)) {
      CountryRisk r = score(m, raw);
      for (RiskCategory c : RiskCategory.values()) {
        r.score(c).ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
      }
      assertThat(r.confidence()).isBetween(0.0, 1.0);
    }
  }

  @Property
  void raisingAnIndicatorsRiskNeverLowersTheCategoryScore(
      @ForAll("countries") Map<String, Double> raw,
      @ForAll @IntRange(min = 0, max = 10) int which,
      @ForAll @DoubleRange(min = 0.0, max = 3.0) double step) {
    List<IndicatorSpec> specs = new ArrayList<>();
    DEFAULT.categories().values().forEach(c -> specs.addAll(c.indicators()));
    IndicatorSpec spec = specs.get(which);
    if (!raw.containsKey(spec.id())) {
      return;
    }
    Map<String, Double> worse = new HashMap<>(raw);
    double delta = step * (spec.scale().max() - spec.scale().min()) / 3.0;
    worse.put(spec.id(), raw.get(spec.id())
        + (spec.orientation() == Orientation.HIGHER_IS_WORSE ? delta : -delta));
    for (Methodology m : List.of(DEFAULT, GEOMETRIC)) {
      CountryRisk before = score(m, raw);
      CountryRisk after = score(m, worse);
      for (RiskCategory c : RiskCategory.values()) {
        if (before.score(c).isPresent()) {
          assertThat(after.score(c).getAsDouble()).isGreaterThanOrEqualTo(before.score(c).getAsDouble() - 1e-12);
        }
      }
    }
  }

  @Property
  void theGeometricMeanIsNeverBelowTheArithmeticMean(
      @ForAll("terms") List<Aggregation.Term> terms) {
    assertThat(Aggregation.GEOMETRIC_MEAN.aggregate(terms))
        .isGreaterThanOrEqualTo(Aggregation.WEIGHTED_MEAN.aggregate(terms) - 1e-12);
  }

  @Provide
  Arbitrary<List<Aggregation.Term>> terms() {
    return Combinators.combine(Arbitraries.doubles().between(0, 1).ofScale(4), Arbitraries.doubles().between(0.01, 10).ofScale(3))
        .as(Aggregation.Term::new).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<CountryShare>> stages() {
    return Arbitraries.doubles().between(0.001, 1).ofScale(4).list().ofMinSize(1).ofMaxSize(12).map(ws -> {
      double total = ws.stream().mapToDouble(Double::doubleValue).sum();
      List<CountryShare> out = new ArrayList<>();
      for (int i = 0; i < ws.size(); i++) {
        out.add(new CountryShare(String.format("C%02d", i), Math.min(1.0, ws.get(i) / total), OptionalDouble.empty()));
      }
      return out;
    });
  }

  @Property
  void aMoreConcentratedStageNeverHasALowerHhi(
      @ForAll("stages") List<CountryShare> shares,
      @ForAll @DoubleRange(min = 0, max = 1) double fraction) {
    if (shares.size() < 2) {
      return;
    }
    // move part of the smaller producer's share to the larger one (a concentrating transfer)
    List<CountryShare> sorted = new ArrayList<>(shares);
    sorted.sort((a, b) -> Double.compare(b.share(), a.share()));
    CountryShare big = sorted.get(0);
    CountryShare small = sorted.get(sorted.size() - 1);
    double moved = small.share() * fraction;
    List<CountryShare> concentrated = new ArrayList<>(sorted);
    concentrated.set(0, new CountryShare(big.alpha3(), Math.min(1.0, big.share() + moved), OptionalDouble.empty()));
    concentrated.set(sorted.size() - 1, new CountryShare(small.alpha3(), small.share() - moved, OptionalDouble.empty()));
    assertThat(Concentration.hhi(concentrated)).isGreaterThanOrEqualTo(Concentration.hhi(shares) - 1e-12);
  }

  @Property
  void permutingInputsChangesNothing(
      @ForAll("stages") List<CountryShare> shares, @ForAll("countries") Map<String, Double> raw,
      @ForAll long seed) {
    List<CountryShare> shuffled = new ArrayList<>(shares);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(Concentration.hhi(shuffled)).isCloseTo(Concentration.hhi(shares), within(1e-12));

    // country scores under a methodology whose indicators are listed in another order
    CountryRisk a = score(DEFAULT, raw);
    Map<RiskCategory, CategoryMethod> reversed = new HashMap<>();
    DEFAULT.categories().forEach((c, m) -> {
      List<IndicatorSpec> l = new ArrayList<>(m.indicators());
      Collections.shuffle(l, new Random(seed));
      reversed.put(c, new CategoryMethod(c, m.aggregation(), l));
    });
    Methodology permuted = new Methodology(DEFAULT.id(), DEFAULT.version(), "", "", reversed, DEFAULT.bands(),
        DEFAULT.minCoverage(), DEFAULT.missingData(), DEFAULT.processFactors(), DEFAULT.stageCombination(), List.of());
    CountryRisk b = score(permuted, raw);
    for (RiskCategory c : RiskCategory.values()) {
      assertThat(b.score(c).isPresent()).isEqualTo(a.score(c).isPresent());
      a.score(c).ifPresent(s -> assertThat(b.score(c).getAsDouble()).isCloseTo(s, within(1e-12)));
    }

    // stage risk over producing countries in another order
    StageRiskCalculator calc = new StageRiskCalculator(DEFAULT);
    Map<String, CountryRisk> risks = new HashMap<>();
    for (CountryShare s : shares) {
      risks.put(s.alpha3(), score(DEFAULT, raw));
    }
    StageRisk x = calc.compute(Stage.EXTRACTION, List.of(), shares, risks::get);
    StageRisk y = calc.compute(Stage.EXTRACTION, List.of(), shuffled, risks::get);
    for (RiskCategory c : RiskCategory.values()) {
      assertThat(y.categories().get(c).map(StageRisk.Scored::score).orElse(-1.0))
          .isCloseTo(x.categories().get(c).map(StageRisk.Scored::score).orElse(-1.0), within(1e-12));
    }
  }

  @Property
  void stageRiskStaysBetweenZeroAndOne(
      @ForAll("stages") List<CountryShare> shares, @ForAll("countries") Map<String, Double> raw,
      @ForAll("levels") List<RiskLevel> levels) {
    List<ProcessRiskProfile.Factor> factors = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      factors.add(new ProcessRiskProfile.Factor("f" + i, RiskCategory.values()[i % 3], levels.get(i), "", ""));
    }
    var use = new StageRiskCalculator.ProcessUse(new ProcessRiskProfile("p", factors), 1.0);
    StageRisk r = new StageRiskCalculator(DEFAULT)
        .compute(Stage.REFINING, List.of(use), shares, iso -> score(DEFAULT, raw));
    r.categories().values().forEach(o -> o.ifPresent(s -> assertThat(s.score()).isBetween(0.0, 1.0)));
    assertThat(r.hhi().getAsDouble()).isBetween(0.0, 1.0 + 1e-9);
  }

  @Property
  void underTheWorstCasePolicyLosingAValueNeverLowersAScore(
      @ForAll("countries") Map<String, Double> raw, @ForAll @IntRange(min = 0, max = 10) int which) {
    Methodology worst = new Methodology("w", "1", "", "", DEFAULT.categories(), DEFAULT.bands(), 0.01,
        MissingDataPolicy.WORST_CASE, DEFAULT.processFactors(), DEFAULT.stageCombination(), List.of());
    List<IndicatorSpec> specs = new ArrayList<>();
    DEFAULT.categories().values().forEach(c -> specs.addAll(c.indicators()));
    Map<String, Double> fewer = new HashMap<>(raw);
    fewer.remove(specs.get(which).id());
    CountryRisk before = score(worst, raw);
    CountryRisk after = score(worst, fewer);
    for (RiskCategory c : RiskCategory.values()) {
      if (before.score(c).isPresent() && after.score(c).isPresent()) {
        assertThat(after.score(c).getAsDouble()).isGreaterThanOrEqualTo(before.score(c).getAsDouble() - 1e-12);
      }
      assertThat(after.category(c).coverage()).isLessThanOrEqualTo(before.category(c).coverage());
    }
  }

  @Provide
  Arbitrary<List<RiskLevel>> levels() {
    return Arbitraries.of(RiskLevel.class).list().ofMaxSize(9);
  }
}
