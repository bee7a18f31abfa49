package fr.vigie.engine.assessment.report;

import fr.vigie.engine.assessment.Assessment.CountryWeight;
import fr.vigie.engine.kernel.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How every report shows the countries of a stage's mix (the assessment report's exposure table and
 * workbook, the filings' stage and country tables): shares as whole percents, so a share under one
 * percent is shown {@code < 1 %}, never {@code 0 %}; a share of zero is no country of the mix and is
 * left out; the countries too many or too small to name one by one are folded into one line, "n
 * other countries", with their total; the rest of the world (the share a source gives no country)
 * comes last. A folded line always holds two countries or more: one country alone keeps its name.
 */
public final class CountryShares {
  private CountryShares() {}

  /** The display precision: a share under it is shown {@code < 1 %}. */
  public static final double PRECISION = 0.01;

  /** Countries named in a one-line list of a mix, largest first; the others are folded. */
  public static final int LISTED = 5;

  /**
   * One line of a mix as shown: a country ({@code country} present, {@code folded} 1), the countries
   * folded into one line ({@code country} empty, {@code folded} their number, 2 or more), or the rest
   * of the world ({@code country} {@link CountryWeight#REST_OF_WORLD}); the share, and where the
   * shares come from (the sources of the folded countries, each once).
   */
  public record Line(Optional<String> country, int folded, double share, List<String> sources) {
    public Line {
      sources = List.copyOf(sources);
    }
  }

  /**
   * The lines of a table of the mix, one per country: every country with a share of {@link
   * #PRECISION} or more, largest first; the countries under it folded into one line; the rest of
   * the world last.
   */
  public static List<Line> table(List<CountryWeight> mix) {
    List<CountryWeight> countries = countries(mix);
    List<CountryWeight> named = countries.stream().filter(c -> c.share() >= PRECISION).toList();
    List<CountryWeight> small = countries.stream().filter(c -> c.share() < PRECISION).toList();
    return lines(mix, named, small);
  }

  /**
   * The lines of a one-line list of the mix: the {@link #LISTED} largest countries with a share of
   * {@link #PRECISION} or more, every other country folded into one line, the rest of the world last.
   */
  public static List<Line> list(List<CountryWeight> mix) {
    List<CountryWeight> countries = countries(mix);
    List<CountryWeight> named = countries.stream().filter(c -> c.share() >= PRECISION).limit(LISTED).toList();
    List<CountryWeight> others = countries.stream().filter(c -> !named.contains(c)).toList();
    return lines(mix, named, others);
  }

  /** The mix as one line of text: {@code Chine 82 %, Vietnam 4 %, 3 autres pays 5 %, reste du monde 2 %}. */
  public static String inline(Messages m, List<CountryWeight> mix) {
    List<String> parts = list(mix).stream().map(l -> name(m, l) + " " + percent(m, l.share())).toList();
    return parts.isEmpty() ? "-" : String.join(", ", parts);
  }

  /** A share as shown: a whole percent, {@code < 1 %} for a share above zero and under {@link #PRECISION}. */
  public static String percent(Messages m, double share) {
    return share > 0 && share < PRECISION ? m.get("report.fmt.share_below", PRECISION)
        : m.get("report.fmt.percent", share);
  }

  /** The name of a line: the country's, {@code n other countries}, or the rest of the world. */
  public static String name(Messages m, Line line) {
    return line.country().map(c -> ReportModels.country(m, c))
        .orElseGet(() -> m.get("report.fmt.other_countries", line.folded()));
  }

  /** The countries of the mix with a share, largest first (then by code, for a stable order). */
  private static List<CountryWeight> countries(List<CountryWeight> mix) {
    return mix.stream().filter(c -> !c.country().equals(CountryWeight.REST_OF_WORLD) && c.share() > 0)
        .sorted(Comparator.comparingDouble(CountryWeight::share).reversed().thenComparing(CountryWeight::country))
        .toList();
  }

  private static List<Line> lines(List<CountryWeight> mix, List<CountryWeight> named, List<CountryWeight> folded) {
    List<Line> out = new ArrayList<>();
    named.forEach(c -> out.add(line(c)));
    if (folded.size() == 1) {
      out.add(line(folded.get(0)));
    } else if (folded.size() > 1) {
      Set<String> sources = new LinkedHashSet<>();
      folded.forEach(c -> sources.add(c.source()));
      out.add(new Line(Optional.empty(), folded.size(), folded.stream().mapToDouble(CountryWeight::share).sum(),
          List.copyOf(sources)));
    }
    mix.stream().filter(c -> c.country().equals(CountryWeight.REST_OF_WORLD) && c.share() > 0)
        .forEach(c -> out.add(line(c)));
    return out;
  }

  private static Line line(CountryWeight c) {
    return new Line(Optional.of(c.country()), 1, c.share(), List.of(c.source()));
  }
}
