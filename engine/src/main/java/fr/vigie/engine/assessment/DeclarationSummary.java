package fr.vigie.engine.assessment;

import fr.vigie.engine.mineral.MineralId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What supplier declarations say about where the company's metals are smelted or refined: per
 * mineral, the countries of the declared smelters with their shares (from the consolidated smelter
 * list of the declarations, {@code Consolidation.smelterCountriesByMetal()}). In an assessment the
 * declared mix replaces the world refining mix for the part of the mass whose refiner the ledger
 * does not give.
 *
 * @param source where the declarations were read from (folder name)
 * @param files declaration files read
 * @param smelterCountries per mineral, ISO alpha-3 to share of its smelters of known country (sum 1)
 * @param smelters the smelters and refiners reported, with their audit status when known
 */
public record DeclarationSummary(
    String source, int files, Map<MineralId, Map<String, Double>> smelterCountries, List<ReportedSmelter> smelters) {

  /** A summary without the reported smelters (their countries only). */
  public DeclarationSummary(String source, int files, Map<MineralId, Map<String, Double>> smelterCountries) {
    this(source, files, smelterCountries, List.of());
  }

  public DeclarationSummary {
    smelters = List.copyOf(smelters);
    Objects.requireNonNull(source, "source");
    Map<MineralId, Map<String, Double>> copy = new TreeMap<>();
    smelterCountries.forEach((m, c) -> {
      if (!c.isEmpty()) {
        copy.put(m, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(c)));
      }
    });
    smelterCountries = java.util.Collections.unmodifiableMap(copy);
  }

  /** The declared smelter countries of a mineral, empty when no declaration gives one. */
  public Map<String, Double> countries(MineralId material) {
    return smelterCountries.getOrDefault(material, Map.of());
  }

  /** Builds a summary from per-mineral lists of (alpha-3, share) pairs. */
  public static DeclarationSummary of(String source, int files, Map<MineralId, List<Map.Entry<String, Double>>> shares) {
    Map<MineralId, Map<String, Double>> m = new TreeMap<>();
    shares.forEach((k, v) -> {
      Map<String, Double> c = new LinkedHashMap<>();
      v.forEach(e -> c.merge(e.getKey(), e.getValue(), Double::sum));
      m.put(k, c);
    });
    return new DeclarationSummary(source, files, m);
  }

  /** The same summary with the reported smelters. */
  public DeclarationSummary withSmelters(List<ReportedSmelter> value) {
    return new DeclarationSummary(source, files, smelterCountries, value);
  }
}
