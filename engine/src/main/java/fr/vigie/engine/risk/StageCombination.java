package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Text;
import java.util.Locale;

/**
 * How a stage's process risk and its production-weighted country risk combine into the stage risk
 * of one category.
 *
 * @param rule {@code weighted_mean}: {@code (wp P + wc C) / (wp + wc)}; {@code max}: {@code max(P, C)}
 * @param processWeight weight of the process risk (weighted mean only), >= 0
 * @param countryWeight weight of the country risk (weighted mean only), >= 0, and wp + wc > 0
 */
public record StageCombination(Rule rule, double processWeight, double countryWeight) {

  /** The combination rules. */
  public enum Rule {
    WEIGHTED_MEAN("weighted_mean"),
    MAX("max");

    private final String id;

    Rule(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Rule fromId(String text) {
      String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
      for (Rule r : values()) {
        if (r.id.equals(t)) {
          return r;
        }
      }
      throw new ProblemException(Problem.error("vocabulary.unknown", Text.of("vocabulary.stage_combination"),
          String.valueOf(text), "weighted_mean, max"));
    }
  }

  public StageCombination {
    if (!(processWeight >= 0.0) || !(countryWeight >= 0.0) || !(processWeight + countryWeight > 0.0)) {
      throw new IllegalArgumentException(
          "stage weights must be >= 0 with a positive sum, got process " + processWeight
              + " and country " + countryWeight);
    }
  }

  /** Combines a process risk and a country risk, both in [0,1]. */
  public double combine(double processRisk, double countryRisk) {
    return switch (rule) {
      case MAX -> Math.max(processRisk, countryRisk);
      case WEIGHTED_MEAN ->
          (processWeight * processRisk + countryWeight * countryRisk) / (processWeight + countryWeight);
    };
  }
}
