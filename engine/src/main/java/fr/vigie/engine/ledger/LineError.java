package fr.vigie.engine.ledger;

import java.util.Objects;

/**
 * One problem found on one line of a ledger.
 *
 * @param line the line number in the file (1 is the header of a CSV; the row number of an XLSX
 *     sheet)
 * @param field the column concerned, empty when the problem is the line as a whole
 * @param message what is wrong, e.g. {@code unknown mineral 'unobtainium'}
 */
public record LineError(long line, String field, String message) {
  public LineError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return "line " + line + (field.isEmpty() ? "" : ", " + field) + ": " + message;
  }
}
