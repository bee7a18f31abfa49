package fr.vigie.engine.regulation.profile;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Employees by country (ISO alpha-2) and worldwide. A country absent from the map is unknown, not
 * zero; the worldwide figure, when given, bounds every country.
 */
public record Headcount(Map<String, Long> byCountry, Optional<Long> worldwide) {
  public Headcount {
    byCountry = java.util.Collections.unmodifiableMap(new TreeMap<>(byCountry));
    java.util.Objects.requireNonNull(worldwide, "worldwide");
  }

  public static Headcount unknown() {
    return new Headcount(Map.of(), Optional.empty());
  }

  public Optional<Long> in(String alpha2) {
    return Optional.ofNullable(byCountry.get(alpha2));
  }
}
