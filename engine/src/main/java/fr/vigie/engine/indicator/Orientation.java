package fr.vigie.engine.indicator;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Text;
import java.util.Locale;

/** Whether a higher indicator value means a better or a worse situation. */
public enum Orientation {
  HIGHER_IS_BETTER,
  HIGHER_IS_WORSE;

  /** {@code higher_is_better} or {@code higher_is_worse}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Orientation fromId(String text) {
    for (Orientation o : values()) {
      if (o.id().equals(text)) {
        return o;
      }
    }
    throw new ProblemException(Problem.error("vocabulary.unknown", Text.of("vocabulary.orientation"),
        String.valueOf(text), "higher_is_better, higher_is_worse"));
  }
}
