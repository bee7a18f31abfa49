package fr.vigie.engine.indicator;

import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Country indicators: the definitions, and the latest value per country. A missing value stays
 * missing ({@link Optional#empty()}), never zero.
 */
public final class Indicators {
  private final Map<String, IndicatorDefinition> definitions;
  private final Map<String, Map<String, IndicatorValue>> values;

  /**
   * @param definitions every indicator
   * @param values indicator id to (alpha-3 to value); an id not defined is refused
   */
  public Indicators(
      List<IndicatorDefinition> definitions, Map<String, Map<String, IndicatorValue>> values) {
    Map<String, IndicatorDefinition> d = new LinkedHashMap<>();
    definitions.forEach(
        x -> {
          if (d.put(x.id(), x) != null) {
            throw new ProblemException(Problem.error("refdata.duplicate_id", Text.of("refdata.kind.indicator"), x.id()));
          }
        });
    Map<String, Map<String, IndicatorValue>> v = new LinkedHashMap<>();
    values.forEach(
        (id, byCountry) -> {
          if (!d.containsKey(id)) {
            throw new ProblemException(Problem.error("refdata.values_unknown_indicator", id));
          }
          v.put(id, Collections.unmodifiableMap(new TreeMap<>(byCountry)));
        });
    this.definitions = Collections.unmodifiableMap(d);
    this.values = Collections.unmodifiableMap(v);
  }

  /** Every indicator definition, in file order. */
  public List<IndicatorDefinition> definitions() {
    return List.copyOf(definitions.values());
  }

  public Optional<IndicatorDefinition> definition(String indicatorId) {
    return Optional.ofNullable(definitions.get(indicatorId));
  }

  /** Like {@link #definition} but refuses an unknown id, listing the known ones. */
  public IndicatorDefinition requireDefinition(String indicatorId) {
    return definition(indicatorId)
        .orElseThrow(
            () ->
                new ProblemException(Problem.error("refdata.unknown_indicator", String.valueOf(indicatorId),
                    String.join(", ", definitions.keySet()))));
  }

  /**
   * The latest value of an indicator for a country (ISO alpha-3), empty when the source has none.
   * An unknown indicator id is refused with a {@link fr.vigie.engine.kernel.ProblemException}.
   */
  public Optional<IndicatorValue> value(String indicatorId, String alpha3) {
    requireDefinition(indicatorId);
    Map<String, IndicatorValue> m = values.get(indicatorId);
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(alpha3));
  }

  /** Every value of an indicator, by alpha-3 code (sorted). */
  public Map<String, IndicatorValue> values(String indicatorId) {
    requireDefinition(indicatorId);
    return values.getOrDefault(indicatorId, Map.of());
  }
}
