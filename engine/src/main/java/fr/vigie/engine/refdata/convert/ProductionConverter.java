package fr.vigie.engine.refdata.convert;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.refdata.RefDataFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the raw production files (USGS MCS 2025, IEA GCMO 2024, EU CRM 2023 appendix, World Mining
 * Data) into {@code production.csv} and {@code eu-trade-factors.csv}, for the raw series listed in
 * the hand-maintained {@code production-series.csv}.
 */
final class ProductionConverter {
  static final String USGS = "production/usgs_mcs2025_world_production.csv";
  static final String IEA = "production/iea_gcmo2024_supply_by_country_base_case.csv";
  static final String EU = "production/eu_crm2023_global_supply_shares.csv";
  static final String WMD = "production/world_mining_data_production_2018_2022.csv";

  /** Year recorded for the EU study's shares: the end of its multi-year reference period. */
  static final int EU_YEAR = 2020;
  /** Share recorded for the EU study's "<0.1%": the middle of the interval. */
  static final double EU_BELOW_0_1_PERCENT = 0.0005;
  /** A printed world total further than this from the sum of the rows is reported. */
  static final double WORLD_TOTAL_NOTE = 0.05;

  private record Mapping(String mineral, Stage stage, String fit, String series) {}

  private record MapKey(String source, String material, String stage) {}

  /** One series being built: country values or shares, with the unattributed part. */
  private static final class Series {
    final String mineral;
    final Stage stage;
    final String source;
    final int year;
    final String series;
    final String unit;
    final String fit;
    final Map<String, double[]> entries = new LinkedHashMap<>(); // iso3 -> {value or NaN, share}
    double otherValue;
    double otherShare;
    boolean hasValues = true;

    Series(Mapping m, String source, int year, String series, String unit) {
      this.mineral = m.mineral();
      this.stage = m.stage();
      this.source = source;
      this.year = year;
      this.series = series;
      this.unit = unit;
      this.fit = m.fit();
    }
  }

  private final Countries countries;
  private final ConversionReport report;
  private final Map<MapKey, Mapping> mappings = new LinkedHashMap<>();
  private final Set<MapKey> used = new HashSet<>();
  private final List<Series> series = new ArrayList<>();
  private final List<List<String>> tradeFactors = new ArrayList<>();

  ProductionConverter(Countries countries, Csv.Table mappingTable, ConversionReport report) {
    this.countries = countries;
    this.report = report;
    mappingTable.requireColumns("source", "raw_material", "raw_stage", "mineral", "stage", "fit", "series");
    for (Csv.Row r : mappingTable.rows()) {
      MapKey k = new MapKey(r.required("source"), r.required("raw_material"), r.get("raw_stage"));
      Stage stage;
      try {
        stage = Stage.fromId(r.required("stage"));
      } catch (ProblemException e) {
        throw r.placed("stage", e);
      }
      String fit = r.required("fit");
      if (!fit.equals("exact") && !fit.equals("proxy")) {
        throw r.problem("fit", "refdata.bad_fit", "fit", fit);
      }
      if (mappings.put(k, new Mapping(r.required("mineral"), stage, fit, r.required("series"))) != null) {
        throw r.problem(null, "refdata.raw_series_twice", k.source() + "/" + k.material() + "/" + k.stage());
      }
    }
  }

  private Mapping mapping(String source, String material, String stage) {
    MapKey k = new MapKey(source, material, stage);
    Mapping m = mappings.get(k);
    if (m != null) {
      used.add(k);
    }
    return m;
  }

  void convert(RawFiles raw) {
    usgs(raw.table(USGS));
    iea(raw.table(IEA));
    eu(raw.table(EU));
    wmd(raw.table(WMD));
    mappings.keySet().stream()
        .filter(k -> !used.contains(k))
        .forEach(
            k ->
                report.note(
                    RefDataFiles.PRODUCTION_SERIES + " maps " + k.source() + " '" + k.material() + "' "
                        + k.stage() + " but the raw file has no such series"));
  }

