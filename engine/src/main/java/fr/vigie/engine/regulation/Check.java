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
record Check(Verdict verdict, List<Reason> sentences, Set<String> missing) {

  enum Verdict {
    MET,
    NOT_MET,
    UNKNOWN
  }

  /** Profile figures named in several texts' sentences. */
  static final Reason EMPLOYEES_WORLDWIDE = Reason.of("regulation.reason.check.employees_worldwide");

  static final Reason NET_TURNOVER = Reason.of("regulation.reason.check.net_turnover");

  static final Reason NET_EU_TURNOVER =
      Reason.of("regulation.reason.check.net_turnover_in_the_eu");

  static final Reason BALANCE_SHEET = Reason.of("regulation.reason.check.balance_sheet_total");

  /** Headquarters missing where EU and non-EU companies have different thresholds. */
  static Check headquartersUnknownEuOrNot() {
    return unknown(
        Reason.of("regulation.reason.check.headquarters_not_given_eu_and"),
        "headquarters");
  }

  Check {
    sentences = List.copyOf(sentences);
    missing = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(missing));
  }

  /** The labels of the sentences: each condition says whether it is met, not met or missing. */
  static final Reason MET_LABEL = Reason.of("regulation.reason.label.met");

  static final Reason NOT_MET_LABEL = Reason.of("regulation.reason.label.not_met");

  static final Reason MISSING_LABEL = Reason.of("regulation.reason.label.missing");

  static final Reason ASSUMED_LABEL = Reason.of("regulation.reason.label.assumed");

  static Check met(Reason sentence) {
    return new Check(Verdict.MET, List.of(MET_LABEL.plus(sentence)), Set.of());
  }

  static Check notMet(Reason sentence) {
    return new Check(Verdict.NOT_MET, List.of(NOT_MET_LABEL.plus(sentence)), Set.of());
  }

  static Check unknown(Reason sentence, String... missingFacts) {
    return new Check(Verdict.UNKNOWN, List.of(MISSING_LABEL.plus(sentence)), Set.of(missingFacts));
  }

  /** This check with a stated assumption added to its sentences (whatever its verdict). */
  Check assuming(Reason assumption) {
    List<Reason> s = new ArrayList<>(sentences);
    s.add(ASSUMED_LABEL.plus(assumption));
    return new Check(verdict, s, missing);
  }

  /**
   * The headcount of the previous year, or, when the profile gives none at all while it gives the
   * current year, the current year's (the stated assumption rule for texts that need two
   * consecutive years: see {@link #previousYearAssumed}).
   */
  static Headcount previousYear(Headcount current, Headcount previous) {
    return previousYearAssumed(current, previous) ? current : previous;
  }

  /** Whether the previous year is wholly missing while the current year is given. */
  static boolean previousYearAssumed(Headcount current, Headcount previous) {
    boolean none = previous.byCountry().isEmpty() && previous.worldwide().isEmpty();
    boolean some = !current.byCountry().isEmpty() || current.worldwide().isPresent();
    return none && some;
  }

  /** "previous year as current; give employees_previous_year to confirm". */
  static final Reason PREVIOUS_YEAR_ASSUMED =
      Reason.of("regulation.reason.check.previous_year_assumed_as_current", "employees_previous_year");

  /** {@code value >= threshold}: "6,200 employees in FR >= 5,000". */
  static Check atLeast(Reason what, Optional<? extends Number> value, BigDecimal threshold,
      Unit unit, String fact) {
    return compare(what, value, threshold, unit, fact, true);
  }

  /** {@code value > threshold}: "5,001 employees worldwide > 5,000". */
  static Check moreThan(Reason what, Optional<? extends Number> value, BigDecimal threshold,
      Unit unit, String fact) {
    return compare(what, value, threshold, unit, fact, false);
  }

  private static Check compare(Reason what, Optional<? extends Number> value, BigDecimal threshold,
      Unit unit, String fact, boolean inclusive) {
    if (value.isEmpty()) {
      return unknown(
          inclusive
              ? Reason.of("regulation.reason.check.not_given_threshold_at_least", what, unit.format(threshold))
              : Reason.of("regulation.reason.check.not_given_threshold_more_than", what, unit.format(threshold)),
          fact);
    }
    BigDecimal v = new BigDecimal(value.get().toString());
    int c = v.compareTo(threshold);
    boolean ok = inclusive ? c >= 0 : c > 0;
    // the mathematical signs a reader expects (U+2265, U+2264), not the programmer's ">=" / "<="
    String op = ok ? (inclusive ? "\u2265" : ">") : (inclusive ? "<" : "\u2264");
    Reason s = Reason.of("regulation.reason.check.text", unit.amount(what, v), op, unit.format(threshold));
    if (!ok && !inclusive && c == 0) {
      s = s.plus(Reason.of("regulation.reason.check.must_be_more_than",
          unit.format(threshold)));
    }
    return ok ? met(s) : notMet(s);
  }

  /**
   * Employees in a country at least {@code threshold}: an absent country is unknown, unless the
   * worldwide figure is itself below the threshold.
   */
  static Check employeesInAtLeast(Headcount h, String country, BigDecimal threshold, String field) {
    Optional<Long> n = h.in(country);
    Reason what = Reason.of("regulation.reason.check.employees_in", country, suffix(field));
    if (n.isEmpty() && h.worldwide().isPresent()
        && BigDecimal.valueOf(h.worldwide().get()).compareTo(threshold) < 0) {
      return notMet(
          Reason.of("regulation.reason.check.employees_worldwide_so_fewer_in",
              Unit.COUNT.format(BigDecimal.valueOf(h.worldwide().get())), suffix(field),
              Unit.COUNT.format(threshold), country));
    }
    return atLeast(what, n, threshold, Unit.COUNT, field + "." + country);
  }

  private static Reason suffix(String field) {
    return field.endsWith("previous_year")
        ? Reason.of("regulation.reason.check.the_previous_year")
        : Reason.same("");
  }

  /** A yes/no fact of the profile. */
  static Check isTrue(Optional<Boolean> value, String fact, Reason whenTrue, Reason whenFalse) {
    return value
        .map(v -> v ? met(whenTrue) : notMet(whenFalse))
        .orElseGet(() -> unknown(Reason.of("regulation.reason.check.not_given", fact), fact));
  }

  /** Whether the profile's materials include any of {@code named} (mineral or product ids). */
  static Check usesAny(Optional<Set<MineralId>> used, Collection<String> named, Reason what) {
    return usesAny(used, named, what, "mineral");
  }

  /**
   * As {@link #usesAny(Optional, Collection, Reason)} for materials that are terms of {@code kind}
   * ({@code mineral}, or {@code commodity} for the EUDR's commodities), named in the reader's language.
   */
  static Check usesAny(Optional<Set<MineralId>> used, Collection<String> named, Reason what, String kind) {
    Set<String> names = new TreeSet<>(named);
    Object listed = names(names, kind);
    if (used.isEmpty()) {
      return unknown(
          Reason.of("regulation.reason.check.materials_used_not_given",
              what, listed),
          "materials_used");
    }
    Set<String> hits = new TreeSet<>();
    for (MineralId m : used.get()) {
      if (names.contains(m.value())) {
        hits.add(m.value());
      }
    }
    return hits.isEmpty()
        ? notMet(Reason.of("regulation.reason.check.uses_none_of_the", what, listed))
        : met(Reason.of("regulation.reason.check.uses", names(hits, kind), what));
  }

  /** Terms of {@code kind} joined by commas in the reader's language; "-" for none. */
  static Object names(Collection<String> ids, String kind) {
    List<String> list = List.copyOf(ids);
    if (list.isEmpty()) {
      return "-";
    }
    Object out = fr.vigie.engine.kernel.Term.of(kind, list.get(list.size() - 1));
    for (int i = list.size() - 2; i >= 0; i--) {
      out = fr.vigie.engine.kernel.Text.of("regulation.reason.list", fr.vigie.engine.kernel.Term.of(kind, list.get(i)), out);
    }
    return out;
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
    List<Reason> s = new ArrayList<>();
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
    CHF,
    NOK,
    KG;

    /** The figure with its unit: "6,200" / "6 200", "EUR 1.5 bn" / "1,5 Md EUR". */
    Reason format(BigDecimal v) {
      return switch (this) {
        case COUNT -> grouped(v);
        case KG -> Reason.of("regulation.reason.check.kg", grouped(v));
        case EUR -> money("EUR", v);
        case GBP -> money("GBP", v);
        case CHF -> money("CHF", v);
        case NOK -> money("NOK", v);
      };
    }

    /** The amount of {@code what}: "6,200 employees in FR", "EUR 2 bn net turnover". */
    Reason amount(Reason what, BigDecimal v) {
      return switch (this) {
        case COUNT, KG -> Reason.of("regulation.reason.check.text_2", format(v), what);
        case EUR, GBP, CHF, NOK -> Reason.of("regulation.reason.check.text_3", format(v), what);
      };
    }

    /** English {@code 6,200.5}, French {@code 6 200,5} (non-breaking space, decimal comma). */
    private static Reason grouped(BigDecimal v) {
      return Reason.of("regulation.reason.number", v);
    }

    /** EUR 1.5 bn / 1,5 Md EUR, EUR 40 m / 40 M EUR, or the grouped amount when not round. */
    private static Reason money(String currency, BigDecimal v) {
      BigDecimal bn = BigDecimal.valueOf(1_000_000_000L);
      BigDecimal m = BigDecimal.valueOf(1_000_000L);
      if (v.abs().compareTo(bn) >= 0 && isRound(v.divide(bn))) {
        return Reason.of("regulation.reason.check.s_bn", grouped(v.divide(bn)), currency);
      }
      if (v.abs().compareTo(m) >= 0 && isRound(v.divide(m))) {
        return Reason.of("regulation.reason.check.s_m", grouped(v.divide(m)), currency);
      }
      return Reason.of("regulation.reason.check.s", grouped(v), currency);
    }

    private static boolean isRound(BigDecimal q) {
      return q.stripTrailingZeros().scale() <= 3;
    }
  }
}
