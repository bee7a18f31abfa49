package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.Explanation;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The risk of one country in the three categories, under one methodology.
 *
 * @param iso3 the country
 * @param methodology the methodology's id and version
 * @param categories one outcome per category
 * @param confidence mean coverage over the three categories, in [0,1]: 1 when every indicator had
 *     data
 */
public record CountryRisk(
    String iso3, Methodology.Ref methodology, Map<RiskCategory, CategoryRisk> categories, double confidence) {

  public CountryRisk {
    EnumMap<RiskCategory, CategoryRisk> copy = new EnumMap<>(RiskCategory.class);
    copy.putAll(categories);
    categories = Collections.unmodifiableMap(copy);
  }

  public CategoryRisk category(RiskCategory category) {
    return categories.get(category);
  }

  /** The category's score, empty when undetermined. */
  public OptionalDouble score(RiskCategory category) {
    return categories.get(category) instanceof CategoryRisk.Scored s
        ? OptionalDouble.of(s.score())
        : OptionalDouble.empty();
  }

  /** The category's level, empty when undetermined. */
  public Optional<RiskLevel> level(RiskCategory category) {
    return categories.get(category) instanceof CategoryRisk.Scored s
        ? Optional.of(s.level())
        : Optional.empty();
  }

  /** The years of the indicator values used. */
  public SortedSet<Integer> dataYears() {
    SortedSet<Integer> years = new TreeSet<>();
    categories.values().forEach(c -> c.contributions().forEach(x -> years.add(x.year())));
    return years;
  }

  public Explanation explain() {
    List<Explanation> children = new ArrayList<>();
    categories.values().forEach(c -> children.add(c.explain()));
    return Explanation.of("country " + iso3, children,
        "methodology", methodology.toString(), "confidence", confidence,
        "data_years", dataYears().toString());
  }
}
