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
            new Country("CD", "COD", 180, "Congo - Kinshasa", "Congo-Kinshasa", "Africa", "Middle Africa", false),
            new Country("CN", "CHN", 156, "China", "Chine", "Asia", "Eastern Asia", false),
            new Country("AU", "AUS", 36, "Australia", "Australie", "Oceania", "", false),
            new Country("FR", "FRA", 250, "France", "France", "Europe", "Western Europe", true),
            new Country("DE", "DEU", 276, "Germany", "Allemagne", "Europe", "Western Europe", true),
            new Country("CL", "CHL", 152, "Chile", "Chili", "Americas", "South America", false)),
        Map.of("Congo, D.R.", "COD"));
  }
}
