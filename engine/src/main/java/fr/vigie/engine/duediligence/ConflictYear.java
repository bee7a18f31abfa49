package fr.vigie.engine.duediligence;

import java.util.List;
import java.util.Objects;

/**
 * A year in which at least one state-based armed conflict of the UCDP/PRIO Armed Conflict Dataset
 * is located in a country (at least 25 battle-related deaths in the year, one party a government).
 *
 * @param iso3 the country
 * @param year the year
 * @param conflicts the number of conflicts located in the country that year
 * @param maxIntensity the highest intensity level: 1 (25-999 battle-related deaths), 2 (1,000 or
 *     more), of any of them
 * @param conflictIds the UCDP conflict ids
 * @param source catalog id of the dataset version
 */
public record ConflictYear(
    String iso3, int year, int conflicts, int maxIntensity, List<String> conflictIds, String source) {

  public ConflictYear {
    Objects.requireNonNull(iso3, "iso3");
    if (conflicts < 1) {
      throw new IllegalArgumentException("a conflict-year has at least one conflict, got " + conflicts);
    }
    if (maxIntensity < 1 || maxIntensity > 2) {
      throw new IllegalArgumentException("UCDP intensity is 1 or 2, got " + maxIntensity);
    }
    conflictIds = List.copyOf(conflictIds);
    Objects.requireNonNull(source, "source");
  }

  /** Whether the year reached war intensity (1,000 or more battle-related deaths). */
  public boolean war() {
    return maxIntensity == 2;
  }
}
