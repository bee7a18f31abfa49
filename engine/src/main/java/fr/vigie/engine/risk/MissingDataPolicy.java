package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Text;
import java.util.Locale;

/**
 * What a missing indicator value does to a category score. In both policies it is never read as
 * zero risk and it lowers the category's coverage (its confidence).
 *
 * <ul>
 *   <li>{@code reweight} (default): the score is the aggregate of the available indicators, their
 *       weights re-normalised: the available evidence decides.
 *   <li>{@code worst_case}: a missing indicator counts as risk 1 with its weight: the score is an
 *       upper bound, so that missing data can never make a country look safer.
 * </ul>
 */
public enum MissingDataPolicy {
  REWEIGHT("reweight"),
  WORST_CASE("worst_case");

  private final String id;

  MissingDataPolicy(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static MissingDataPolicy fromId(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (MissingDataPolicy p : values()) {
      if (p.id.equals(t)) {
        return p;
      }
    }
    throw new ProblemException(Problem.error("vocabulary.unknown", Text.of("vocabulary.missing_data_policy"),
        String.valueOf(text), "reweight, worst_case"));
  }
}
