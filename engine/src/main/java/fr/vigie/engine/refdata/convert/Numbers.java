package fr.vigie.engine.refdata.convert;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Deterministic number formatting for the curated files: plain notation, no trailing zeros. */
final class Numbers {
  private Numbers() {}

  /** Rounds to the given decimals and prints without exponent or trailing zeros ("0.7672", "5300"). */
  static String format(double value, int decimals) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.toPlainString();
  }

  /** A share (0-1), 6 decimals. */
  static String share(double value) {
    return format(value, 6);
  }
}
