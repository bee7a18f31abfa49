package fr.vigie.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.SeededProperty;
import fr.vigie.engine.Seeds;
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
import java.util.stream.LongStream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the risk computations over generated inputs: each property runs over {@value
 * #TRIES} seeded random cases (see {@link Seeds}).
 */
class RiskPropertyTests {

  static final int TRIES = 1000;

  static LongStream seeds() {
    return Seeds.seeds(RiskPropertyTests.class.getName(), TRIES);
  }

  static final Methodology DEFAULT = Methodology.loadDefault();
  static final Methodology GEOMETRIC = MethodologyLoaderTests.parse(
      MethodologyLoaderTests.VALID);

  /** Raw values for every default indicator, drawn over and beyond each indicator's scale. */
  static Map<String, Double> countries(Random r) {
    List<IndicatorSpec> specs = new ArrayList<>();
    DEFAULT.categories().values().forEach(c -> specs.addAll(c.indicators()));
    Map<String, Double> result = new HashMap<>();
    for (IndicatorSpec s : specs) {
      double span = s.scale().max() - s.scale().min();
      double value = Seeds.doubleBetween(r, round(s.scale().min() - 0.2 * span), round(s.scale().max() + 0.2 * span), 4);
      boolean present = r.nextInt(4) != 0;
      if (present) {
        result.put(s.id(), value);
      }
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

  @SeededProperty
  @MethodSource("seeds")
  void scoresStayBetweenZeroAndOne(long seed) {
    Map<String, Double> raw = countries(new Random(seed));
    for (Methodology m : List.of(DEFAULT, GEOMETRIC)) {
      CountryRisk r = score(m, raw);
      for (RiskCategory c : RiskCategory.values()) {
        r.score(c).ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
      }
      assertThat(r.confidence()).isBetween(0.0, 1.0);
    }
  }

  @SeededProperty
  @MethodSource("seeds")
  void raisingAnIndicatorsRiskNeverLowersTheCategoryScore(long seed) {
    Random random = new Random(seed);
    Map<String, Double> raw = countries(random);
    int which = Seeds.intBetween(random, 0, 10);
    double step = Seeds.doubleBetween(random, 0.0, 3.0);
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

  @SeededProperty
  @MethodSource("seeds")
  void theGeometricMeanIsNeverBelowTheArithmeticMean(long seed) {
    List<Aggregation.Term> terms = terms(new Random(seed));
    assertThat(Aggregation.GEOMETRIC_MEAN.aggregate(terms))
        .isGreaterThanOrEqualTo(Aggregation.WEIGHTED_MEAN.aggregate(terms) - 1e-12);
  }

  /** 1 to 8 aggregation terms: a value in 0..1 and a weight in 0.01..10. */
  static List<Aggregation.Term> terms(Random r) {
    return Seeds.listOf(r, 1, 8,
        x -> new Aggregation.Term(Seeds.doubleBetween(x, 0, 1, 4), Seeds.doubleBetween(x, 0.01, 10, 3)));
  }

  /** 1 to 12 producing countries "C00".."C11" whose shares add up to 1. */
  static List<CountryShare> stages(Random r) {
    List<Double> ws = Seeds.listOf(r, 1, 12, x -> Seeds.doubleBetween(x, 0.001, 1, 4));
    double total = ws.stream().mapToDouble(Double::doubleValue).sum();
    List<CountryShare> out = new ArrayList<>();
    for (int i = 0; i < ws.size(); i++) {
      out.add(new CountryShare(String.format("C%02d", i), Math.min(1.0, ws.get(i) / total), OptionalDouble.empty()));
    }
    return out;
  }

  @SeededProperty
  @MethodSource("seeds")
  void aMoreConcentratedStageNeverHasALowerHhi(long seed) {
    Random random = new Random(seed);
    List<CountryShare> shares = stages(random);
    double fraction = Seeds.doubleBetween(random, 0, 1);
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

  @SeededProperty
  @MethodSource("seeds")
  void permutingInputsChangesNothing(long caseSeed) {
    Random random = new Random(caseSeed);
    List<CountryShare> shares = stages(random);
    Map<String, Double> raw = countries(random);
    long seed = random.nextLong();
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
        DEFAULT.minCoverage(), DEFAULT.missingData(), DEFAULT.processFactors(), DEFAULT.stageCombination(), List.of(), java.util.Map.of());
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

  @SeededProperty
  @MethodSource("seeds")
  void stageRiskStaysBetweenZeroAndOne(long seed) {
    Random random = new Random(seed);
    List<CountryShare> shares = stages(random);
    Map<String, Double> raw = countries(random);
    List<RiskLevel> levels = Seeds.listOf(random, 0, 9, x -> Seeds.oneOf(x, RiskLevel.values()));
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

  @SeededProperty
  @MethodSource("seeds")
  void underTheWorstCasePolicyLosingAValueNeverLowersAScore(long seed) {
    Random random = new Random(seed);
    Map<String, Double> raw = countries(random);
    int which = Seeds.intBetween(random, 0, 10);
    Methodology worst = new Methodology("w", "1", "", "", DEFAULT.categories(), DEFAULT.bands(), 0.01,
        MissingDataPolicy.WORST_CASE, DEFAULT.processFactors(), DEFAULT.stageCombination(), List.of(), java.util.Map.of());
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
}
