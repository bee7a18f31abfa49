package fr.vigie.engine.kernel;

/** A graded risk level, from very low to very high, as the study reports them. */
public enum RiskLevel implements Labelled {
  VERY_LOW("very_low"),
  LOW("low"),
  MEDIUM("medium"),
  HIGH("high"),
  VERY_HIGH("very_high");

  private final String id;

  RiskLevel(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String kind() {
    return "risk_level";
  }

  /** Parses an id such as {@code very_high}; see {@link Labelled#parse}. */
  public static RiskLevel fromId(String text) {
    return Labelled.parse(RiskLevel.class, text, "risk level");
  }
}
