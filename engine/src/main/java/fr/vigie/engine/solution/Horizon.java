package fr.vigie.engine.solution;

import fr.vigie.engine.kernel.Labelled;

/**
 * When a solution can take effect: short term (within a year), medium term (one to three years),
 * long term (beyond three years), as in the study's figure.
 */
public enum Horizon implements Labelled {
  SHORT("short"),
  MEDIUM("medium"),
  LONG("long");

  private final String id;

  Horizon(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String kind() {
    return "horizon";
  }

  /** Parses an id such as {@code short}; see {@link Labelled#parse}. */
  public static Horizon fromId(String text) {
    return Labelled.parse(Horizon.class, text, "horizon");
  }
}
