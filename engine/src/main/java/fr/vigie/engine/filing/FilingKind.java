package fr.vigie.engine.filing;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A report a company files or publishes about its mineral supply chains (docs/reports.md). Its id is
 * the one the command line ({@code vigie report <kind>}) and the application's URLs use.
 */
public enum FilingKind {
  /** The mineral supply chain part of a French plan de vigilance (Code de commerce L. 225-102-4). */
  VIGILANCE_PLAN("vigilance-plan"),
  /** The EU conflict minerals importer's annual public report (Regulation (EU) 2017/821, Art. 7(3)). */
  EU_CMR_ANNUAL("eu-cmr-annual"),
  /** The battery due diligence policy and report (Regulation (EU) 2023/1542, Art. 48-52, Annex X). */
  BATTERIES_DD("batteries-dd"),
  /** A draft US Form SD with its Conflict Minerals Report (Exchange Act Rule 13p-1). */
  FORM_SD("form-sd");

  private final String id;

  FilingKind(String id) {
    this.id = id;
  }

  /** The stable id, e.g. {@code vigilance-plan}. */
  public String id() {
    return id;
  }

  /** The ids of every kind, comma-separated, in declaration order. */
  public static String ids() {
    return String.join(", ", Arrays.stream(values()).map(FilingKind::id).toList());
  }

  /**
   * The kind of an id (case-insensitive, {@code _} read as {@code -}); any other id is refused with
   * the problem {@code filing.unknown_kind} listing the kinds.
   */
  public static FilingKind fromId(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values())
        .filter(k -> k.id.equals(t))
        .findFirst()
        .orElseThrow(() -> new ProblemException(Problem.error("filing.unknown_kind", String.valueOf(text), ids())));
  }
}
