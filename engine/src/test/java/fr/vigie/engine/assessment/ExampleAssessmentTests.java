package fr.vigie.engine.assessment;

import static fr.vigie.engine.assessment.Fixtures.DATA;
import static fr.vigie.engine.assessment.Fixtures.DATE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.ledger.LedgerImport;
import fr.vigie.engine.ledger.LedgerImporter;
import fr.vigie.engine.ledger.LedgerOptions;
import fr.vigie.engine.ledger.LedgerReferences;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.CompanyProfileReader;
import fr.vigie.engine.regulation.profile.CountryDirectory;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The example files (examples/profiles/french-industrial-group.yaml and
 * examples/ledgers/groupe-industriel.csv) give a report a domain reader can follow.
 */
class ExampleAssessmentTests {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static Assessment example(Optional<Scenario> scenario) {
    CompanyProfile profile = new CompanyProfileReader(CountryDirectory.of(DATA.countries()), DATA.minerals())
        .read(ROOT.resolve("examples/profiles/french-industrial-group.yaml")).profile();
    LedgerImport r = new LedgerImporter(LedgerReferences.of(DATA.minerals(), DATA.countries()))
        .importFile(ROOT.resolve("examples/ledgers/groupe-industriel.csv"), LedgerOptions.defaults());
    Ledger ledger = ((LedgerImport.Accepted) r).ledger();
    return Fixtures.assessor().assess(profile, ledger, scenario, Optional.empty(), DATE);
  }

  @Test
  void largeCobaltOfUnknownOriginRanksAboveSmallTracedRecycledTin() {
    Assessment a = example(Optional.empty());
    Filiere cobalt = a.filiere("cobalt").orElseThrow();
    Filiere tin = a.filiere("tin").orElseThrow();
    assertThat(cobalt.originCoverage()).isZero();
    assertThat(tin.originCoverage()).isEqualTo(1.0);
    assertThat(tin.recycledShare()).isEqualTo(0.7);
    assertThat(cobalt.rank()).isLessThan(tin.rank());
    assertThat(cobalt.priorityScore()).isGreaterThan(tin.priorityScore());
    assertThat(cobalt.reasons()).anyMatch(r -> r.startsWith("traceability: mine country known for 0% of the mass"));
    // cobalt's world mix is dominated by the DRC at extraction
    assertThat(cobalt.stage(fr.vigie.engine.kernel.Stage.EXTRACTION).orElseThrow().countries().get(0).country())
        .isEqualTo("COD");
  }

  @Test
  void practicesInPlaceShowInTheRecommendations() {
    Assessment a = example(Optional.empty());
    // copper_mark is listed in practices_in_place and recommended for copper
    assertThat(a.filiere("copper").orElseThrow().recommendations())
        .anyMatch(r -> r.id().equals("copper_mark") && r.inPlace());
    // every roadmap action is a gap, never something in place
    assertThat(a.roadmap()).noneMatch(r -> r.id().equals("copper_mark") || r.id().equals("vigilance-plan"));
    assertThat(a.companyObligations()).anyMatch(Assessment.Recommendation::inPlace)
        .anyMatch(r -> !r.inPlace());
  }

  @Test
  void exampleScenarioFile() {
    Scenario s = Scenario.read(ROOT.resolve("examples/scenarios/cobalt-finland.yaml"), DATA.minerals(), DATA.countries());
    Assessment a = example(Optional.of(s));
    var cobalt = a.scenario().orElseThrow().changes().stream().filter(c -> c.material().equals("cobalt"))
        .findFirst().orElseThrow();
    // refining in Finland lowers the refining risk; the headline stays at the worst stage (the mine)
    assertThat(cobalt.scenarioRisk()).isLessThanOrEqualTo(cobalt.baselineRisk());
    assertThat(cobalt.explanation()).anyMatch(e -> e.startsWith("  refining risk "));
    var stage = fr.vigie.engine.kernel.Stage.REFINING;
    double before = a.filiere("cobalt").orElseThrow().stage(stage).orElseThrow().score();
    double after = a.scenario().orElseThrow().filieres().stream().filter(f -> f.material().equals("cobalt"))
        .findFirst().orElseThrow().stage(stage).orElseThrow().score();
    assertThat(after).isLessThan(before);
  }
}
