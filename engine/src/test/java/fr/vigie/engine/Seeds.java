package fr.vigie.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * Seeded random inputs for property tests written as JUnit parameterized tests.
 *
 * <p>A property is a {@link SeededProperty} fed by {@code @MethodSource} with {@link
 * #seeds(String, int)}; each case receives one seed, prints it in its name, and draws
 * its inputs from {@code new Random(seed)}. The seeds of a property are fixed (derived from the
 * property's name), so a run is repeatable; a failing case is replayed alone with
 * {@code -Dvigie.seed=<seed>}, which makes every property run that one seed only.
 *
 * <p>The draw methods mix in the edge values of a range (its bounds, zero) now and then, as
 * generated inputs should try the boundaries often, not once in a billion.
 */
public final class Seeds {

  /** The case name of a seeded property: the seed, to replay a failure. */
  public static final String NAME = "seed {0}";

  private Seeds() {}

  /**
   * {@code count} seeds for the property {@code property}, or only the seed given by the system
   * property {@code vigie.seed}.
   */
  public static LongStream seeds(String property, int count) {
    String forced = System.getProperty("vigie.seed");
    if (forced != null && !forced.isBlank()) {
      return LongStream.of(Long.parseLong(forced.trim()));
    }
    return new Random(property.hashCode()).longs(count);
  }

  /** An int in [min, max], the bounds drawn one time in ten. */
  public static int intBetween(Random r, int min, int max) {
    return (int) longBetween(r, min, max);
  }

  /** A long in [min, max], the bounds drawn one time in ten. */
  public static long longBetween(Random r, long min, long max) {
    int edge = r.nextInt(20);
    if (edge == 0) {
      return min;
    }
    if (edge == 1) {
      return max;
    }
    return max == Long.MAX_VALUE ? r.nextLong(min, max) : r.nextLong(min, max + 1);
  }

  /**
   * A double in [min, max] rounded to {@code scale} decimals; the bounds and (when in range) zero
   * drawn now and then.
   */
  public static double doubleBetween(Random r, double min, double max, int scale) {
    int edge = r.nextInt(20);
    double v;
    if (edge == 0) {
      v = min;
    } else if (edge == 1) {
      v = max;
    } else if (edge == 2 && min <= 0 && max >= 0) {
      v = 0;
    } else {
      v = min + r.nextDouble() * (max - min);
    }
    double rounded = new java.math.BigDecimal(v).setScale(scale, java.math.RoundingMode.HALF_UP).doubleValue();
    return Math.max(min, Math.min(max, rounded));
  }

  /** A double in [min, max] at full precision; the bounds and (when in range) zero drawn now and then. */
  public static double doubleBetween(Random r, double min, double max) {
    int edge = r.nextInt(20);
    if (edge == 0) {
      return min;
    }
    if (edge == 1) {
      return max;
    }
    if (edge == 2 && min <= 0 && max >= 0) {
      return 0;
    }
    return min + r.nextDouble() * (max - min);
  }

  /** One of the values. */
  @SafeVarargs
  public static <T> T oneOf(Random r, T... values) {
    return values[r.nextInt(values.length)];
  }

  /** One of the values. */
  public static <T> T oneOf(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  /** A list of {@code min..max} elements drawn by {@code element}, the smallest size drawn now and then. */
  public static <T> List<T> listOf(Random r, int min, int max, Function<Random, T> element) {
    int size = r.nextInt(10) == 0 ? min : intBetween(r, min, max);
    List<T> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(element.apply(r));
    }
    return out;
  }

  /** A string of {@code min..max} characters taken from {@code chars}. */
  public static String stringOf(Random r, String chars, int min, int max) {
    int length = intBetween(r, min, max);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(chars.charAt(r.nextInt(chars.length())));
    }
    return sb.toString();
  }

  /**
   * Any string of {@code min..max} UTF-16 code units: now and then empty or blank, otherwise a mix
   * of characters that matter to text formats (separators, quotes, line breaks, spaces, control
   * characters, accents) and arbitrary characters of the Basic Multilingual Plane (surrogates
   * excluded, as they make no text alone).
   */
  public static String anyString(Random r, int min, int max) {
    int kind = r.nextInt(20);
    if (kind == 0 && min == 0) {
      return "";
    }
    if (kind == 1) {
      return " ".repeat(Math.max(1, min));
    }
    int length = intBetween(r, min, max);
    StringBuilder sb = new StringBuilder(length);
    String special = ",;\"'\n\r\t \u0000\u00a0éÉ€\ufeff";
    for (int i = 0; i < length; i++) {
      if (r.nextInt(3) == 0) {
        sb.append(special.charAt(r.nextInt(special.length())));
      } else {
        char c;
        do {
          c = r.nextBoolean() ? (char) (0x20 + r.nextInt(0x5f)) : (char) r.nextInt(0x10000);
        } while (Character.isSurrogate(c));
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
