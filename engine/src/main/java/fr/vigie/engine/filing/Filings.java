package fr.vigie.engine.filing;

import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.TermNames;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.regulation.EuConflictMineralsCoverage;
import fr.vigie.engine.regulation.RegulationCatalog;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The reports companies file about their mineral supply chains (docs/reports.md): {@link #build}
 * draws one up from a {@link FilingInput} in a language, as a {@link FilingDocument}; {@link #render}
 * writes it as HTML, DOCX or PDF. The command line ({@code vigie report}) and the application both
 * call these. Thread-safe.
 *
 * <pre>{@code
 * Filings filings = vigie.filings();
 * FilingDocument d = filings.build(FilingKind.VIGILANCE_PLAN, FilingInput.of(assessment, profile, today), Locale.FRENCH);
 * byte[] docx = filings.render(d, FilingFormat.DOCX);
 * }</pre>
 */
public final class Filings {
  private final TermNames names;
  private final RegulationCatalog catalog;

  /**
   * Filings naming minerals, countries, texts and obligations from {@code names} (the facade's
   * {@code Vigie.termNames()}), reading the texts' data (the EU conflict minerals Annex I) from
   * {@code catalog}.
   */
  public Filings(TermNames names, RegulationCatalog catalog) {
    this.names = Objects.requireNonNull(names, "names");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** Draws up a filing in a language (French or English; others fall back to English texts). */
  public FilingDocument build(FilingKind kind, FilingInput input, Locale locale) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(input, "input");
    List<Problem> imports = kind == FilingKind.EU_CMR_ANNUAL
        ? uncoveredImports(input.assessment(), input.profile()) : List.of();
    return new FilingBuilder(kind, input, Messages.of(locale, names), imports).build();
  }

  /**
   * The EU conflict minerals findings of a company: the imports of tin, tantalum, tungsten or gold
   * its profile declares ({@code eu_imports}) that reach (or may reach) the Annex I threshold while
   * the assessment's ledger has no supply chain of the mineral ({@link EuConflictMineralsCoverage});
   * none when the catalogue has no such text.
   */
  public List<Problem> uncoveredImports(Assessment assessment, CompanyProfile profile) {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(profile, "profile");
    Set<MineralId> ledger = new LinkedHashSet<>();
    assessment.filieres().stream().filter(f -> f.massKg() > 0).forEach(f -> ledger.add(MineralId.of(f.material())));
    return catalog.find(EuConflictMineralsCoverage.TEXT)
        .map(text -> EuConflictMineralsCoverage.findings(text, profile, ledger))
        .orElse(List.of());
  }

  /** Writes a filing in a format. */
  public byte[] render(FilingDocument document, FilingFormat format) {
    return switch (format) {
      case HTML -> FilingHtml.html(document).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      case DOCX -> FilingDocx.docx(document);
      case PDF -> FilingPdf.pdf(document);
    };
  }
}
