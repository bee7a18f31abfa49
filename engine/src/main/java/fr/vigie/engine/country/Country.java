package fr.vigie.engine.country;

import fr.vigie.engine.kernel.CountryCode;
import fr.vigie.engine.kernel.Names;
import fr.vigie.engine.kernel.Term;
import java.util.Locale;
import java.util.Objects;

/**
 * A country or territory of ISO 3166-1.
 *
 * @param alpha2 ISO 3166-1 alpha-2 code, e.g. {@code CD}
 * @param alpha3 ISO 3166-1 alpha-3 code, e.g. {@code COD}
 * @param numeric ISO 3166-1 numeric code, e.g. 180
 * @param names short names per language (Unicode CLDR), English required
 * @param region UN M49 region name in English (e.g. {@code Africa}), empty when M49 gives none
 * @param subRegion UN M49 sub-region name in English, empty when M49 gives none
 * @param euMember whether the country is an EU member state
 */
public record Country(
    String alpha2,
    String alpha3,
    int numeric,
    Names names,
    String region,
    String subRegion,
    boolean euMember) {

  public Country {
    Objects.requireNonNull(alpha2, "alpha2");
    Objects.requireNonNull(alpha3, "alpha3");
    Objects.requireNonNull(names, "names");
    region = region == null ? "" : region;
    subRegion = subRegion == null ? "" : subRegion;
    if (!alpha2.matches("[A-Z]{2}") || !alpha3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("bad ISO codes " + alpha2 + "/" + alpha3);
    }
  }

  /** The short name in this language, else in English. */
  public String name(Locale locale) {
    return names.in(locale);
  }

  /** This country as a term ({@code country}/alpha-2), named from the reference data. */
  public Term term() {
    return Term.of(KIND, alpha2);
  }

  /** The ISO 3166-1 alpha-3 code as a typed id. */
  public CountryCode code() {
    return new CountryCode(alpha3);
  }

  /** The kind of country terms. */
  public static final String KIND = "country";
}
