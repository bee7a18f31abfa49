package fr.vigie.engine.kernel;

/** The study's three risk categories. */
public enum RiskCategory implements Labelled {
  ENVIRONMENTAL("environmental"),
  HUMAN_RIGHTS("human_rights"),
  SOCIO_ECONOMIC_POLITICAL("socio_economic_political");

  private final String id;

  RiskCategory(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String kind() {
    return "risk_category";
  }

  /** Parses an id such as {@code human_rights}; see {@link Labelled#parse}. */
  public static RiskCategory fromId(String text) {
    return Labelled.parse(RiskCategory.class, text, "risk category");
  }
}
