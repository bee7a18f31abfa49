package fr.vigie.engine.oecd;

import fr.vigie.engine.kernel.Labelled;
import fr.vigie.engine.regulation.profile.ChainPosition;

/**
 * The guidance's two sides of a mineral supply chain, split at the smelters and refiners: upstream
 * (mine to smelter or refiner, included) and downstream (after the smelter or refiner). Some
 * sub-steps differ between them (Step 1.C, Step 2, Step 4).
 */
public enum Side implements Labelled {
  UPSTREAM("upstream"),
  DOWNSTREAM("downstream");

  private final String id;

  Side(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String kind() {
    return "oecd_side";
  }

  /**
   * The side of a company's position in a filiere's chain: upstream when it sources from mines (a
   * refiner or smelter, a mine operator), downstream otherwise (a manufacturer, a trader or
   * importer of metals or products).
   */
  public static Side of(ChainPosition position) {
    return position.sourcesFromMines() ? UPSTREAM : DOWNSTREAM;
  }

  public static Side fromId(String text) {
    return Labelled.parse(Side.class, text, "oecd_side");
  }
}
