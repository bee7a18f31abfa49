package fr.vigie.engine.kernel;

/** A graded risk level, from very low to very high, as the study reports them. */
public enum RiskLevel implements Labelled {
  VERY_LOW("very_low", "Very low", "Très faible"),
  LOW("low", "Low", "Faible"),
  MEDIUM("medium", "Medium", "Moyen"),
  HIGH("high", "High", "Élevé"),
  VERY_HIGH("very_high", "Very high", "Très élevé");

  private final String id;
  private final String nameEn;
  private final String nameFr;

  RiskLevel(String id, String nameEn, String nameFr) {
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

  /** Parses an id such as {@code very_high}; see {@link Labelled#parse}. */
  public static RiskLevel fromId(String text) {
    return Labelled.parse(RiskLevel.class, text, "risk level");
  }
}
