package fr.vigie.engine.production;

import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import java.util.Locale;

/**
 * How closely a source series matches a mineral and stage: {@code EXACT} when it measures that
 * material at that stage, {@code PROXY} when it measures a neighbour (e.g. battery-grade graphite,
 * natural and synthetic, for the refining of natural graphite; magnet rare earths for all rare
 * earths).
 */
public enum SeriesFit {
  EXACT,
  PROXY;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SeriesFit fromId(String text) {
    for (SeriesFit f : values()) {
      if (f.id().equals(text)) {
        return f;
      }
    }
    throw new ProblemException(Problem.error("vocabulary.unknown", Text.of("vocabulary.series_fit"), String.valueOf(text), "exact, proxy"));
  }
}
