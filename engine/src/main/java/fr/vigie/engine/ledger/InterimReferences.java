package fr.vigie.engine.ledger;

import fr.vigie.engine.country.Country;
import fr.vigie.engine.mineral.MineralId;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Interim references for the command line until the curated mineral and country registries
 * ({@code fr.vigie.engine.refdata.ReferenceData}) are merged: minerals from a short built-in list
 * of ids with English and French names, countries from the JDK's ISO 3166 tables (codes and CLDR
 * names; numeric codes and regions are not filled). The one place to replace by
 * {@code LedgerReferences.of(minerals, ReferenceData.loadDefault().countries())}.
 */
public final class InterimReferences {
  private static final String[][] MINERALS = {
    {"aluminium", "Aluminium", "Aluminium", "aluminum", "bauxite"},
    {"antimony", "Antimony", "Antimoine"},
    {"chromium", "Chromium", "Chrome"},
    {"cobalt", "Cobalt", "Cobalt"},
    {"copper", "Copper", "Cuivre"},
    {"gallium", "Gallium", "Gallium"},
    {"germanium", "Germanium", "Germanium"},
    {"gold", "Gold", "Or"},
    {"indium", "Indium", "Indium"},
    {"lithium", "Lithium", "Lithium"},
    {"magnesium", "Magnesium", "Magnésium"},
    {"manganese", "Manganese", "Manganèse"},
    {"mica", "Mica", "Mica"},
    {"molybdenum", "Molybdenum", "Molybdène"},
    {"natural_graphite", "Natural graphite", "Graphite naturel", "graphite"},
    {"nickel", "Nickel", "Nickel"},
    {"niobium", "Niobium", "Niobium"},
    {"palladium", "Palladium", "Palladium"},
    {"platinum", "Platinum", "Platine"},
    {"rare_earths", "Rare earths", "Terres rares", "rare earth elements", "REE"},
    {"silicon", "Silicon", "Silicium"},
    {"silver", "Silver", "Argent"},
    {"tantalum", "Tantalum", "Tantale"},
    {"tin", "Tin", "Étain"},
    {"titanium", "Titanium", "Titane"},
    {"tungsten", "Tungsten", "Tungstène"},
    {"vanadium", "Vanadium", "Vanadium"},
    {"zinc", "Zinc", "Zinc"},
  };

  private InterimReferences() {}

  /** Built-in minerals and JDK countries. */
  public static LedgerReferences load() {
    Map<String, MineralId> minerals = new HashMap<>();
    for (String[] m : MINERALS) {
      MineralId id = new MineralId(m[0]);
      for (String name : m) {
        minerals.put(fold(name), id);
      }
    }
    Map<String, Country> countries = new HashMap<>();
    for (String a2 : Locale.getISOCountries()) {
      Locale l = Locale.of("", a2);
      Country c =
          new Country(a2, l.getISO3Country(), 0, l.getDisplayCountry(Locale.ENGLISH),
              l.getDisplayCountry(Locale.FRENCH), "", "", false);
      countries.put(fold(a2), c);
      countries.put(fold(c.alpha3()), c);
      countries.putIfAbsent(fold(c.nameEn()), c);
      countries.putIfAbsent(fold(c.nameFr()), c);
    }
    countries.put(fold("DRC"), countries.get(fold("CD")));
    countries.put(fold("Democratic Republic of the Congo"), countries.get(fold("CD")));
    countries.put(fold("UK"), countries.get(fold("GB")));
    return new LedgerReferences(
        text -> Optional.ofNullable(minerals.get(fold(text))),
        text -> Optional.ofNullable(countries.get(fold(text))));
  }

  private static String fold(String text) {
    String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
