package fr.vigie.engine.ledger;

import java.nio.charset.StandardCharsets;

/**
 * Parses decimal numbers straight from bytes: optional sign, digits, one decimal separator ('.'
 * and, when allowed, ','), optional exponent. Plain numbers of up to 15 significant digits take a
 * fast path that gives the same double as {@link Double#parseDouble} (an exact long divided by an
 * exact power of ten, one correctly rounded division); the others go through {@code parseDouble}.
 */
final class Decimals {
  private static final double[] POW10 = new double[23];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private Decimals() {}

  /** The number, or NaN when the bytes are not one (NaN and infinities are refused too). */
  static double parse(byte[] b, int off, int end, boolean decimalComma) {
    int i = off;
    if (i == end) {
      return Double.NaN;
    }
    boolean negative = false;
    if (b[i] == '-' || b[i] == '+') {
      negative = b[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = 0;
    boolean separator = false;
    boolean any = false;
    for (; i < end; i++) {
      int c = b[i];
      if (c >= '0' && c <= '9') {
        any = true;
        if (mantissa == 0 && c == '0') {
          if (separator) {
            fraction++;
          }
          continue;
        }
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (separator) {
          fraction++;
        }
        if (digits > 15) {
          return slow(b, off, end, decimalComma);
        }
      } else if ((c == '.' || (c == ',' && decimalComma)) && !separator) {
        separator = true;
      } else if (c == 'e' || c == 'E') {
        return any ? slow(b, off, end, decimalComma) : Double.NaN;
      } else {
        return Double.NaN;
      }
    }
    if (!any || fraction >= POW10.length) {
      return any ? slow(b, off, end, decimalComma) : Double.NaN;
    }
    double v = fraction == 0 ? mantissa : mantissa / POW10[fraction];
    return negative ? -v : v;
  }

  private static double slow(byte[] b, int off, int end, boolean decimalComma) {
    String s = new String(b, off, end - off, StandardCharsets.ISO_8859_1);
    if (decimalComma) {
      s = s.replace(',', '.');
    }
    if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      return Double.NaN;
    }
    double v = Double.parseDouble(s);
    return Double.isFinite(v) ? v : Double.NaN;
  }
}