  // ---- USGS: one series per commodity, measure and year; shares of the sum of the listed rows

  private void usgs(Csv.Table t) {
    t.requireColumns("commodity", "measure", "unit", "country", "value_2023", "value_2024e");
    Map<String, Series> open = new LinkedHashMap<>();
    Map<String, Double> printedTotal = new HashMap<>();
    Map<String, Csv.Row> firstRow = new HashMap<>();
    for (Csv.Row r : t.rows()) {
      Mapping m = mapping("usgs-mcs-2025", r.required("commodity"), r.required("measure"));
      if (m == null) {
        continue;
      }
      for (int year : new int[] {2023, 2024}) {
        String column = year == 2023 ? "value_2023" : "value_2024e";
        String key = r.get("commodity") + "|" + r.get("measure") + "|" + year;
        firstRow.putIfAbsent(key, r);
        Series s =
            open.computeIfAbsent(
                key,
                k ->
                    new Series(
                        m, "usgs-mcs-2025", year,
                        year == 2024 ? m.series() + " (estimated)" : m.series(), r.required("unit")));
        String text = r.get(column);
        Double value = usgsNumber(r, column, text);
        String country = r.required("country");
        if (country.startsWith("World total")) {
          if (value != null) {
            printedTotal.put(key, value);
          }
        } else if (value == null || value == 0) {
          // "W" withheld or "—" zero: nothing to attribute
        } else if (country.equals("Other countries") || country.equals("Other")) {
          s.otherValue += value;
        } else {
          addCountry(s, r, "country", value, USGS);
        }
      }
    }
    open.forEach(
        (key, s) -> {
          double sum = sharesFromValues(s);
          Double printed = printedTotal.get(key);
          if (printed != null && sum > 0 && Math.abs(sum / printed - 1) > WORLD_TOTAL_NOTE) {
            report.note(
                String.format(
                    Locale.ROOT, "USGS %s %d: listed rows add up to %s, printed world total %s",
                    s.mineral, s.year, Numbers.format(sum, 3), Numbers.format(printed, 3)));
          }
          if (sum > 0) {
            series.add(s);
          }
        });
  }

  private static Double usgsNumber(Csv.Row r, String column, String text) {
    if (text.equals("W") || text.equals("—") || text.equals("-") || text.isEmpty() || text.equals("NA")) {
      return null;
    }
    try {
      return Double.parseDouble(text.replace(",", ""));
    } catch (NumberFormatException e) {
      throw r.problem(column, "refdata.bad_usgs_number", column, text);
    }
  }

  // ---- IEA: 2023 values; shares of the printed total

  private void iea(Csv.Table t) {
    t.requireColumns("mineral", "stage", "country", "year", "value_kt");
    Map<String, Series> open = new LinkedHashMap<>();
    Map<String, Double> totals = new HashMap<>();
    Map<String, Csv.Row> first = new HashMap<>();
    for (Csv.Row r : t.rows()) {
      if (r.integer("year") != 2023) {
        continue; // projections are not shipped
      }
      Mapping m = mapping("iea-gcmo-2024", r.required("mineral"), r.required("stage"));
      if (m == null) {
        continue;
      }
      String key = r.get("mineral") + "|" + r.get("stage");
      first.putIfAbsent(key, r);
      Series s = open.computeIfAbsent(key, k -> new Series(m, "iea-gcmo-2024", 2023, m.series(), "kt"));
      double value = r.number("value_kt");
      String country = r.required("country");
      if (country.startsWith("Total")) {
        totals.put(key, value);
      } else if (value == 0) {
        continue;
      } else if (country.equals("Rest of world")) {
        s.otherValue += value;
      } else {
        addCountry(s, r, "country", value, IEA);
      }
    }
    open.forEach(
        (key, s) -> {
          Double total = totals.get(key);
          if (total == null || total <= 0) {
            throw first.get(key).problem(null, "refdata.iea_no_total", String.valueOf(key));
          }
          s.entries.values().forEach(e -> e[1] = e[0] / total);
          // the unattributed part is the total minus the countries: in some series the printed
          // "Rest of world" also contains a listed country (nickel mining: Australia)
          double countriesSum = s.entries.values().stream().mapToDouble(e -> e[0]).sum();
          double rest = Math.max(0, total - countriesSum);
          if (Math.abs(rest - s.otherValue) > 0.005 * total) {
            report.note(
                String.format(
                    Locale.ROOT,
                    "IEA %s %s: printed 'Rest of world' %s differs from total minus countries %s; the latter is used",
                    s.mineral, s.stage.id(), Numbers.format(s.otherValue, 1), Numbers.format(rest, 1)));
          }
          s.otherValue = rest;
          s.otherShare = rest / total;
          series.add(s);
        });
  }

