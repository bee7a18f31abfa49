package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.RiskCategory;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How one risk category is scored: its indicators and their aggregation.
 *
 * @param category the category
 * @param aggregation how normalised indicator risks combine
 * @param indicators at least one indicator, ids unique
 */
public record CategoryMethod(
    RiskCategory category, Aggregation aggregation, List<IndicatorSpec> indicators) {
  public CategoryMethod {
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
