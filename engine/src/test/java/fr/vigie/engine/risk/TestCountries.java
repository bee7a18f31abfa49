package fr.vigie.engine.risk;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import java.util.List;
import java.util.Map;

/** A handful of countries for tests that must not depend on the reference data. */
public final class TestCountries {
  private TestCountries() {}

  public static Countries small() {
    return new Countries(
        List.of(
            new Country("CD", "COD", 180, fr.vigie.engine.kernel.Names.of("en", "Congo - Kinshasa", "fr", "Congo-Kinshasa"), "Africa", "Middle Africa", false),
            new Country("CN", "CHN", 156, fr.vigie.engine.kernel.Names.of("en", "China", "fr", "Chine"), "Asia", "Eastern Asia", false),
            new Country("AU", "AUS", 36, fr.vigie.engine.kernel.Names.of("en", "Australia", "fr", "Australie"), "Oceania", "", false),
            new Country("FR", "FRA", 250, fr.vigie.engine.kernel.Names.of("en", "France", "fr", "France"), "Europe", "Western Europe", true),
            new Country("DE", "DEU", 276, fr.vigie.engine.kernel.Names.of("en", "Germany", "fr", "Allemagne"), "Europe", "Western Europe", true),
            new Country("CL", "CHL", 152, fr.vigie.engine.kernel.Names.of("en", "Chile", "fr", "Chili"), "Americas", "South America", false)),
        Map.of("Congo, D.R.", "COD"));
  }
}
