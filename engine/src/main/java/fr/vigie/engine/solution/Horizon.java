package fr.vigie.engine.solution;

import fr.vigie.engine.VigieException;
import java.util.Arrays;
import java.util.Locale;

/**
 * When a solution can take effect: short term (within a year), medium term (one to three years),
 * long term (beyond three years), as in the study's figure.
 */
public enum Horizon {
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

  public String id() {
    return id;
  }

  public String nameEn() {
    return nameEn;
  }

  public String nameFr() {
    return nameFr;
  }

  public static Horizon fromId(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(h -> h.id.equals(t))
        .findFirst()
        .orElseThrow(
            () -> new VigieException("unknown horizon '" + text + "' (expected short, medium or long)"));
  }
}
