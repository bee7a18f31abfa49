package fr.vigie.engine.regulation.profile;

import fr.vigie.engine.kernel.Labelled;

/**
 * Where a company stands in a mineral's value chain: what it buys and so where it can act. A
 * downstream manufacturer or a trader buys parts, components or metal from suppliers and acts
 * through them; a refiner or smelter buys ores and concentrates and can act at the mines it sources
 * from; a mine operator acts on its own sites. Read from the profile's {@code position} and {@code
 * position_by_filiere} (docs/company-profile.md).
 */
public enum ChainPosition implements Labelled {
  DOWNSTREAM_MANUFACTURER("downstream_manufacturer"),
  TRADER_IMPORTER("trader_importer"),
  REFINER_SMELTER("refiner_smelter"),
  MINE_OPERATOR("mine_operator");

  private final String id;

  ChainPosition(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String kind() {
    return "chain_position";
  }

  /**
   * Whether the company buys from mines (or runs them): site programmes at the mines are its own
   * action, not something it supports through suppliers.
   */
  public boolean sourcesFromMines() {
    return this == REFINER_SMELTER || this == MINE_OPERATOR;
  }

  /** Parses an id such as {@code trader_importer}; see {@link Labelled#parse}. */
  public static ChainPosition fromId(String text) {
    return Labelled.parse(ChainPosition.class, text, "chain_position");
  }
}
