package fr.vigie.engine.refdata;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
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
        throw row.problem("alpha2", "refdata.bad_alpha2", "alpha2", a2);
      }
      if (!a3.matches("[A-Z]{3}")) {
        throw row.problem("alpha3", "refdata.bad_alpha3", "alpha3", a3);
      }
      int numeric = row.integer("numeric");
      if (numeric < 1 || numeric > 999) {
        throw row.problem("numeric", "refdata.bad_numeric", "numeric", numeric);
      }
      for (String code : List.of(a2, a3, String.valueOf(numeric))) {
        if (!seen.add(code)) {
          throw row.problem(null, "refdata.duplicate_country_code", code);
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
        throw row.problem("alias", "refdata.listed_twice", "alias", alias);
      }
      String iso3 = row.get("iso3");
      if (iso3.isEmpty()) {
        withoutIso.put(alias, row.required("note"));
      } else if (!known.contains(iso3)) {
        throw row.problem("iso3", "refdata.not_in_file", "iso3", iso3, COUNTRIES);
      } else {
        aliases.put(alias, iso3);
      }
    }
    try {
      return new Countries(countries, aliases, withoutIso);
    } catch (ProblemException e) {
      throw e.placed(source.display(ALIASES), null);
    }
  }
}
