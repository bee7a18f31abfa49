package fr.vigie.engine.declaration;

import java.util.Objects;

/**
 * One observation about a declaration file: a failed completeness rule, a red flag, or a reason the
 * file could not be read.
 *
 * @param severity how serious it is
 * @param ruleId stable rule id (see docs/declarations.md), e.g. {@code required-field}
 * @param sheet sheet name as in the template ({@code Declaration}, {@code Smelter List}...), empty
 *     for file-level findings
 * @param cell A1 cell reference, empty when the finding is not tied to one cell
 * @param messageEn message in English
 * @param messageFr message in French
 */
public record Finding(
    Severity severity, String ruleId, String sheet, String cell, String messageEn, String messageFr) {

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(ruleId, "ruleId");
    sheet = sheet == null ? "" : sheet;
    cell = cell == null ? "" : cell;
    Objects.requireNonNull(messageEn, "messageEn");
    Objects.requireNonNull(messageFr, "messageFr");
  }

  /** A finding about the whole file (no sheet, no cell). */
  public static Finding ofFile(Severity severity, String ruleId, String messageEn, String messageFr) {
    return new Finding(severity, ruleId, "", "", messageEn, messageFr);
  }

  /** {@code Sheet!Cell}, {@code Sheet} or empty. */
  public String location() {
    if (sheet.isEmpty()) {
      return "";
    }
    return cell.isEmpty() ? sheet : "'" + sheet + "'!" + cell;
  }
}
