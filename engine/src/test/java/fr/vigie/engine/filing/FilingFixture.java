package fr.vigie.engine.filing;

import fr.vigie.engine.Vigie;
import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.PriorityWeights;
import fr.vigie.engine.assessment.ReportedSmelter;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.ledger.LedgerImport;
import fr.vigie.engine.ledger.LedgerImporter;
import fr.vigie.engine.ledger.LedgerOptions;
import fr.vigie.engine.ledger.LedgerReferences;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.regulation.RegulationCatalog;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.CompanyProfileReader;
import fr.vigie.engine.regulation.profile.CountryDirectory;
import fr.vigie.engine.risk.Methodology;
import fr.vigie.engine.solution.Solutions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The example company of the repository (examples/profiles/french-industrial-group.yaml and
 * examples/ledgers/groupe-industriel.csv) assessed on 30 November 2026 with the default data,
 * methodology and catalogues: the filings' tests read their figures from it.
 */
final class FilingFixture {
  private FilingFixture() {}

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path PROFILE = ROOT.resolve("examples/profiles/french-industrial-group.yaml");
  static final Path LEDGER = ROOT.resolve("examples/ledgers/groupe-industriel.csv");
  static final LocalDate DATE = LocalDate.of(2026, 11, 30);

  static final ReferenceData DATA = ReferenceData.loadDefault();
  static final Vigie VIGIE = Vigie.of(DATA, RegulationCatalog.builtIn(), Solutions.loadDefault());
  static final CompanyProfile COMPANY = new CompanyProfileReader(CountryDirectory.of(DATA.countries()), DATA.minerals())
      .read(PROFILE).profile();
  static final Assessment ASSESSMENT = VIGIE.assess(new Vigie.Request(COMPANY, ledger(), Methodology.loadDefault(),
      PriorityWeights.loadDefault(), Optional.empty(), Optional.empty(), DATE, List.of()));

  /** The assessment of another example profile with the example ledger, on the same date. */
  static Assessment assess(Path profile) {
    CompanyProfile company = new CompanyProfileReader(CountryDirectory.of(DATA.countries()), DATA.minerals())
        .read(profile).profile();
    return VIGIE.assess(new Vigie.Request(company, ledger(), Methodology.loadDefault(),
        PriorityWeights.loadDefault(), Optional.empty(), Optional.empty(), DATE, List.of()));
  }

  /** The profile of an example file. */
  static CompanyProfile profile(Path profile) {
    return new CompanyProfileReader(CountryDirectory.of(DATA.countries()), DATA.minerals()).read(profile).profile();
  }

  /** The input with the assessment only: no steps, campaigns, grievances or declarations. */
  static FilingInput bare() {
    return FilingInput.of(ASSESSMENT, COMPANY, DATE);
  }

  static Ledger ledger() {
    LedgerImport result = new LedgerImporter(LedgerReferences.of(DATA.minerals(), DATA.countries()))
        .importFile(LEDGER, LedgerOptions.defaults());
    return ((LedgerImport.Accepted) result).ledger();
  }

  /** An OECD steps register: company steps 1 and 2, and step 3 of the cobalt supply chain. */
  static final StepsSummary STEPS = new StepsSummary(List.of(new StepsSummary.Step(1, 4, 3, 1, 0, 0.8, 5),
      new StepsSummary.Step(2, 3, 1, 1, 1, 0.45, 2)),
      List.of(new StepsSummary.FiliereSteps("cobalt", List.of(new StepsSummary.Step(3, 2, 0, 1, 1, 0.25, 1)))));

  /** Two supplier campaigns: 12 suppliers asked, 9 answered, 11 declarations, 40 smelters, 31 days. */
  static final CampaignSummary CAMPAIGNS = new CampaignSummary(2, 12, 9, 11, 40, Optional.of(31));

  /** Three grievances received in 2026 up to 30 November, 2.5 days to acknowledge. */
  static final GrievanceSummary GRIEVANCES = new GrievanceSummary(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30),
      3, Map.of("closed", 2, "acknowledged", 1), Map.of("environment", 2, "human_rights", 1), Map.of("cobalt", 1),
      Map.of("COD", 1), Optional.of(2.5));

  /** A conformant tin smelter with its id and country, and a tungsten smelter known by name only. */
  static final List<ReportedSmelter> SMELTERS = List.of(
      new ReportedSmelter(MineralId.of("tin"), Optional.of("CID001070"), "Smelter A", Optional.of("IDN"),
          ReportedSmelter.AuditStatus.CONFORMANT),
      new ReportedSmelter(MineralId.of("tungsten"), Optional.empty(), "Smelter B", Optional.empty(),
          ReportedSmelter.AuditStatus.UNKNOWN));
}
