package fr.vigie.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountryRiskScorerTests {

  static final Methodology DEFAULT = Methodology.loadDefault();

  /** A made-up country "XXX" with every default indicator. */
  static Map<String, IndicatorReading> fullCountry() {
    Map<String, IndicatorReading> v = new HashMap<>();
    v.put("epi", new IndicatorReading(40, 2022, "EPI"));
    v.put("ndgain_vulnerability", new IndicatorReading(0.5, 2022, "ND-GAIN"));
    v.put("wgi_va", new IndicatorReading(-1.0, 2023, "WGI"));
    v.put("fh_cl", new IndicatorReading(6, 2024, "FH"));
    v.put("fsi_p3", new IndicatorReading(8, 2023, "FSI"));
    v.put("wgi_pv", new IndicatorReading(-0.5, 2023, "WGI"));
    v.put("wgi_rl", new IndicatorReading(-1.0, 2023, "WGI"));
    v.put("wgi_cc", new IndicatorReading(-1.5, 2023, "WGI"));
    v.put("wgi_ge", new IndicatorReading(0.0, 2023, "WGI"));
    v.put("wgi_rq", new IndicatorReading(0.5, 2023, "WGI"));
    v.put("fsi_total", new IndicatorReading(90, 2023, "FSI"));
    return v;
  }

  static CountryRisk score(Map<String, IndicatorReading> values) {
    return new CountryRiskScorer(DEFAULT, IndicatorSource.of(Map.of("XXX", values))).score("XXX");
  }

  @Test
  void eachCategoryIsTheWeightedMeanOfItsNormalisedIndicators() {
    CountryRisk r = score(fullCountry());
    // environmental: EPI 40 -> 1 - 0.40 = 0.60; ND-GAIN 0.5 -> 0.50; mean = 0.55 (medium)
    assertThat(r.score(RiskCategory.ENVIRONMENTAL).getAsDouble()).isCloseTo(0.55, within(1e-12));
    assertThat(r.level(RiskCategory.ENVIRONMENTAL)).contains(RiskLevel.MEDIUM);
    // human rights: WGI VA -1 -> 0.70; FH CL 6 -> 5/6 = 0.8333; FSI P3 8 -> 0.80; mean = 0.7778 (high)
    assertThat(r.score(RiskCategory.HUMAN_RIGHTS).getAsDouble()).isCloseTo(0.777778, within(1e-6));
    assertThat(r.level(RiskCategory.HUMAN_RIGHTS)).contains(RiskLevel.HIGH);
    // socio-economic: PV -0.5 -> 0.6, RL -1 -> 0.7, CC -1.5 -> 0.8, GE 0 -> 0.5, RQ 0.5 -> 0.4,
    // FSI 90/120 = 0.75; mean = 3.75 / 6 = 0.625 (high)
    assertThat(r.score(RiskCategory.SOCIO_ECONOMIC_POLITICAL).getAsDouble()).isCloseTo(0.625, within(1e-12));
    assertThat(r.confidence()).isEqualTo(1.0);
    assertThat(r.methodology().toString()).isEqualTo("vigie-default 1.0.0");
    assertThat(r.dataYears()).containsExactly(2022, 2023, 2024);
  }

  @Test
  void contributionsShowRawNormalisedWeightAndPart() {
    CategoryRisk env = score(fullCountry()).category(RiskCategory.ENVIRONMENTAL);
    assertThat(env.contributions()).containsExactly(
        new CategoryRisk.Contribution("epi", 40, 2022, "EPI", 0.6, 1, 0.5, 0.3),
        new CategoryRisk.Contribution("ndgain_vulnerability", 0.5, 2022, "ND-GAIN", 0.5, 1, 0.5, 0.25));
    assertThat(env.missing()).isEmpty();
  }

  @Test
  void aMissingIndicatorIsListedAndTheOthersAreReweighted() {
    Map<String, IndicatorReading> v = fullCountry();
    v.remove("fsi_p3");
    CountryRisk r = score(v);
    CategoryRisk hr = r.category(RiskCategory.HUMAN_RIGHTS);
    // (0.70 + 0.8333) / 2 = 0.7667, coverage 2/3 of the weight
    assertThat(r.score(RiskCategory.HUMAN_RIGHTS).getAsDouble()).isCloseTo(0.766667, within(1e-6));
    assertThat(hr.missing()).containsExactly("fsi_p3");
    assertThat(hr.coverage()).isCloseTo(2.0 / 3.0, within(1e-12));
    // confidence = mean coverage = (1 + 2/3 + 1) / 3 = 0.8889
    assertThat(r.confidence()).isCloseTo(0.888889, within(1e-6));
  }

  @Test
  void underTheWorstCasePolicyAMissingIndicatorCountsAsFullRisk() {
    Methodology worst = MethodologyLoaderTests.parse(MethodologyLoaderTests.VALID
        .replace("levels:", "missing_data: {policy: worst_case, min_coverage: 0.5}\nlevels:")
        .replace("    - {id: wgi_va, weight: 1,",
            "    - {id: fh_cl, weight: 1, orientation: higher_is_worse, scale: {min: 1, max: 7}}\n"
                + "      - {id: wgi_va, weight: 1,"));
    Map<String, IndicatorReading> v = fullCountry();
    v.remove("fh_cl");
    CountryRisk r = new CountryRiskScorer(worst, IndicatorSource.of(Map.of("XXX", v))).score("XXX");
    // WGI VA -1 -> 0.70, FH CL missing -> 1.0: (0.70 + 1.0) / 2 = 0.85, coverage 0.5
    assertThat(r.score(RiskCategory.HUMAN_RIGHTS).getAsDouble()).isCloseTo(0.85, within(1e-12));
    assertThat(r.category(RiskCategory.HUMAN_RIGHTS).coverage()).isEqualTo(0.5);
    assertThat(r.category(RiskCategory.HUMAN_RIGHTS).contributions().get(0).effectiveWeight()).isEqualTo(0.5);
    // the default policy reweights: 0.70
    Methodology reweight = MethodologyLoaderTests.parse(MethodologyLoaderTests.VALID
        .replace("    - {id: wgi_va, weight: 1,",
            "    - {id: fh_cl, weight: 1, orientation: higher_is_worse, scale: {min: 1, max: 7}}\n"
                + "      - {id: wgi_va, weight: 1,"));
    CountryRisk d = new CountryRiskScorer(reweight, IndicatorSource.of(Map.of("XXX", v))).score("XXX");
    assertThat(d.score(RiskCategory.HUMAN_RIGHTS).getAsDouble()).isCloseTo(0.70, within(1e-12));
  }

  @Test
  void belowTheMinimumCoverageTheCategoryIsUndeterminedNotZero() {
    Map<String, IndicatorReading> v = fullCountry();
    v.remove("fsi_p3");
    v.remove("fh_cl");
    CountryRisk r = score(v);
    // 1 of 3 equal weights = 33% < 50%
    assertThat(r.category(RiskCategory.HUMAN_RIGHTS)).isInstanceOf(CategoryRisk.Undetermined.class);
    assertThat(r.score(RiskCategory.HUMAN_RIGHTS)).isEmpty();
    assertThat(r.category(RiskCategory.HUMAN_RIGHTS).missing()).containsExactly("fh_cl", "fsi_p3");
  }

  @Test
  void aCountryWithoutAnyDataIsUndeterminedEverywhere() {
    CountryRisk r = score(Map.of());
    assertThat(r.categories().values()).allMatch(c -> c instanceof CategoryRisk.Undetermined);
    assertThat(r.confidence()).isEqualTo(0.0);
  }

  @Test
  void theExplanationShowsEveryStep() {
    String text = score(fullCountry()).explain().text();
    assertThat(text).contains("country XXX: methodology=vigie-default 1.0.0, confidence=1");
    assertThat(text).contains("  environmental: score=0.55, level=medium, coverage=1");
    assertThat(text).contains("    epi: raw=40, year=2022, source=EPI, normalised=0.6, weight=1, effective_weight=0.5, contribution=0.3");
  }

  @Test
  void customIndicatorsComeBeforeTheReferenceData() {
    IndicatorSource ref = IndicatorSource.of(Map.of("XXX", fullCountry()));
    IndicatorSource custom = IndicatorSource.of(Map.of("XXX", Map.of("epi", new IndicatorReading(90, 2025, "mine"))));
    assertThat(custom.orElse(ref).find("XXX", "epi")).contains(new IndicatorReading(90, 2025, "mine"));
    assertThat(custom.orElse(ref).find("XXX", "fh_cl").map(IndicatorReading::value)).contains(6.0);
    assertThat(List.of(custom.orElse(ref).find("YYY", "epi"))).allMatch(java.util.Optional::isEmpty);
  }
}
