package fr.vigie.engine.declaration;

import fr.vigie.engine.mineral.MineralId;
import java.util.Objects;
import java.util.Optional;

/** One row of the Mine List sheet (EMRT 2.x, AMRT). Text fields trimmed, empty when blank. */
public record MineRow(
    int row,
    Optional<MineralId> metal,
    String metalText,
    String smelterName,
    String mineName,
    String mineId,
    String countryText,
    Optional<String> country,
    String comments) {
  public MineRow {
    Objects.requireNonNull(metal);
    Objects.requireNonNull(metalText);
    Objects.requireNonNull(smelterName);
    Objects.requireNonNull(mineName);
    Objects.requireNonNull(mineId);
    Objects.requireNonNull(countryText);
    Objects.requireNonNull(country);
    Objects.requireNonNull(comments);
  }
}
