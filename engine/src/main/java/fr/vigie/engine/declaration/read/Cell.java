package fr.vigie.engine.declaration.read;

import java.util.Objects;

/**
 * A cell value as stored in the file: the cached result for formula cells.
 *
 * @param kind what the stored value is
 * @param text text form (for numbers, the shortest decimal form, {@code 1} not {@code 1.0})
 * @param number numeric value for {@link Kind#NUMBER} and {@link Kind#DATE}, else 0
 * @param formula whether the cell holds a formula (its cached value is what we read)
 */
public record Cell(Kind kind, String text, double number, boolean formula) {
  public enum Kind {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN,
    ERROR
  }

  public Cell {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(text);
  }

  static Cell text(String s, boolean formula) {
    return new Cell(Kind.TEXT, s, 0, formula);
  }

  static Cell number(double d, boolean date, boolean formula) {
    return new Cell(date ? Kind.DATE : Kind.NUMBER, numberText(d), d, formula);
  }

  static String numberText(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  public boolean isBlank() {
    return text.isBlank() && kind != Kind.NUMBER && kind != Kind.DATE;
  }
}
