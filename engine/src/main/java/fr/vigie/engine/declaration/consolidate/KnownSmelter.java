package fr.vigie.engine.declaration.consolidate;

import fr.vigie.engine.mineral.MineralId;
import java.util.Objects;

/**
 * A smelter or refiner whose identity is known: id {@code CID} + 6 digits, metal, name, country
 * (ISO alpha-3).
 */
public record KnownSmelter(String smelterId, MineralId metal, String name, String country) {
  public KnownSmelter {
    Objects.requireNonNull(smelterId);
    Objects.requireNonNull(metal);
    Objects.requireNonNull(name);
    Objects.requireNonNull(country);
    if (!smelterId.matches("CID\\d{6}")) {
      throw new IllegalArgumentException("bad smelter id " + smelterId);
    }
  }
}
