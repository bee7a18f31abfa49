package fr.vigie.engine.declaration.consolidate;

import fr.vigie.engine.mineral.MineralId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One smelter of the consolidated list.
 *
 * @param smelterId normalised id, when any supplier (or the known list) gave one
 * @param country ISO alpha-3, when known
 * @param suppliers the suppliers that reported it, sorted
 * @param rows how many smelter rows, over all files, were merged into this entry
 * @param known whether the id is in the known-smelter list (user CSV or learned)
 */
public record ConsolidatedSmelter(
    MineralId metal, Optional<String> smelterId, String name, Optional<String> country, List<String> suppliers,
    int rows, boolean known) {
  public ConsolidatedSmelter {
    Objects.requireNonNull(metal);
    Objects.requireNonNull(smelterId);
    Objects.requireNonNull(name);
    Objects.requireNonNull(country);
    suppliers = List.copyOf(suppliers);
  }
}
