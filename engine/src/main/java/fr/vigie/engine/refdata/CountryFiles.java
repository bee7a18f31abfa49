package fr.vigie.engine.refdata;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.kernel.VigieException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and validates {@code countries.csv} and {@code country-aliases.csv}. */
final class CountryFiles {
  static final String COUNTRIES = "countries.csv";
  static final String ALIASES = "country-aliases.csv";

  private CountryFiles() {}

  static Countries load(RefSource source) {
    Csv.Table table =
        source
            .table(COUNTRIES)
            .requireColumns(
                "alpha2", "alpha3", "numeric", "region", "sub_region",
                "eu_member")
            .requireColumns(LanguageColumns.required("name"));
    List<Country> countries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Csv.Row row : table.rows()) {
      String a2 = row.required("alpha2");
      String a3 = row.required("alpha3");
      if (!a2.matches("[A-Z]{2}")) {
        throw row.error("alpha2", "must be two upper-case letters, not '" + a2 + "'");
      }
      if (!a3.matches("[A-Z]{3}")) {
        throw row.error("alpha3", "must be three upper-case letters, not '" + a3 + "'");
      }
      int numeric = row.integer("numeric");
      if (numeric < 1 || numeric > 999) {
        throw row.error("numeric", "must be between 001 and 999, not " + numeric);
      }
      for (String code : List.of(a2, a3, String.valueOf(numeric))) {
        if (!seen.add(code)) {
          throw row.error("duplicate country code " + code);
        }
      }
      countries.add(
          new Country(
              a2, a3, numeric, LanguageColumns.names(table, row, "name"), row.get("region"),
              row.get("sub_region"), row.bool("eu_member")));
    }
    Set<String> known = new HashSet<>();
    countries.forEach(c -> known.add(c.alpha3()));

    Csv.Table aliasTable = source.table(ALIASES).requireColumns("alias", "iso3", "source", "note");
    Map<String, String> aliases = new LinkedHashMap<>();
    Map<String, String> withoutIso = new LinkedHashMap<>();
    Set<String> seenAliases = new HashSet<>();
    for (Csv.Row row : aliasTable.rows()) {
      String alias = row.required("alias");
      row.required("source");
      if (!seenAliases.add(alias.toUpperCase(java.util.Locale.ROOT))) {
        throw row.error("alias", "'" + alias + "' is listed twice");
      }
      String iso3 = row.get("iso3");
      if (iso3.isEmpty()) {
        withoutIso.put(alias, row.required("note"));
      } else if (!known.contains(iso3)) {
        throw row.error("iso3", "'" + iso3 + "' is not in " + COUNTRIES);
      } else {
        aliases.put(alias, iso3);
      }
    }
    try {
      return new Countries(countries, aliases, withoutIso);
    } catch (ProblemException e) {
      throw new VigieException(source.display(ALIASES) + ": " + e.getMessage(), e);
    }
  }
}