  // ---- EU CRM 2023: shares as published, year 2020, trade factor t

  private void eu(Csv.Table t) {
    t.requireColumns("Material", "Stage", "Country", "Share", "t");
    Map<String, Series> open = new LinkedHashMap<>();
    for (Csv.Row r : t.rows()) {
      Mapping m = mapping("eu-crm-2023", r.required("Material"), r.required("Stage"));
      if (m == null) {
        continue;
      }
      String key = r.get("Material") + "|" + r.get("Stage");
      Series s = open.computeIfAbsent(key, k -> new Series(m, "eu-crm-2023", EU_YEAR, m.series(), "share"));
      s.hasValues = false;
      double share = euShare(r);
      double tf = r.number("t");
      RawCountries.Resolution res = RawCountries.resolve(countries, r, "Country");
      switch (res) {
        case RawCountries.Resolved c -> {
          double[] e = s.entries.get(c.country().alpha3());
          if (e != null) {
            throw r.problem("Country", "refdata.second_spelling", "Country", r.get("Country"), c.country().alpha3());
          }
          s.entries.put(c.country().alpha3(), new double[] {Double.NaN, share});
          tradeFactors.add(
              List.of(m.mineral(), m.stage().id(), c.country().alpha3(), Numbers.format(tf, 3), "eu-crm-2023"));
        }
        case RawCountries.NoIsoEntry n -> {
          s.otherShare += share;
          report.dropped(EU, n.text());
        }
      }
    }
    open.values().forEach(
        s -> {
          double sum = s.entries.values().stream().mapToDouble(e -> e[1]).sum() + s.otherShare;
          if (sum < 1) {
            s.otherShare += 1 - sum; // the study's unlisted remainder
          }
          series.add(s);
        });
  }

  private static double euShare(Csv.Row r) {
    String text = r.required("Share");
    if (text.equals("<0.1%")) {
      return EU_BELOW_0_1_PERCENT;
    }
    if (!text.endsWith("%")) {
      throw r.problem("Share", "refdata.bad_percentage", "Share", text);
    }
    try {
      double v = Double.parseDouble(text.substring(0, text.length() - 1)) / 100;
      if (v < 0 || v > 1) {
        throw r.problem("Share", "refdata.percentage_range", "Share", text);
      }
      return v;
    } catch (NumberFormatException e) {
      throw r.problem("Share", "refdata.bad_percentage", "Share", text);
    }
  }

  // ---- World Mining Data: latest year of each commodity; shares of the sum of countries

