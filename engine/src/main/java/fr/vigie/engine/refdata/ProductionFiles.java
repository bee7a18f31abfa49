package fr.vigie.engine.refdata;

import fr.vigie.engine.io.Csv;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.mineral.Minerals;
import fr.vigie.engine.production.CountryShare;
import fr.vigie.engine.production.Production;
import fr.vigie.engine.production.ProductionSeries;
import fr.vigie.engine.production.SeriesFit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads and validates {@code production.csv} and {@code eu-trade-factors.csv}. */
final class ProductionFiles {
  static final String PRODUCTION = "production.csv";
  static final String TRADE_FACTORS = "eu-trade-factors.csv";
  static final String SERIES_NAMES = "production-series-names.csv";

  /** The code of the share a source does not attribute to a country. */
  static final String OTHER = "OTHER";

  /**
   * Shares of one series (countries plus OTHER) must add up to 1 within this tolerance: the
   * sources round each share (the EU appendix to 0.1 point, with "<0.1%" read as 0.05%), so
   * their published shares add up to between about 0.98 and 1.02.
   */
  static final double SUM_TOLERANCE = 0.03;

  private ProductionFiles() {}

  private record Key(MineralId mineral, Stage stage, String source, int year, String series) {}

  private static final class Builder {
    final Csv.Row first;
    final String unit;
    final SeriesFit fit;
    final List<CountryShare> countries = new ArrayList<>();
    final Set<String> seen = new HashSet<>();
    double other;

    Builder(Csv.Row first, String unit, SeriesFit fit) {
      this.first = first;
      this.unit = unit;
      this.fit = fit;
    }
  }

  static Production load(RefSource source, Minerals minerals, Countries countries, DataCatalog catalog) {
    Csv.Table t =
        source
            .table(PRODUCTION)
            .requireColumns(
                "mineral", "stage", "source", "year", "series", "unit", "fit", "iso3", "value", "share");
    Map<Key, Builder> builders = new LinkedHashMap<>();
    for (Csv.Row r : t.rows()) {
      MineralId mineral = ValueChainFiles.knownMineral(r, "mineral", minerals);
      Stage stage = ValueChainFiles.parse(r, "stage", Stage::fromId);
      String src = CatalogFiles.source(r, "source", catalog);
      int year = year(r);
      String series = r.required("series");
      String unit = r.required("unit");
      SeriesFit fit = ValueChainFiles.parse(r, "fit", SeriesFit::fromId);
      Key key = new Key(mineral, stage, src, year, series);
      Builder b = builders.computeIfAbsent(key, k -> new Builder(r, unit, fit));
      if (!b.unit.equals(unit) || b.fit != fit) {
        throw r.problem(null, "refdata.series_inconsistent", b.first.line());
      }
      double share = r.number("share");
      if (share < 0 || share > 1) {
        throw r.problem("share", "refdata.share_range", "share", share);
      }
      OptionalDouble value = OptionalDouble.empty();
      if (!r.get("value").isEmpty()) {
        double v = r.number("value");
        if (v < 0) {
          throw r.problem("value", "refdata.negative", "value", v);
        }
        value = OptionalDouble.of(v);
      }
      String iso3 = r.required("iso3");
      if (!b.seen.add(iso3)) {
        throw r.problem("iso3", "refdata.country_twice_in_series", "iso3", iso3);
      }
      if (iso3.equals(OTHER)) {
        b.other = share;
      } else {
        b.countries.add(new CountryShare(alpha3(r, countries), share, value));
      }
    }
    List<ProductionSeries> all = new ArrayList<>();
    builders.forEach(
        (k, b) -> {
          ProductionSeries s =
              new ProductionSeries(
                  k.mineral(), k.stage(), k.source(), k.year(), k.series(), b.unit, b.fit,
                  b.countries, b.other);
          double total = s.total();
          if (Math.abs(total - 1) > SUM_TOLERANCE) {
            throw b.first.problem(
                null, "refdata.shares_sum",
                String.format(
                    Locale.ROOT, "%s/%s/%s/%d/'%s'", k.mineral(), k.stage().id(), k.source(), k.year(), k.series()),
                total, SUM_TOLERANCE);
          }
          all.add(s);
        });

    List<Production.TradeFactor> factors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Csv.Row r :
        source.table(TRADE_FACTORS).requireColumns("mineral", "stage", "iso3", "t", "source").rows()) {
      MineralId mineral = ValueChainFiles.knownMineral(r, "mineral", minerals);
      Stage stage = ValueChainFiles.parse(r, "stage", Stage::fromId);
      String iso3 = alpha3(r, countries);
      CatalogFiles.source(r, "source", catalog);
      double tf = r.number("t");
      if (tf <= 0 || tf > 5) {
        throw r.problem("t", "refdata.trade_factor_range", "t", tf);
      }
      if (!seen.add(mineral + "/" + stage + "/" + iso3)) {
        throw r.problem(null, "refdata.trade_factor_twice", mineral + "/" + stage.id() + "/" + iso3);
      }
      factors.add(new Production.TradeFactor(mineral, stage, iso3, tf));
    }
    return new Production(all, factors);
  }

  /**
   * The names of the production series per language ({@code production-series-names.csv}: {@code
   * series}, {@code name_en}, {@code name_fr} and any other {@code name_<language>}), by series.
   */
  static Map<String, fr.vigie.engine.kernel.Names> seriesNames(RefSource source) {
    Csv.Table t = source.table(SERIES_NAMES).requireColumns("series")
        .requireColumns(LanguageColumns.required("name"));
    Map<String, fr.vigie.engine.kernel.Names> out = new LinkedHashMap<>();
    for (Csv.Row r : t.rows()) {
      String series = r.required("series");
      if (out.put(series, LanguageColumns.names(t, r, "name")) != null) {
        throw r.problem("series", "refdata.series_named_twice", series);
      }
    }
    return out;
  }

  static int year(Csv.Row r) {
    int year = r.integer("year");
    if (year < 1990 || year > 2100) {
      throw r.problem("year", "csv.implausible_year", "year", String.valueOf(year));
    }
    return year;
  }

  /** An ISO alpha-3 code that must be in countries.csv exactly (curated files use codes only). */
  static String alpha3(Csv.Row r, Countries countries) {
    String iso3 = r.required("iso3");
    Country c = countries.find(iso3).orElse(null);
    if (c == null || !c.alpha3().equals(iso3)) {
      throw r.problem("iso3", "refdata.not_alpha3", "iso3", iso3, CountryFiles.COUNTRIES);
    }
    return iso3;
  }
}
