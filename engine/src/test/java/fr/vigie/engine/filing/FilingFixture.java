package fr.vigie.engine.filing;

import fr.vigie.engine.Vigie;
import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.PriorityWeights;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.ledger.LedgerImport;
import fr.vigie.engine.ledger.LedgerImporter;
import fr.vigie.engine.ledger.LedgerOptions;
import fr.vigie.engine.ledger.LedgerReferences;
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
}
