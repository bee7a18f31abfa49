package fr.vigie.engine.regulation.profile;

import fr.vigie.engine.mineral.MineralId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The company's position in the chain: one for every filiere, and the filieres where it differs
 * (a car maker that also smelts its own tungsten scrap, a trader that runs a mine).
 *
 * @param company the position for every filiere not listed ({@code downstream_manufacturer} when
 *     the profile does not say)
 * @param byFiliere the filieres whose position differs
 */
public record ChainPositions(ChainPosition company, Map<MineralId, ChainPosition> byFiliere) {
  public ChainPositions {
    Objects.requireNonNull(company, "company");
    byFiliere = Collections.unmodifiableMap(new LinkedHashMap<>(byFiliere));
  }

  /** The default: a downstream manufacturer for every filiere. */
  public static ChainPositions downstream() {
    return new ChainPositions(ChainPosition.DOWNSTREAM_MANUFACTURER, Map.of());
  }

  /** The position of the company in one filiere. */
  public ChainPosition of(MineralId material) {
    return byFiliere.getOrDefault(material, company);
  }
}
