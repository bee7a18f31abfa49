package fr.vigie.engine.regulation;

import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.regulation.profile.Headcount;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A three-valued test of one scope criterion against a profile fact (met, not met, unknown), with
 * the sentence that explains it and the profile fields it lacked. Policies build their rule from
 * these and combine them with {@link #all}, {@link #any} and {@link #atLeastTwoOf}.
 */
record Check(Verdict verdict, List<String> sentences, Set<String> missing) {

  enum Verdict {
    MET,
    NOT_MET,
    UNKNOWN
  }

  Check {
    sentences = List.copyOf(sentences);
    missing = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(missing));
  }

  static Check met(String sentence) {
    return new Check(Verdict.MET, List.of(sentence), Set.of());
  }

  static Check notMet(String sentence) {
    return new Check(Verdict.NOT_MET, List.of(sentence), Set.of());
  }

  static Check unknown(String sentence, String... missingFacts) {
    return new Check(Verdict.UNKNOWN, List.of(sentence), Set.of(missingFacts));
  }

  /** {@code value >= threshold}: "6,200 employees in FR >= 5,000". */
  static Check atLeast(String what, Optional<? extends Number> value, BigDecimal threshold,
      Unit unit, String fact) {
    return compare(what, value, threshold, unit, fact, true);
  }

  /** {@code value > threshold}: "5,001 employees worldwide > 5,000". */
  static Check moreThan(String what, Optional<? extends Number> value, BigDecimal threshold,
      Unit unit, String fact) {
    return compare(what, value, threshold, unit, fact, false);
  }

  private static Check compare(String what, Optional<? extends Number> value, BigDecimal threshold,
      Unit unit, String fact, boolean inclusive) {
    if (value.isEmpty()) {
      return unknown(
          what + " not given (threshold: " + (inclusive ? "at least " : "more than ")
              + unit.format(threshold) + ")",
          fact);
    }
    BigDecimal v = new BigDecimal(value.get().toString());
    int c = v.compareTo(threshold);
    boolean ok = inclusive ? c >= 0 : c > 0;
    String op = ok ? (inclusive ? ">=" : ">") : (inclusive ? "<" : "<=");
    String s = unit.format(v) + " " + what + " " + op + " " + unit.format(threshold);
    if (!ok && !inclusive && c == 0) {
      s += " (must be more than " + unit.format(threshold) + ")";
    }
    return ok ? met(s) : notMet(s);
  }

  /**
   * Employees in a country at least {@code threshold}: an absent country is unknown, unless the
   * worldwide figure is itself below the threshold.
   */
  static Check employeesInAtLeast(Headcount h, String country, BigDecimal threshold, String field) {
    Optional<Long> n = h.in(country);
    String what = "employees in " + country + suffix(field);
    if (n.isEmpty() && h.worldwide().isPresent()
        && BigDecimal.valueOf(h.worldwide().get()).compareTo(threshold) < 0) {
      return notMet(
          Unit.COUNT.format(BigDecimal.valueOf(h.worldwide().get())) + " employees worldwide"
              + suffix(field) + " < " + Unit.COUNT.format(threshold) + ", so fewer in " + country);
    }
    return atLeast(what, n, threshold, Unit.COUNT, field + "." + country);
  }

  private static String suffix(String field) {
    return field.endsWith("previous_year") ? " the previous year" : "";
  }

  /** A yes/no fact of the profile. */
  static Check isTrue(Optional<Boolean> value, String fact, String whenTrue, String whenFalse) {
    return value
        .map(v -> v ? met(whenTrue) : notMet(whenFalse))
        .orElseGet(() -> unknown(fact + " not given", fact));
  }

  /** Whether the profile's materials include any of {@code named} (mineral or product ids). */
  static Check usesAny(Optional<Set<MineralId>> used, Collection<String> named, String what) {
    Set<String> names = new TreeSet<>(named);
    if (used.isEmpty()) {
      return unknown("materials_used not given (" + what + ": " + String.join(", ", names) + ")",
          "materials_used");
    }
    Set<String> hits = new TreeSet<>();
    for (MineralId m : used.get()) {
      if (names.contains(m.value())) {
        hits.add(m.value());
      }
    }
    return hits.isEmpty()
        ? notMet("uses none of the " + what + " (" + String.join(", ", names) + ")")
        : met("uses " + String.join(", ", hits) + " (" + what + ")");
  }

  static List<String> ids(Collection<MineralId> minerals) {
    return minerals.stream().map(MineralId::value).toList();
  }

  /** Met when every check is met; not met when one is not met; unknown otherwise. */
  static Check all(List<Check> checks) {
    List<Check> notMet = checks.stream().filter(c -> c.verdict == Verdict.NOT_MET).toList();
    if (!notMet.isEmpty()) {
      return merge(Verdict.NOT_MET, notMet);
    }
    boolean unknown = checks.stream().anyMatch(c -> c.verdict == Verdict.UNKNOWN);
    return merge(unknown ? Verdict.UNKNOWN : Verdict.MET, checks);
  }

  static Check all(Check... checks) {
    return all(List.of(checks));
  }

  /** Met when one check is met; not met when all are not met; unknown otherwise. */
  static Check any(List<Check> checks) {
    List<Check> met = checks.stream().filter(c -> c.verdict == Verdict.MET).toList();
    if (!met.isEmpty()) {
      return merge(Verdict.MET, met);
    }
    boolean unknown = checks.stream().anyMatch(c -> c.verdict == Verdict.UNKNOWN);
    return merge(unknown ? Verdict.UNKNOWN : Verdict.NOT_MET, checks);
  }

  static Check any(Check... checks) {
    return any(List.of(checks));
  }

  /** The "two of three criteria" test of Directive 2013/34 size classes. */
  static Check atLeastTwoOf(List<Check> checks) {
    long met = checks.stream().filter(c -> c.verdict == Verdict.MET).count();
    long notMet = checks.stream().filter(c -> c.verdict == Verdict.NOT_MET).count();
    if (met >= 2) {
      return merge(Verdict.MET, checks.stream().filter(c -> c.verdict == Verdict.MET).toList());
    }
    if (notMet > checks.size() - 2) {
      return merge(Verdict.NOT_MET, checks);
    }
    return merge(Verdict.UNKNOWN, checks);
  }

  private static Check merge(Verdict v, List<Check> checks) {
    List<String> s = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();
    for (Check c : checks) {
      s.addAll(c.sentences);
      if (v == Verdict.UNKNOWN) {
        missing.addAll(c.missing);
      }
    }
    return new Check(v, s, missing);
  }

  /** How a number is shown in sentences. */
  enum Unit {
    COUNT,
    EUR,
    GBP,
    KG;

    String format(BigDecimal v) {
      return switch (this) {
        case COUNT -> grouped(v);
        case KG -> grouped(v) + " kg";
        case EUR -> money("EUR", v);
        case GBP -> money("GBP", v);
      };
    }

    private static String grouped(BigDecimal v) {
      DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
      return f.format(v);
    }

    /** EUR 1.5 bn, EUR 40 m, or the grouped amount when not a round figure. */
    private static String money(String currency, BigDecimal v) {
      BigDecimal bn = BigDecimal.valueOf(1_000_000_000L);
      BigDecimal m = BigDecimal.valueOf(1_000_000L);
      if (v.abs().compareTo(bn) >= 0 && isRound(v.divide(bn))) {
        return currency + " " + grouped(v.divide(bn)) + " bn";
      }
      if (v.abs().compareTo(m) >= 0 && isRound(v.divide(m))) {
        return currency + " " + grouped(v.divide(m)) + " m";
      }
      return currency + " " + grouped(v);
    }

    private static boolean isRound(BigDecimal q) {
      return q.stripTrailingZeros().scale() <= 3;
    }
  }
}
