package fr.vigie.engine.duediligence;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A country on the EU indicative list of conflict-affected and high-risk areas (Regulation (EU)
 * 2017/821), as a whole or by region.
 *
 * @param iso3 the country
 * @param wholeCountry the whole country is designated (then {@code regions} is empty)
 * @param regions the designated regions
 * @param source catalog id of the list edition
 * @param asOf the date of the list's report
 */
public record CahraListing(
    String iso3, boolean wholeCountry, List<CahraRegion> regions, String source, LocalDate asOf) {

  public CahraListing {
    Objects.requireNonNull(iso3, "iso3");
    regions = List.copyOf(regions);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
  }

  /** Whether at least one designated region (or the whole country) is conflict-affected. */
  public boolean anyConflictAffected() {
    return wholeCountry || regions.stream().anyMatch(CahraRegion::conflictAffected);
  }

  /** Whether a region (ISO 3166-2 code, any case) is designated: always true for a whole country. */
  public boolean covers(String regionCode) {
    if (wholeCountry) {
      return true;
    }
    String code = regionCode.strip().toUpperCase(Locale.ROOT);
    return regions.stream().anyMatch(r -> r.code().equals(code));
  }
}
