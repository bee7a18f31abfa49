package fr.vigie.engine.assessment;

import java.util.Locale;

/**
 * Language-neutral number formats of ids and error messages ({@code 0.71}, {@code 45%}, {@code
 * 42,000 kg}); texts for readers format their numbers through their message patterns.
 */
public final class Fmt {
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

  /** A share as a whole percentage: {@code 45%}. */
  public static String percent(double v) {
    return String.format(Locale.ROOT, "%.0f%%", v * 100);
  }

  /** A mass with thousands separators: {@code 42,000 kg}. */
  public static String kg(double v) {
    return String.format(Locale.ROOT, v >= 10 ? "%,.0f kg" : "%,.2f kg", v);
  }

}
