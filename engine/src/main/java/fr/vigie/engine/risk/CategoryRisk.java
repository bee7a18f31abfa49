package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.Explanation;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of scoring one category for one country: {@link Scored} when enough indicators have
 * data, {@link Undetermined} otherwise (the method cannot tell; it is never read as zero risk).
 */
public sealed interface CategoryRisk permits CategoryRisk.Scored, CategoryRisk.Undetermined {

  RiskCategory category();

  /** The indicators that had a value, with what each contributed. */
  List<Contribution> contributions();

  /** The indicator ids that had no value for this country. */
  List<String> missing();

  /** Share of the category's total weight that had data, in [0,1]. */
  double coverage();

  /**
   * One indicator's part in a category score.
   *
   * @param indicator indicator id
   * @param raw raw value
   * @param year year of the value
   * @param source dataset of the value
   * @param normalised the value as a risk in [0,1]
   * @param weight the indicator's weight in the methodology
   * @param effectiveWeight weight re-normalised over the available indicators (sums to 1)
   * @param contribution {@code effectiveWeight x normalised} (its additive part of a weighted mean)
   */
  record Contribution(
      String indicator, double raw, int year, String source, double normalised, double weight,
      double effectiveWeight, double contribution) {}

  /** A category with a score. */
  record Scored(
      RiskCategory category, double score, RiskLevel level, List<Contribution> contributions,
      List<String> missing, double coverage) implements CategoryRisk {
    public Scored {
      if (!(score >= 0.0 && score <= 1.0)) {
        throw new IllegalArgumentException("score must be in [0,1], got " + score);
      }
      contributions = List.copyOf(contributions);
      missing = List.copyOf(missing);
    }
  }

  /** A category without a score: too few indicators had data. */
  record Undetermined(
      RiskCategory category, List<Contribution> contributions, List<String> missing, double coverage,
      String reason) implements CategoryRisk {
    public Undetermined {
      contributions = List.copyOf(contributions);
      missing = List.copyOf(missing);
    }
  }

  /** The explanation tree of this category. */
  default Explanation explain() {
    List<Explanation> children = new ArrayList<>();
    for (Contribution c : contributions()) {
      children.add(Explanation.of(c.indicator(), List.of(),
          "raw", c.raw(), "year", c.year(), "source", c.source(), "normalised", c.normalised(),
          "weight", c.weight(), "effective_weight", c.effectiveWeight(), "contribution", c.contribution()));
    }
    for (String m : missing()) {
      children.add(Explanation.of(m, List.of(), "missing", true));
    }
    return switch (this) {
      case Scored s -> Explanation.of(category().id(), children,
          "score", s.score(), "level", s.level().id(), "coverage", s.coverage());
      case Undetermined u -> Explanation.of(category().id(), children,
          "score", "undetermined", "coverage", u.coverage(), "reason", u.reason());
    };
  }
}
