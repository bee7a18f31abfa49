package fr.vigie.engine.declaration;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.declaration.generate.SampleDeclarations;
import java.util.List;
import java.util.Map;

/** A small country registry built by hand for declaration tests (no reference data files). */
final class TestCountries {
  private TestCountries() {}

  static Countries registry() {
    List<Country> list = new java.util.ArrayList<>(SampleDeclarations.COUNTRIES.stream()
        .map(c -> new Country(c.alpha2(), c.alpha3(), c.numeric(), fr.vigie.engine.kernel.Names.of("en", plain(c.en()), "fr", c.fr()), "", "", c.alpha3().equals("DEU")))
        .toList());
    list.add(new Country("TZ", "TZA", 834, fr.vigie.engine.kernel.Names.of("en", "Tanzania", "fr", "Tanzanie"), "", "", false));
    list.add(new Country("TW", "TWN", 158, fr.vigie.engine.kernel.Names.of("en", "Taiwan", "fr", "Taïwan"), "", "", false));
    list.add(new Country("FR", "FRA", 250, fr.vigie.engine.kernel.Names.of("en", "France", "fr", "France"), "", "", true));
    return new Countries(list, Map.of(
        "United States of America", "USA", "Russian Federation", "RUS", "Republic of Korea", "KOR",
        "Democratic Republic of the Congo", "COD", "République démocratique du Congo", "COD"));
  }

  /** CLDR-style short names, as the real registry has them; RMI spellings come through aliases. */
  private static String plain(String en) {
    return switch (en) {
      case "United States of America" -> "United States";
      case "Russian Federation" -> "Russia";
      case "Korea, Republic of" -> "South Korea";
      case "Bolivia (Plurinational State of)" -> "Bolivia";
      case "Congo, Democratic Republic of the" -> "Congo - Kinshasa";
      default -> en;
    };
  }
}
