package fr.vigie.engine.risk;

import java.util.Objects;

/**
 * A country's raw value of one indicator with its year and source, as the risk engine reads it
 * (from the reference data, {@link fr.vigie.engine.indicator.IndicatorValue} plus the source of
 * its definition, or from a user's CSV).
 *
 * @param value the raw value on the indicator's own scale
 * @param year the year the value describes (0 when unknown)
 * @param source the dataset it comes from, e.g. {@code World Bank WGI 2024 update}
 */
public record IndicatorReading(double value, int year, String source) {
  public IndicatorReading {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("indicator value must be finite, got " + value);
    }
    Objects.requireNonNull(source, "source");
  }
}
