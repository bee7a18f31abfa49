package fr.vigie.engine.assessment;

import fr.vigie.engine.kernel.ProblemException;
import static fr.vigie.engine.assessment.Fixtures.DATA;
import static fr.vigie.engine.assessment.Fixtures.DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.assessment.Assessment.FiliereChange;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.mineral.MineralId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Scenario files: reading, applying to the ledger, baseline and scenario side by side. */
class ScenarioTests {
  static final Ledger LEDGER = Fixtures.ledger("""
      item,material,mass_kg,origin_country,refiner_country,recycled_share
      BAT-1,cobalt,1000,,CN,
      BAT-2,cobalt,1000,,,
      ALY-1,nickel,3000,,,
      PCB-1,tin,100,ID,ID,0.5
      """);

  private static Scenario scenario(String yaml) {
    return Scenario.read("s.yaml", yaml, DATA.minerals(), DATA.countries());
  }

  private static Assessment assess(Scenario s) {
    return Fixtures.assessor().assess(Fixtures.profile(Fixtures.PROFILE), LEDGER, Optional.of(s), Optional.empty(), DATE);
  }

  @Test
  void halfTheCobaltRefinedInFinland() {
    Scenario s = scenario("""
        name: Half our cobalt refined in Finland
        filieres:
          cobalt:
            refining_countries: {FI: 0.5}
        """);
    FiliereAggregate before = LEDGER.filiere(new MineralId("cobalt")).orElseThrow();
    FiliereAggregate after = s.overrides().get(0).apply(before);
    // baseline: 1000 of 2000 kg refined in China. Scenario: every baseline mass x (1 - 0.5), plus
    // 0.5 x 2000 = 1000 kg in Finland: China 500 kg, Finland 1000 kg, known 1000 x 0.5 + 1000 = 1500 kg
    assertThat(after.massKg()).isEqualTo(2000.0);
    assertThat(after.massKnownRefinerKg()).isEqualTo(1500.0);
    assertThat(after.massByRefinerCountry().values()).containsExactlyInAnyOrder(500.0, 1000.0);
    Assessment a = assess(s);
    var sc = a.scenario().orElseThrow();
    assertThat(sc.name()).isEqualTo("Half our cobalt refined in Finland");
    assertThat(Fixtures.en(sc.overrides())).containsExactly("cobalt: refined in FIN 50% of the mass");
    Assessment.Filiere cobalt = sc.filieres().stream().filter(f -> f.material().equals("cobalt")).findFirst().orElseThrow();
    // effective refining mix: FIN 0.5 + CHN 0.25 from the ledger, the unknown 25% spread over the world mix
    var mix = cobalt.stage(Stage.REFINING).orElseThrow().countries();
    assertThat(mix.stream().filter(c -> c.country().equals("FIN")).mapToDouble(Assessment.CountryWeight::share).sum())
        .isGreaterThanOrEqualTo(0.5);
    FiliereChange change = sc.changes().stream().filter(c -> c.material().equals("cobalt")).findFirst().orElseThrow();
    Assessment.Filiere base = a.filiere("cobalt").orElseThrow();
    assertThat(change.baselineRisk()).isEqualTo(base.risk());
    assertThat(change.scenarioRisk()).isEqualTo(cobalt.risk());
    // Finland scores lower than China: the refining risk falls
    assertThat(cobalt.stage(Stage.REFINING).orElseThrow().score())
        .isLessThan(base.stage(Stage.REFINING).orElseThrow().score());
    assertThat(Fixtures.en(change.explanation())).anyMatch(e -> e.startsWith("  refining risk "))
        .anyMatch(e -> e.startsWith("priority "))
        .anyMatch(e -> e.contains("unchanged: which texts apply depends on the company"));
  }

