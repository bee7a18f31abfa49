package fr.vigie.engine.regulation.profile;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the regulation rules need to know about countries: whether an ISO alpha-2 code exists and
 * whether it is an EU member state. {@link #builtIn()} checks the code's form only and knows the
 * 27 member states; {@link #of(Countries)} uses the full country registry once it is loaded.
 */
public interface CountryDirectory {

  /**
   * The normalised (upper-case) alpha-2 code of a country given by its code (or, for a directory
   * backed by the registry, its name), or empty when {@code code} is not a known country.
   */
  Optional<String> alpha2(String code);

  /** Whether the (normalised) alpha-2 code is an EU member state. */
  boolean isEuMember(String alpha2);

  /** EU member states (ISO 3166-1 alpha-2; Greece is GR, not EL), as of 2026. */
  Set<String> EU_MEMBERS =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  /** Accepts any two-letter code; EU membership from the built-in list. */
  static CountryDirectory builtIn() {
    return new CountryDirectory() {
      @Override
      public Optional<String> alpha2(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        return c.matches("[A-Z]{2}") ? Optional.of(c) : Optional.empty();
      }

      @Override
      public boolean isEuMember(String alpha2) {
        return EU_MEMBERS.contains(alpha2);
      }
    };
  }

  /**
   * Backed by the country registry: ISO alpha-2 codes of listed countries, and the countries' names
   * in the registry's languages (English and French: "France", "Allemagne", "Côte d'Ivoire") and
   * alpha-3 codes, each answered with its alpha-2 code. A two-letter text is only ever a code.
   */
  static CountryDirectory of(Countries countries) {
    return new CountryDirectory() {
      @Override
      public Optional<String> alpha2(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{2}")) {
          return countries.find(code.strip()).map(Country::alpha2);
        }
        return countries.find(c).map(Country::alpha2).filter(c::equals);
      }

      @Override
      public boolean isEuMember(String alpha2) {
        return countries.find(alpha2).map(Country::euMember).orElse(false);
      }
    };
  }
}
