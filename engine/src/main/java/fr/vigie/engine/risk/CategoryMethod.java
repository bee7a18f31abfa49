package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.RiskCategory;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How one risk category is scored: its indicators, their aggregation and the category's floor.
 *
 * @param category the category
 * @param aggregation how normalised indicator risks combine
 * @param indicators at least one indicator, ids unique
 * @param floor the lowest score of the category, in [0,1): the score is {@code floor + (1 - floor)
 *     x aggregate}; 0 (the default) leaves the aggregate as it is. A methodology that scores countries
 *     as hosts of mining, whatever their governance, sets it (see docs/risk-methodology.md)
 */
public record CategoryMethod(
    RiskCategory category, Aggregation aggregation, List<IndicatorSpec> indicators, double floor) {

  /** A category without floor. */
  public CategoryMethod(RiskCategory category, Aggregation aggregation, List<IndicatorSpec> indicators) {
    this(category, aggregation, indicators, 0.0);
  }

  /** The category score of an aggregate of normalised indicator risks. */
  public double score(double aggregate) {
    return floor + (1.0 - floor) * aggregate;
  }

  public CategoryMethod {
    if (!(floor >= 0.0 && floor < 1.0)) {
      throw new IllegalArgumentException("floor of " + category + " must be in [0,1), got " + floor);
    }
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(aggregation, "aggregation");
    indicators = List.copyOf(indicators);
    if (indicators.isEmpty()) {
      throw new IllegalArgumentException("category " + category.id() + " has no indicator");
    }
    var seen = new HashSet<String>();
    for (IndicatorSpec i : indicators) {
      if (!seen.add(i.id())) {
        throw new IllegalArgumentException("indicator " + i.id() + " listed twice in " + category.id());
      }
    }
  }

  public double totalWeight() {
    return indicators.stream().mapToDouble(IndicatorSpec::weight).sum();
  }
}
