package fr.vigie.engine.ledger;

import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.Text;
import java.util.Objects;

/**
 * One problem found on one line of a ledger.
 *
 * @param line the line number in the file (1 is the header of a CSV; the row number of an XLSX
 *     sheet)
 * @param field the column concerned, empty when the problem is the line as a whole
 * @param problem what is wrong, as a coded problem (e.g. {@code ledger.unknown_mineral} with the
 *     value), rendered in the reader's language
 */
public record LineError(long line, String field, Problem problem) {
  public LineError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(problem, "problem");
  }

  /** The reason without its place, as a text to render. */
  public Text reason() {
    return problem.text();
  }

  /** The reason in English, e.g. {@code unknown mineral 'unobtainium'} (logs, stored reports). */
  public String message() {
    return Messages.english().render(problem.text());
  }

  @Override
  public String toString() {
    return "line " + line + (field.isEmpty() ? "" : ", " + field) + ": " + message();
  }
}
