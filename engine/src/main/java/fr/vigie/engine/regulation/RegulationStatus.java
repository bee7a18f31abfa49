package fr.vigie.engine.regulation;

import java.util.Locale;

/** Where a text stands on a reference date. */
public enum RegulationStatus {
  /** Adopted and its obligations apply (to at least its first phase of companies). */
  IN_FORCE,
  /** Adopted, but no obligation applies yet on that date. */
  ADOPTED_NOT_APPLICABLE,
  /** Not adopted on that date. */
  PROPOSED,
  /** Guidance that binds nobody by itself. */
  VOLUNTARY;

  /** Lower-case id: {@code in_force}, {@code adopted_not_applicable}... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
