package fr.vigie.engine.duediligence;

import java.util.Objects;

/**
 * A sub-national region of the EU indicative CAHRA list.
 *
 * @param code ISO 3166-2 code, e.g. {@code CD-NK}
 * @param name the region's name as the list gives it
 * @param conflictAffected flagged conflict-affected
 * @param highRisk flagged high-risk
 */
public record CahraRegion(String code, String name, boolean conflictAffected, boolean highRisk) {
  public CahraRegion {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
