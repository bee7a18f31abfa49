package fr.vigie.engine.refdata.convert;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.io.Csv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds {@code countries.csv} from the raw ISO/CLDR files, and resolves the country names and codes
 * found in the other raw files through the ISO list and the hand-maintained alias table.
 */
final class RawCountries {
  /** The 27 EU member states (ISO alpha-3), since 1 February 2020. */
  static final Set<String> EU_MEMBERS =
      Set.of(
          "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
          "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
          "SWE");

  static final String CODES = "countries/country-codes.csv";
  static final String NAMES_EN = "countries/country-names-en-cldr.csv";
  static final String NAMES_FR = "countries/country-names-fr-cldr.csv";

  /**
   * Names that replace CLDR's short forms where those are informal and unfit for a filed report
   * (CLDR's "Congo - Kinshasa"): alpha-2 to {English, French}. Source: UNTERM, the United Nations
   * terminology database (https://unterm.un.org), short names of the two Congos without their article;
   * the CLDR short forms stay findable through {@code country-aliases.csv}.
   */
  static final Map<String, List<String>> FORMAL_NAMES =
      Map.of(
          "CD", List.of("Democratic Republic of the Congo", "République démocratique du Congo"),
          "CG", List.of("Republic of the Congo", "République du Congo"));

  private RawCountries() {}

  /** The lines of {@code countries.csv} (header first), sorted by alpha-2 code. */
  static List<String> countriesCsv(RawFiles raw) {
    Map<String, String> en = names(raw.table(NAMES_EN));
    Map<String, String> fr = names(raw.table(NAMES_FR));
    Csv.Table codes =
        raw.table(CODES)
            .requireColumns(
                "ISO3166-1-Alpha-2", "ISO3166-1-Alpha-3", "ISO3166-1-numeric", "Region Name",
                "Sub-region Name");
    Map<String, String> lines = new TreeMap<>();
    for (Csv.Row r : codes.rows()) {
      String a2 = r.required("ISO3166-1-Alpha-2");
      String a3 = r.required("ISO3166-1-Alpha-3");
      int numeric = r.integer("ISO3166-1-numeric");
      List<String> formal = FORMAL_NAMES.get(a2);
      String english = formal != null ? formal.get(0) : en.get(a2);
      String french = formal != null ? formal.get(1) : fr.get(a2);
      if (english == null || french == null) {
        throw r.problem("ISO3166-1-Alpha-2", "refdata.no_cldr_name", "ISO3166-1-Alpha-2", a2, NAMES_EN, NAMES_FR);
      }
      if (lines.put(
              a2,
              Csv.line(
                  List.of(
                      a2, a3, String.format(java.util.Locale.ROOT, "%03d", numeric), english, french,
                      r.get("Region Name"), r.get("Sub-region Name"),
                      String.valueOf(EU_MEMBERS.contains(a3)))))
          != null) {
        throw r.problem("ISO3166-1-Alpha-2", "refdata.listed_twice", "ISO3166-1-Alpha-2", a2);
      }
    }
    List<String> out = new ArrayList<>();
    out.add(
        Csv.line(
            List.of(
                "alpha2", "alpha3", "numeric", "name" + "_en", "name" + "_fr", "region", "sub_region",
                "eu_member")));
    out.addAll(lines.values());
    return out;
  }

  private static Map<String, String> names(Csv.Table t) {
    t.requireColumns("id", "value");
    Map<String, String> m = new HashMap<>();
    for (Csv.Row r : t.rows()) {
      m.put(r.required("id"), r.required("value"));
    }
    return m;
  }

  /** The result of resolving a source's country text. */
  sealed interface Resolution permits Resolved, NoIsoEntry {}

  /** The text names an ISO country. */
  record Resolved(Country country) implements Resolution {}

  /** The text names a known entity without ISO entry (Kosovo, a territory); its values are dropped. */
  record NoIsoEntry(String text, String note) implements Resolution {}

  /**
   * Resolves a country text of a raw row; an unknown text fails naming the row and telling how to
   * fix it.
   */
  static Resolution resolve(Countries countries, Csv.Row row, String column) {
    String text = row.required(column);
    Optional<Country> c = countries.find(text);
    if (c.isPresent()) {
      return new Resolved(c.get());
    }
    Optional<String> note = countries.withoutIsoEntry(text);
    if (note.isPresent()) {
      return new NoIsoEntry(text, note.get());
    }
    throw row.problem(column, "refdata.unknown_raw_country", column, text);
  }
}
