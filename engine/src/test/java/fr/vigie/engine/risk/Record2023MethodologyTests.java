package fr.vigie.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.refdata.ReferenceData;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in methodology {@code record-2023}: known answers of its mining-specific indicators in
 * country and stage risk, and the study's four pattern statements over the main producers of the
 * study's 10 minerals (docs/risk-methodology.md, section 7).
 */
class Record2023MethodologyTests {
  static RiskEngine engine;
  static Set<String> main;

  @BeforeAll
  static void load() {
    engine = RiskEngine.of(ReferenceData.loadDefault(), Methodology.builtIn("record-2023").orElseThrow());
    main = new TreeSet<>();
    for (String m : StudyFindingsTests.PRIMER) {
      for (Stage s : List.of(Stage.EXTRACTION, Stage.REFINING)) {
        engine.data().production().preferred(new MineralId(m), s).ifPresent(series ->
            series.countries().stream().filter(c -> c.share() >= 0.10).forEach(c -> main.add(c.alpha3())));
      }
    }
  }

  @Test
  void isBuiltInAndSelectableByIdOrByItsNameOnTheCommandLine() {
    Methodology m = Methodology.builtIn("record-2023").orElseThrow();
    assertThat(m.ref().toString()).isEqualTo("record-2023 1.0.0");
    assertThat(m.description(java.util.Locale.FRENCH)).contains("RECORD 2023");
    assertThat(RiskEngine.load("record-2023").methodology()).isSameAs(m);
    assertThat(Methodology.builtIn("vigie-default")).hasValue(Methodology.loadDefault());
    assertThat(Methodology.builtIn("no-such")).isEmpty();
    assertThat(m.category(RiskCategory.HUMAN_RIGHTS).floor()).isEqualTo(0.4);
  }

  @Test
  void drcCobaltChildLabourRaisesDrcCobaltExtractionNotDrcZinc() {
    // DRC human rights under record-2023, by hand from the shipped values:
    //   wgi_va -1.21 -> 1 - (-1.21 + 2.5) / 5 = 0.742; fh_cl 6 -> (6 - 1) / 6 = 0.83333;
    //   fsi_p3 9.3 -> 0.93; five indicators of weight 1, floor 0.4: score = 0.4 + 0.6 x mean
    //   cobalt extraction: child labour 1, forced 0 -> mean 3.50533 / 5 = 0.701067 -> 0.820640
    //   tantalum (coltan: child and forced) -> mean 4.50533 / 5 -> 0.940640
    //   zinc (no flag) -> mean 2.50533 / 5 -> 0.700640
    //   the country alone: any mining good (gold: child and forced) -> 0.940640
    double cobalt = hr(engine.country("COD", MineralId.of("cobalt"), Stage.EXTRACTION));
    double tantalum = hr(engine.country("COD", MineralId.of("tantalum"), Stage.EXTRACTION));
    double zinc = hr(engine.country("COD", MineralId.of("zinc"), Stage.EXTRACTION));
    assertThat(cobalt).isCloseTo(0.820640, within(1e-5));
    assertThat(tantalum).isCloseTo(0.940640, within(1e-5));
    assertThat(zinc).isCloseTo(0.700640, within(1e-5));
    assertThat(hr(engine.country("COD"))).isCloseTo(0.940640, within(1e-5));
    // cobalt refining in the DRC is not the ore: no flag
    assertThat(hr(engine.country("COD", MineralId.of("cobalt"), Stage.REFINING))).isCloseTo(0.700640, within(1e-5));
    // a country without any flag scores the same whatever the mineral
    assertThat(engine.country("AUS", MineralId.of("lithium"), Stage.EXTRACTION)).isSameAs(engine.country("AUS"));
  }

  @Test
  void stageRiskUsesTheFlagOfTheMineralConcerned() {
    // cobalt extraction: the DRC's country risk node carries the cobalt flag (0.820640), not the
    // country's overall 0.940640
    var stage = engine.mineral(MineralId.of("cobalt")).stages().stream()
        .filter(s -> s.risk().stage() == Stage.EXTRACTION).findFirst().orElseThrow();
    var hrNode = stage.risk().explanation().children().stream()
        .filter(e -> e.label().equals("human_rights")).findFirst().orElseThrow();
    var countryNode = hrNode.children().stream().filter(e -> e.label().equals("country_risk")).findFirst().orElseThrow();
    var cod = countryNode.children().stream().filter(e -> e.label().equals("COD")).findFirst().orElseThrow();
    assertThat((double) cod.facts().get("score")).isCloseTo(0.820640, within(1e-5));
  }

  @Test
  void cahraAndConflictEnterSocioEconomicRisk() {
    CountryRisk mmr = engine.country("MMR");
    var c = mmr.category(RiskCategory.SOCIO_ECONOMIC_POLITICAL).contributions();
    assertThat(c).filteredOn(x -> x.indicator().equals("cahra_eu")).singleElement()
        .satisfies(x -> assertThat(x.raw()).isEqualTo(0.75));
    assertThat(c).filteredOn(x -> x.indicator().equals("ucdp_conflict")).singleElement()
        .satisfies(x -> assertThat(x.source()).isEqualTo("ucdp-prio-acd-25-1"));
  }

  @Test
  void australiaIsNotLowInAnyCategory() {
    CountryRisk aus = engine.country("AUS");
    for (RiskCategory c : RiskCategory.values()) {
      assertThat(aus.level(c).orElseThrow()).as(c.id()).isGreaterThanOrEqualTo(RiskLevel.MEDIUM);
    }
  }

  static double hr(CountryRisk r) {
    return r.score(RiskCategory.HUMAN_RIGHTS).orElseThrow();
  }

  static long count(Predicate<CountryRisk> p) {
    return main.stream().map(engine::country).filter(p).count();
  }

  static boolean atLeastHigh(CountryRisk r, RiskCategory c) {
    return r.level(c).orElseThrow().compareTo(RiskLevel.HIGH) >= 0;
  }

  @Test
  void theStudysFourStatementsOverTheMainProducers() {
    int n = main.size();
    assertThat(n).isGreaterThanOrEqualTo(10);
    // 1. no country very high on environment
    assertThat(count(r -> r.level(RiskCategory.ENVIRONMENTAL).orElseThrow() == RiskLevel.VERY_HIGH)).isZero();
    // 2. half high or very high on human rights: here 7 of 11 (docs: more than the study's half)
    long hr = count(r -> atLeastHigh(r, RiskCategory.HUMAN_RIGHTS));
    assertThat(hr).isBetween(n / 2L, n * 2L / 3);
    // 3. more than half high or very high on socio-economic and political risk
    assertThat(count(r -> atLeastHigh(r, RiskCategory.SOCIO_ECONOMIC_POLITICAL)) * 2).isGreaterThan(n);
    // 4. no country low in any category
    assertThat(count(r -> List.of(RiskCategory.values()).stream()
        .anyMatch(c -> r.level(c).orElseThrow().compareTo(RiskLevel.LOW) <= 0))).isZero();
  }
}
