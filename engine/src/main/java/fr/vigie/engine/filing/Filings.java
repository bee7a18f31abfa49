package fr.vigie.engine.filing;

import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.TermNames;
import java.util.Locale;
import java.util.Objects;

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

  /**
   * Filings naming minerals, countries, texts and obligations from {@code names} (the facade's
   * {@code Vigie.termNames()}).
   */
  public Filings(TermNames names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  /** Draws up a filing in a language (French or English; others fall back to English texts). */
  public FilingDocument build(FilingKind kind, FilingInput input, Locale locale) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(input, "input");
    return new FilingBuilder(kind, input, Messages.of(locale, names)).build();
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
