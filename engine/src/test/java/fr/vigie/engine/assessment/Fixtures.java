package fr.vigie.engine.assessment;

import fr.vigie.engine.Vigie;
import fr.vigie.engine.kernel.Localized;
import fr.vigie.engine.kernel.Messages;
import java.util.List;
import java.util.Locale;

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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Shared inputs of the assessment tests. */
final class Fixtures {
  private Fixtures() {}

  static final ReferenceData DATA = ReferenceData.loadDefault();
  static final LocalDate DATE = LocalDate.of(2026, 11, 30);

  /**
   * A large French manufacturer of strategic technologies: the CRMA applies (it names cobalt and
   * copper, not tin), the OECD guidance applies (it names tin, not cobalt or copper), the French
   * law and others name no mineral.
   */
  static final String PROFILE = """
      name: Test Industrie SA
      headquarters: FR
      employees: {FR: 6200, worldwide: 14500}
      employees_previous_year: {FR: 6050, worldwide: 14000}
      turnover_eur: 3_200_000_000
      balance_sheet_eur: 4_100_000_000
      uk_business: false
      imports_into_us: false
      sec_issuer: false
      places_batteries_on_eu_market: false
      places_products_on_eu_market: true
      manufactures_strategic_technologies: true
      eu_imports: []
      materials_used: [cobalt, copper, tin]
      practices_in_place: [cmrt-survey, rmi_rmap, vigilance-plan]
      """;

  static final Messages EN = Messages.english();
  static final Messages FR = Messages.of(Locale.FRENCH);

  /** A text in English (minerals by id: no term names). */
  static String en(Localized text) {
    return EN.render(text);
  }

  static List<String> en(List<? extends Localized> texts) {
    return texts.stream().map(EN::render).toList();
  }

  /** A text in French (minerals by id: no term names). */
  static String fr(Localized text) {
    return FR.render(text);
  }

  static List<String> fr(List<? extends Localized> texts) {
    return texts.stream().map(FR::render).toList();
  }

  static Vigie service() {
    return Vigie.of(DATA, RegulationCatalog.builtIn(), Solutions.loadDefault());
  }

  static Assessor assessor() {
    return Assessor.with(DATA, Methodology.loadDefault(), RegulationCatalog.builtIn(), Solutions.loadDefault());
  }

  static CompanyProfile profile(String yaml) {
    return new CompanyProfileReader(CountryDirectory.of(DATA.countries()), DATA.minerals())
        .read("profile.yaml", yaml).profile();
  }

  static Ledger ledger(String csv) {
    try {
      LedgerImport r = new LedgerImporter(LedgerReferences.of(DATA.minerals(), DATA.countries()))
          .importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "ledger.csv",
              LedgerOptions.defaults());
      if (r instanceof LedgerImport.Accepted a) {
        return a.ledger();
      }
      throw new AssertionError("ledger refused: " + r.report().errors());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
