package fr.vigie.engine.production;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A country's share of world output in one production series.
 *
 * @param alpha3 ISO 3166-1 alpha-3 code
 * @param share share of world output, 0-1
 * @param value the country's output in the series' unit, when the source gives it (the EU study
 *     gives shares only)
 */
public record CountryShare(String alpha3, double share, OptionalDouble value) {
  public CountryShare {
    Objects.requireNonNull(alpha3, "alpha3");
    Objects.requireNonNull(value, "value");
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in [0,1]: " + share);
    }
  }
}
