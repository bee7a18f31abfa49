package fr.vigie.engine.assessment;

import java.util.Locale;

/**
 * Number formats of the readable texts (reasons, explanations, reports), in English ({@code 0.71},
 * {@code 45%}, {@code 42,000 kg}) and in French ({@code 0,71}, {@code 45 %}, {@code 42 000 kg}, with
 * non-breaking spaces U+00A0 as thousands separator and before the unit).
 */
public final class Fmt {
  /** The non-breaking space of the French formats. */
  public static final char NBSP = '\u00a0';

  private Fmt() {}

  /** A number with at most three decimals, no trailing zeros: {@code 0.5}, {@code 42000}. */
  public static String number(double v) {
    String s = String.format(Locale.ROOT, "%.3f", v);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  /** A score with two decimals: {@code 0.71}. */
  public static String score(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** A score with two decimals, in French: {@code 0,71}. */
  public static String scoreFr(double v) {
    return french(score(v));
  }

  /** A share as a whole percentage: {@code 45%}. */
  public static String percent(double v) {
    return String.format(Locale.ROOT, "%.0f%%", v * 100);
  }

  /** A share as a whole percentage, in French: {@code 45 %} (non-breaking space). */
  public static String percentFr(double v) {
    return String.format(Locale.ROOT, "%.0f", v * 100) + NBSP + "%";
  }

  /** A mass with thousands separators: {@code 42,000 kg}. */
  public static String kg(double v) {
    return String.format(Locale.ROOT, v >= 10 ? "%,.0f kg" : "%,.2f kg", v);
  }

  /** A mass in French: {@code 42 000 kg}, {@code 2,50 kg} (non-breaking spaces). */
  public static String kgFr(double v) {
    return french(kg(v));
  }

  /** An English-formatted figure in French: thousands ',' become NBSP, the decimal '.' a ',', spaces NBSP. */
  private static String french(String english) {
    StringBuilder sb = new StringBuilder(english.length());
    for (char c : english.toCharArray()) {
      sb.append(switch (c) {
        case ',', ' ' -> NBSP;
        case '.' -> ',';
        default -> c;
      });
    }
    return sb.toString();
  }
}
