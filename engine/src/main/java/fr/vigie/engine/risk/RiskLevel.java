package fr.vigie.engine.risk;

import fr.vigie.engine.VigieException;
import java.util.Arrays;
import java.util.Locale;

/** A graded risk level, from very low to very high, as the study reports them. */
public enum RiskLevel {
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

  public String id() {
    return id;
  }

  public String nameEn() {
    return nameEn;
  }

  public String nameFr() {
    return nameFr;
  }

  public static RiskLevel fromId(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return Arrays.stream(values())
        .filter(l -> l.id.equals(t))
        .findFirst()
        .orElseThrow(
            () ->
                new VigieException(
                    "unknown risk level '" + text + "' (expected one of "
                        + Arrays.stream(values()).map(RiskLevel::id).toList() + ")"));
  }
}
