package fr.vigie.engine.filing;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.util.Locale;

/** The file formats a filing is rendered in ({@link Filings#render}). */
public enum FilingFormat {
  /** One self-contained HTML page. */
  HTML("html", "text/html; charset=UTF-8"),
  /** An editable Word document (Office Open XML). */
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  /** A PDF with an embedded Unicode font. */
  PDF("pdf", "application/pdf");

  private final String extension;
  private final String mediaType;

  FilingFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The media type to serve the file with. */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The format of a file name from its extension ({@code .html}/{@code .htm}, {@code .docx},
   * {@code .pdf}, any case); any other is refused with the problem {@code filing.unknown_format}.
   */
  public static FilingFormat fromFileName(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return HTML;
    }
    if (n.endsWith(".docx")) {
      return DOCX;
    }
    if (n.endsWith(".pdf")) {
      return PDF;
    }
    throw new ProblemException(Problem.error("filing.unknown_format", String.valueOf(name), ".html, .docx, .pdf"));
  }
}
