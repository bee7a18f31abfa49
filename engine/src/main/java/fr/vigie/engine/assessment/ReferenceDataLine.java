package fr.vigie.engine.assessment;

import fr.vigie.engine.kernel.Localized;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of an assessment's {@link Assessment.Provenance#referenceData()}: which production series
 * or indicator set the assessment used. The line is stored as written here ({@code production
 * <mineral> <stage>: <source> <year> <series>}, {@code indicator <id>: <source> <year>}, ids and
 * the source's own labels, the same in every language) and shown through {@link #text}, which names
 * the mineral, the stage, the series and the indicator in the reader's language.
 */
public final class ReferenceDataLine {
  private ReferenceDataLine() {}

  private static final Pattern PRODUCTION = Pattern.compile("production (\\S+) (\\S+): (\\S+) (\\d{4}) (.+)");
  private static final Pattern INDICATOR = Pattern.compile("indicator (\\S+): (\\S+) (\\d{4})");

  /** The line of a production series used for a mineral's stage. */
  public static String production(String mineral, Stage stage, String source, int year, String series) {
    return "production " + mineral + " " + stage.id() + ": " + source + " " + year + " " + series;
  }

  /** The line of an indicator's data set. */
  public static String indicator(String id, String source, int year) {
    return "indicator " + id + ": " + source + " " + year;
  }

  /**
   * The line as a text to render ({@code report.data.production}, {@code report.data.indicator});
   * empty for a line of another form, which is then shown as it is.
   */
  public static Optional<Localized> text(String line) {
    Matcher p = PRODUCTION.matcher(line);
    if (p.matches()) {
      Optional<Stage> stage = stage(p.group(2));
      if (stage.isPresent()) {
        return Optional.of(Text.of("report.data.production", Term.of("mineral", p.group(1)),
            Text.of("report.stage." + stage.get().id()),
            Phrases.series(p.group(3), Integer.parseInt(p.group(4)), p.group(5))));
      }
    }
    Matcher i = INDICATOR.matcher(line);
    if (i.matches()) {
      return Optional.of(Text.of("report.data.indicator", Term.of("indicator", i.group(1)), i.group(2), i.group(3)));
    }
    return Optional.empty();
  }

  private static Optional<Stage> stage(String id) {
    for (Stage s : Stage.values()) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
