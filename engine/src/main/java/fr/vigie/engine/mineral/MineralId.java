package fr.vigie.engine.mineral;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The stable id of a mineral or material, lower case with underscores: {@code cobalt},
 * {@code natural_graphite}, {@code rare_earths}, {@code aluminium}.
 */
public record MineralId(String value) implements Comparable<MineralId> {
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_]*");

  public MineralId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new ProblemException(Problem.error("mineral.bad_id", String.valueOf(value)));
    }
  }

  /** Lenient parse: trims, lower-cases and turns spaces and hyphens into underscores. */
  public static MineralId of(String text) {
    if (text == null) {
      throw new ProblemException(Problem.error("mineral.missing_id"));
    }
    return new MineralId(text.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
  }

  @Override
  public int compareTo(MineralId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
