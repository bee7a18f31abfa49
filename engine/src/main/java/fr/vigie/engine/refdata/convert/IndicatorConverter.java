package fr.vigie.engine.refdata.convert;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.io.Csv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the raw indicator files into {@code indicator-values.csv}: for each indicator and country,
 * the value of the latest year that has one (missing stays missing); for the six WGI estimates also
 * every year from {@value #SERIES_FROM} on, so that year-specific measures (GeoPolRisk, HHI_WGI,t,
 * country risk of a year) use the values of their year.
 */
final class IndicatorConverter {
  static final String WGI = "indicators/wgi_1996_2023.csv";
  static final String EPI = "indicators/epi_2010_2022.csv";
  static final String NDGAIN = "indicators/ndgain_vulnerability_1995_2022.csv";
  static final String FSI = "indicators/fragile_states_index_2006_2023.csv";
  static final String FH = "indicators/freedom_house_fiw_2013_2024.csv";

  /** Output order of the indicators (the order of indicator-definitions.csv). */
  static final List<String> IDS =
      List.of(
          "epi", "ndgain_vulnerability", "wgi_va", "wgi_pv", "wgi_ge", "wgi_rq", "wgi_rl", "wgi_cc",
          "fh_pr", "fh_cl", "fh_total", "fsi_total", "fsi_p3");

  /** The first year shipped for the indicators kept as a series. */
  static final int SERIES_FROM = 2015;

  /** The indicators shipped as a series of years (the latest only for the others). */
  static final java.util.Set<String> SERIES =
      java.util.Set.of("wgi_va", "wgi_pv", "wgi_ge", "wgi_rq", "wgi_rl", "wgi_cc");

  private record Latest(int year, double value, Csv.Row row) {}

  private final Countries countries;
  private final ConversionReport report;
  /** indicator id -> alpha-3 -> latest value. */
  private final Map<String, Map<String, Latest>> latest = new HashMap<>();
  /** indicator id -> alpha-3 -> year -> value, for the {@link #SERIES} indicators from {@link #SERIES_FROM}. */
  private final Map<String, Map<String, TreeMap<Integer, Latest>>> series = new HashMap<>();

  IndicatorConverter(Countries countries, ConversionReport report) {
    this.countries = countries;
    this.report = report;
  }

  void convert(RawFiles raw) {
    wgi(raw.table(WGI));
    epi(raw.table(EPI));
    ndgain(raw.table(NDGAIN));
    fsi(raw.table(FSI));
    fh(raw.table(FH));
  }

  private void wgi(Csv.Table t) {
    t.requireColumns("code", "year", "indicator", "estimate");
    for (Csv.Row r : t.rows()) {
      String est = r.get("estimate");
      if (est.equals("..") || est.isEmpty()) {
        continue;
      }
      String ind = r.required("indicator");
      if (!List.of("va", "pv", "ge", "rq", "rl", "cc").contains(ind)) {
        throw r.problem("indicator", "refdata.unknown_wgi", "indicator", ind);
      }
      put("wgi_" + ind, r, "code", r.integer("year"), r.number("estimate"), WGI);
    }
  }

  private void epi(Csv.Table t) {
    t.requireColumns("year", "iso", "EPI.new");
    for (Csv.Row r : t.rows()) {
      if (!r.get("EPI.new").isEmpty()) {
        put("epi", r, "iso", r.integer("year"), r.number("EPI.new"), EPI);
      }
    }
  }

  private void ndgain(Csv.Table t) {
    t.requireColumns("ISO3");
    List<String> years = t.header().stream().filter(h -> h.matches("\\d{4}")).toList();
    for (Csv.Row r : t.rows()) {
      for (String y : years) {
        String v = r.get(y);
        if (!v.isEmpty() && !v.equals("NA")) {
          put("ndgain_vulnerability", r, "ISO3", Integer.parseInt(y), r.number(y), NDGAIN);
        }
      }
    }
  }

  private void fsi(Csv.Table t) {
    t.requireColumns("iso3", "year", "total", "P3");
    for (Csv.Row r : t.rows()) {
      int year = r.integer("year");
      if (!missing(r.get("total"))) {
        put("fsi_total", r, "iso3", year, r.number("total"), FSI);
      }
      if (!missing(r.get("P3"))) {
        put("fsi_p3", r, "iso3", year, r.number("P3"), FSI);
      }
    }
  }

  private void fh(Csv.Table t) {
    t.requireColumns("Country/Territory", "Edition", "PR rating", "CL rating", "Total");
    for (Csv.Row r : t.rows()) {
      int year = r.integer("Edition");
      for (String[] col : new String[][] {{"fh_pr", "PR rating"}, {"fh_cl", "CL rating"}, {"fh_total", "Total"}}) {
        if (!missing(r.get(col[1]))) {
          put(col[0], r, "Country/Territory", year, r.number(col[1]), FH);
        }
      }
    }
  }

  private static boolean missing(String v) {
    return v.isEmpty() || v.equals("NA") || v.equals("N/A") || v.equals("..") || v.equals("-");
  }

  private void put(String id, Csv.Row r, String column, int year, double value, String file) {
    switch (RawCountries.resolve(countries, r, column)) {
      case RawCountries.Resolved c -> {
        Map<String, Latest> m = latest.computeIfAbsent(id, k -> new HashMap<>());
        String iso3 = c.country().alpha3();
        Latest old = m.get(iso3);
        if (old != null && old.year() == year) {
          throw r.problem(column, "refdata.second_indicator_value", column, id, iso3, year, old.row().line());
        }
        if (SERIES.contains(id) && year >= SERIES_FROM) {
          Latest same = series.computeIfAbsent(id, k -> new HashMap<>())
              .computeIfAbsent(iso3, k -> new TreeMap<>()).put(year, new Latest(year, value, r));
          if (same != null) {
            throw r.problem(column, "refdata.second_indicator_value", column, id, iso3, year, same.row().line());
          }
        }
        if (old == null || old.year() < year) {
          m.put(iso3, new Latest(year, value, r));
        }
      }
      case RawCountries.NoIsoEntry n -> report.dropped(file, n.text());
    }
  }

  /**
   * The lines of indicator-values.csv, header first: indicators in definition order, then alpha-3,
   * then year (a series indicator: every year from {@link #SERIES_FROM}, and the latest value when
   * it is older).
   */
  List<String> valuesCsv() {
    List<String> out = new ArrayList<>();
    out.add(Csv.line(List.of("indicator", "iso3", "year", "value")));
    for (String id : IDS) {
      Map<String, TreeMap<Integer, Latest>> years = series.getOrDefault(id, Map.of());
      new TreeMap<>(latest.getOrDefault(id, Map.of()))
          .forEach(
              (iso3, l) -> {
                java.util.Collection<Latest> rows = years.containsKey(iso3) ? years.get(iso3).values() : List.of(l);
                for (Latest y : rows) {
                  out.add(Csv.line(List.of(id, iso3, String.valueOf(y.year()), Numbers.format(y.value(), 6))));
                }
              });
    }
    return out;
  }
}
