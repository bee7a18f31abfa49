package fr.vigie.engine.solution;

import fr.vigie.engine.kernel.Labelled;

/**
 * When a solution can take effect: short term (within a year), medium term (one to three years),
 * long term (beyond three years), as in the study's figure.
 */
public enum Horizon implements Labelled {
  SHORT("short", "Short term", "Court terme"),
  MEDIUM("medium", "Medium term", "Moyen terme"),
  LONG("long", "Long term", "Long terme");

  private final String id;
  private final String nameEn;
  private final String nameFr;

  Horizon(String id, String nameEn, String nameFr) {
    this.id = id;
    this.nameEn = nameEn;
    this.nameFr = nameFr;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String nameEn() {
    return nameEn;
  }

  @Override
  public String nameFr() {
    return nameFr;
  }

  /** Parses an id such as {@code short}; see {@link Labelled#parse}. */
  public static Horizon fromId(String text) {
    return Labelled.parse(Horizon.class, text, "horizon");
  }
}
