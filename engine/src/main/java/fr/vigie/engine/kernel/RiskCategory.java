package fr.vigie.engine.kernel;

/** The study's three risk categories. */
public enum RiskCategory implements Labelled {
  ENVIRONMENTAL("environmental", "Environmental", "Environnemental"),
  HUMAN_RIGHTS("human_rights", "Human rights", "Droits humains"),
  SOCIO_ECONOMIC_POLITICAL(
      "socio_economic_political", "Socio-economic and political", "Socio-économique et politique");

  private final String id;
  private final String nameEn;
  private final String nameFr;

  RiskCategory(String id, String nameEn, String nameFr) {
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

  /** Parses an id such as {@code human_rights}; see {@link Labelled#parse}. */
  public static RiskCategory fromId(String text) {
    return Labelled.parse(RiskCategory.class, text, "risk category");
  }
}
