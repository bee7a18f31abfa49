package fr.vigie.engine.declaration.consolidate;

import fr.vigie.engine.mineral.MineralId;
import java.util.Objects;
import java.util.Optional;

/**
 * One smelter or refiner of the RMI list the user loaded: id {@code CID} + 6 digits, metal, standard
 * name, country (ISO alpha-3) and RMAP status (absent when the list has no status column).
 */
public record ReferenceSmelter(String smelterId, MineralId metal, String name, String country,
    Optional<AuditStatus> status) {
  public ReferenceSmelter {
    Objects.requireNonNull(smelterId);
    Objects.requireNonNull(metal);
    Objects.requireNonNull(name);
    Objects.requireNonNull(country);
    Objects.requireNonNull(status);
  }
}