  @Test
  void recycledNickelAndHalvedTin() {
    Scenario s = scenario("""
        name: 30% recycled nickel, halve the tin
        filieres:
          Nickel: {recycled_share: 0.3}
          étain: {volume_factor: 0.5}
        """);
    Assessment a = assess(s);
    var sc = a.scenario().orElseThrow();
    Assessment.Filiere nickel = sc.filieres().stream().filter(f -> f.material().equals("nickel")).findFirst().orElseThrow();
    assertThat(nickel.recycledShare()).isCloseTo(0.3, within(1e-12));
    // extraction now carries 70% of 3000 kg
    assertThat(nickel.stage(Stage.EXTRACTION).orElseThrow().massKg()).isCloseTo(2100.0, within(1e-9));
    assertThat(nickel.stage(Stage.RECYCLING)).isPresent();
    Assessment.Filiere tin = sc.filieres().stream().filter(f -> f.material().equals("tin")).findFirst().orElseThrow();
    assertThat(tin.massKg()).isEqualTo(50.0);
    FiliereChange tinChange = sc.changes().stream().filter(c -> c.material().equals("tin")).findFirst().orElseThrow();
    // no binding text names tin in this profile (the OECD guidance, recommended for all minerals,
    // names none): no regulated mass before or after
    assertThat(tinChange.baselineRegulatedMassKg()).isEqualTo(0.0);
    assertThat(tinChange.scenarioRegulatedMassKg()).isEqualTo(0.0);
    // cobalt is not changed: its explanation says so
    FiliereChange cobalt = sc.changes().stream().filter(c -> c.material().equals("cobalt")).findFirst().orElseThrow();
    assertThat(Fixtures.en(cobalt.explanation().get(0))).isEqualTo("not changed by the scenario");
    assertThat(cobalt.scenarioRisk()).isEqualTo(cobalt.baselineRisk());
  }

  @Test
  void aFiliereNotInTheLedgerIsReportedAndIgnored() {
    Assessment a = assess(scenario("name: x\nfilieres:\n  gold: {volume_factor: 2}\n"));
    assertThat(Fixtures.en(a.scenario().orElseThrow().overrides())).contains("gold: not bought in the ledger, change ignored");
  }

  @Test
  void malformedScenariosNameTheFileAndLine() {
    assertError("name: x\nfilieres:\n  unobtainium: {volume_factor: 2}\n",
        "s.yaml:3 (filieres.unobtainium): unknown mineral 'unobtainium'");
    assertError("name: x\nfilieres:\n  cobalt:\n    refining_countries: {XX: 0.5}\n",
        "s.yaml:4 (refining_countries.XX): unknown country 'XX' in 'refining_countries'");
    assertError("name: x\nfilieres:\n  cobalt:\n    refining_countries: {FI: 0.7, SE: 0.6}\n",
        "s.yaml:4 (refining_countries): the shares of 'refining_countries' add up to 1.3, more than 1");
    assertError("name: x\nfilieres:\n  cobalt:\n    recycled_share: 1.5\n",
        "s.yaml:4 (recycled_share): recycled_share must be between 0 and 1, not 1.5");
    assertError("name: x\nfilieres:\n  cobalt:\n    volume_factor: -1\n",
        "s.yaml:4 (volume_factor): volume_factor must be zero or more, not -1");
    assertError("name: x\nfilieres:\n  cobalt:\n    volume_factor: half\n",
        "s.yaml:4 (volume_factor): key 'volume_factor' must be a number, not 'half'");
    assertError("name: x\nfilieres:\n  cobalt:\n    volume: 2\n", "s.yaml:4 (volume): unknown key 'volume'");
    assertError("name: x\nfilieres:\n  cobalt: {}\n", "s.yaml:3 (filieres.cobalt):");
    assertError("filieres:\n  cobalt: {volume_factor: 2}\n", "missing key 'name'");
    assertError("name: x\nfilieres: [cobalt]\n", "s.yaml:2 (filieres): 'filieres' must map mineral ids to their changes");
    assertError("name: x\nfilieres:\n  cobalt: {volume_factor: 2}\n  Cobalt: {volume_factor: 3}\n",
        "s.yaml:4 (filieres.Cobalt): supply chain 'cobalt' is changed twice");
    assertError("name: [x\n", "s.yaml");
  }

  private static void assertError(String yaml, String message) {
    assertThatThrownBy(() -> scenario(yaml)).isInstanceOf(ProblemException.class).hasMessageContaining(message);
  }
}
