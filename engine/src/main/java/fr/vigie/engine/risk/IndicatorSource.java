package fr.vigie.engine.risk;

import fr.vigie.engine.duediligence.DueDiligence;
import java.util.Map;
import java.util.Optional;

/**
 * Where country indicator values come from (the reference data, a user's CSV, a test). A missing
 * value is an empty optional, never zero.
 *
 * <p>Some indicators depend on the mineral and stage a country is scored for (the labour flags of
 * {@link DueDiligence}): {@link #find(String, String, Optional)} receives that context; sources
 * whose values do not depend on it keep the default, which ignores it.
 */
@FunctionalInterface
public interface IndicatorSource {
  /**
   * @param iso3 ISO 3166-1 alpha-3 code
   * @param indicatorId indicator id, e.g. {@code wgi_va}
   */
  Optional<IndicatorReading> find(String iso3, String indicatorId);

  /**
   * The value for the country scored for a mineral at a stage (empty context: the country alone).
   */
  default Optional<IndicatorReading> find(String iso3, String indicatorId, Optional<DueDiligence.Context> context) {
    return find(iso3, indicatorId);
  }

  /** Values from this source, falling back on {@code other} for what this one does not have. */
  default IndicatorSource orElse(IndicatorSource other) {
    IndicatorSource self = this;
    return new IndicatorSource() {
      @Override
      public Optional<IndicatorReading> find(String iso3, String id) {
        return find(iso3, id, Optional.empty());
      }

      @Override
      public Optional<IndicatorReading> find(String iso3, String id, Optional<DueDiligence.Context> context) {
        Optional<IndicatorReading> v = self.find(iso3, id, context);
        return v.isPresent() ? v : other.find(iso3, id, context);
      }
    };
  }

  /** A source over a map: ISO3 to indicator id to value. */
  static IndicatorSource of(Map<String, Map<String, IndicatorReading>> values) {
    return (iso3, id) -> Optional.ofNullable(values.getOrDefault(iso3, Map.of()).get(id));
  }
}
