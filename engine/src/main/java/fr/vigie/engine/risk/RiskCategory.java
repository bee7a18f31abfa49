package fr.vigie.engine.risk;

import fr.vigie.engine.VigieException;
import java.util.Arrays;
import java.util.Locale;

/** The study's three risk categories. */
public enum RiskCategory {
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

  /** Stable identifier used in files and JSON, e.g. {@code human_rights}. */
  public String id() {
    return id;
  }

  public String nameEn() {
    return nameEn;
  }

  public String nameFr() {
    return nameFr;
  }

  public static RiskCategory fromId(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values())
        .filter(c -> c.id.equals(t))
        .findFirst()
        .orElseThrow(
            () ->
                new VigieException(
                    "unknown risk category '" + text + "' (expected one of "
                        + Arrays.stream(values()).map(RiskCategory::id).toList() + ")"));
  }
}
