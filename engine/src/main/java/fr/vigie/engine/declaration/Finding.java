package fr.vigie.engine.declaration;

import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Text;
import java.util.Objects;

/**
 * One observation about a declaration file: a failed completeness rule, a red flag, or a reason the
 * file could not be read. Its message is a key of the {@code declaration} bundle with its
 * arguments, rendered in the reader's language ({@link #message(Messages)}).
 *
 * @param severity how serious it is
 * @param ruleId stable rule id (see docs/declarations.md), e.g. {@code required-field}
 * @param sheet sheet name as in the template ({@code Declaration}, {@code Smelter List}...), empty
 *     for file-level findings
 * @param cell A1 cell reference, empty when the finding is not tied to one cell
 * @param text the message, e.g. {@code declaration.finding.required-field} with the field's name
 */
public record Finding(Severity severity, String ruleId, String sheet, String cell, Text text) {

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(ruleId, "ruleId");
    sheet = sheet == null ? "" : sheet;
    cell = cell == null ? "" : cell;
    Objects.requireNonNull(text, "text");
  }

  /** A finding about the whole file (no sheet, no cell). */
  public static Finding ofFile(Severity severity, String ruleId, Text text) {
    return new Finding(severity, ruleId, "", "", text);
  }

  /** The message rendered in the language of {@code messages}. */
  public String message(Messages messages) {
    return messages.render(text);
  }

  /** {@code Sheet!Cell}, {@code Sheet} or empty. */
  public String location() {
    if (sheet.isEmpty()) {
      return "";
    }
    return cell.isEmpty() ? sheet : "'" + sheet + "'!" + cell;
  }
}
