package fr.vigie.engine.declaration.consolidate;

import fr.vigie.engine.mineral.MineralId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The consolidated smelter list of many declarations.
 *
 * @param smelters one entry per distinct smelter, sorted by metal then name
 * @param unidentifiedRows per metal, rows that named no smelter ("not yet identified", no id and
 *     no name): they cannot be merged and are counted here
 * @param files declaration files read
 * @param rejectedFiles files that could not be read
 */
public record Consolidation(
    List<ConsolidatedSmelter> smelters, Map<MineralId, Integer> unidentifiedRows, int files, int rejectedFiles) {
  public Consolidation {
    smelters = List.copyOf(smelters);
    unidentifiedRows = Map.copyOf(unidentifiedRows);
  }

  /**
   * Per metal, the countries of its smelters (count of distinct smelters, share among smelters of
   * known country), largest first. This is the declared refining footprint that replaces the world
   * average for the refining stage where suppliers' declarations cover a metal.
   */
  public Map<MineralId, List<CountryShare>> smelterCountriesByMetal() {
    Map<MineralId, Map<String, Long>> counts = smelters.stream()
        .filter(s -> s.country().isPresent())
        .collect(Collectors.groupingBy(ConsolidatedSmelter::metal, TreeMap::new,
            Collectors.groupingBy(s -> s.country().get(), TreeMap::new, Collectors.counting())));
    Map<MineralId, List<CountryShare>> out = new TreeMap<>();
    counts.forEach((metal, byCountry) -> {
      long total = byCountry.values().stream().mapToLong(Long::longValue).sum();
      List<CountryShare> shares = new ArrayList<>();
      byCountry.forEach((c, n) -> shares.add(new CountryShare(c, n.intValue(), (double) n / total)));
      shares.sort(Comparator.comparingInt(CountryShare::smelters).reversed().thenComparing(CountryShare::country));
      out.put(metal, List.copyOf(shares));
    });
    return out;
  }
}
