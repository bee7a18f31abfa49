package fr.vigie.engine.risk;

import java.util.Map;
import java.util.Optional;

/**
 * Where country indicator values come from (the reference data, a user's CSV, a test). A missing
 * value is an empty optional, never zero.
 */
@FunctionalInterface
public interface IndicatorSource {
  /**
   * @param iso3 ISO 3166-1 alpha-3 code
   * @param indicatorId indicator id, e.g. {@code wgi_va}
   */
  Optional<IndicatorReading> find(String iso3, String indicatorId);

  /** Values from this source, falling back on {@code other} for what this one does not have. */
  default IndicatorSource orElse(IndicatorSource other) {
    return (iso3, id) -> {
      Optional<IndicatorReading> v = find(iso3, id);
      return v.isPresent() ? v : other.find(iso3, id);
    };
  }

  /** A source over a map: ISO3 to indicator id to value. */
  static IndicatorSource of(Map<String, Map<String, IndicatorReading>> values) {
    return (iso3, id) -> Optional.ofNullable(values.getOrDefault(iso3, Map.of()).get(id));
  }
}