  private void wmd(Csv.Table t) {
    t.requireColumns("commodity", "country", "iso3", "year", "value", "unit");
    Map<String, Integer> latest = new HashMap<>();
    for (Csv.Row r : t.rows()) {
      if (mappings.containsKey(new MapKey("wmd-2024", r.required("commodity"), ""))) {
        latest.merge(r.get("commodity"), r.integer("year"), Math::max);
      }
    }
    Map<String, Series> open = new LinkedHashMap<>();
    for (Csv.Row r : t.rows()) {
      String commodity = r.required("commodity");
      Integer year = latest.get(commodity);
      if (year == null || r.integer("year") != year) {
        continue;
      }
      Mapping m = mapping("wmd-2024", commodity, "");
      String unit = r.required("unit").equals("metr. t") ? "t" : r.get("unit");
      Series s = open.computeIfAbsent(commodity, k -> new Series(m, "wmd-2024", year, m.series(), unit));
      double value = r.number("value");
      if (value == 0) {
        continue;
      }
      // by name: the file's iso3 column has errors (French Guiana coded GUY, Kosovo R20, Taiwan S19)
      countries.find(r.get("country")).ifPresent(
          c -> {
            if (!c.alpha3().equals(r.get("iso3"))) {
              report.note(WMD + ":" + r.line() + ": '" + r.get("country") + "' read as " + c.alpha3()
                  + " (the file's iso3 column says " + r.get("iso3") + ")");
            }
          });
      addCountry(s, r, "country", value, WMD);
    }
    open.values().forEach(
        s -> {
          if (sharesFromValues(s) > 0) {
            series.add(s);
          }
        });
  }

  // ---- shared steps

  private void addCountry(Series s, Csv.Row r, String column, double value, String file) {
    switch (RawCountries.resolve(countries, r, column)) {
      case RawCountries.Resolved c -> {
        String iso3 = c.country().alpha3();
        if (s.entries.containsKey(iso3)) {
          throw r.problem(column, "refdata.second_row", column, r.get(column), iso3);
        }
        s.entries.put(iso3, new double[] {value, 0});
      }
      case RawCountries.NoIsoEntry n -> {
        s.otherValue += value;
        report.dropped(file, n.text());
      }
    }
  }

  /** Shares of the sum of the values (countries plus other); returns that sum. */
  private static double sharesFromValues(Series s) {
    double sum = s.entries.values().stream().mapToDouble(e -> e[0]).sum() + s.otherValue;
    if (sum > 0) {
      s.entries.values().forEach(e -> e[1] = e[0] / sum);
      s.otherShare = s.otherValue / sum;
    }
    return sum;
  }

  /** The lines of production.csv, header first, in a stable order. */
  List<String> productionCsv() {
    List<String> out = new ArrayList<>();
    out.add(Csv.line(List.of("mineral", "stage", "source", "year", "series", "unit", "fit", "iso3", "value", "share")));
    List<Series> sorted = new ArrayList<>(series);
    sorted.sort(
        Comparator.comparing((Series s) -> s.mineral)
            .thenComparing(s -> s.stage)
            .thenComparing(s -> s.source)
            .thenComparingInt(s -> s.year)
            .thenComparing(s -> s.series));
    for (Series s : sorted) {
      List<Map.Entry<String, double[]>> entries = new ArrayList<>(s.entries.entrySet());
      entries.sort(
          Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[1]).reversed()
              .thenComparing(Map.Entry::getKey));
      for (Map.Entry<String, double[]> e : entries) {
        out.add(row(s, e.getKey(), e.getValue()[0], e.getValue()[1]));
      }
      if (s.otherShare > 0.0000005) {
        out.add(row(s, RefDataFiles.OTHER, s.hasValues ? s.otherValue : Double.NaN, s.otherShare));
      }
    }
    return out;
  }

  private static String row(Series s, String iso3, double value, double share) {
    return Csv.line(
        List.of(
            s.mineral, s.stage.id(), s.source, String.valueOf(s.year), s.series, s.unit, s.fit, iso3,
            Double.isNaN(value) || !s.hasValues ? "" : Numbers.format(value, 3), Numbers.share(share)));
  }

  /** The lines of eu-trade-factors.csv, header first, sorted. */
  List<String> tradeFactorsCsv() {
    List<String> out = new ArrayList<>();
    out.add(Csv.line(List.of("mineral", "stage", "iso3", "t", "source")));
    tradeFactors.stream()
        .sorted(
            Comparator.comparing((List<String> l) -> l.get(0))
                .thenComparing(l -> Stage.fromId(l.get(1)))
                .thenComparing(l -> l.get(2)))
        .forEach(l -> out.add(Csv.line(l)));
    return out;
  }
}
