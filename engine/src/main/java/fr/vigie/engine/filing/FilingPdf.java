package fr.vigie.engine.filing;

import fr.vigie.engine.io.PdfRenderer;

/** A filing as PDF: its XHTML page ({@link FilingHtml#xhtml}) through {@link PdfRenderer}. */
final class FilingPdf {
  private FilingPdf() {}

  static byte[] pdf(FilingDocument d) {
    return PdfRenderer.pdf(FilingHtml.xhtml(d));
  }
}
