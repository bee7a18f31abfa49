package fr.vigie.engine.risk;

import java.util.Objects;

/**
 * A country's share of a stage's world output (or of an importer's supply).
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param share share as a fraction in [0,1]
 */
public record CountryShare(String iso3, double share) {
  public CountryShare {
    Objects.requireNonNull(iso3, "iso3");
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException("share of " + iso3 + " must be in [0,1], got " + share);
    }
  }
}
