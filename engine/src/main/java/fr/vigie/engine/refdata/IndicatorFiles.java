package fr.vigie.engine.refdata;

import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.indicator.IndicatorDefinition;
import fr.vigie.engine.indicator.IndicatorValue;
import fr.vigie.engine.indicator.Indicators;
import fr.vigie.engine.indicator.Orientation;
import fr.vigie.engine.kernel.RiskCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates {@code indicator-definitions.csv} and {@code indicator-values.csv}: one value
 * per indicator, country and year (a series ships several years of a country; its latest is the
 * current value).
 */
final class IndicatorFiles {
  static final String DEFINITIONS = "indicator-definitions.csv";
  static final String VALUES = "indicator-values.csv";

  private IndicatorFiles() {}

  static Indicators load(RefSource source, Countries countries, DataCatalog catalog) {
    List<IndicatorDefinition> defs = new ArrayList<>();
    Map<String, IndicatorDefinition> byId = new HashMap<>();
    Csv.Table definitions =
        source
            .table(DEFINITIONS)
            .requireColumns(
                "id", "category", "orientation", "scale_min", "scale_max",
                "bounded", "year", "source", "licence", "description")
            .requireColumns(LanguageColumns.required("name"));
    for (Csv.Row r : definitions.rows()) {
      String id = ValueChainFiles.slug(r, "id");
      double min = r.number("scale_min");
      double max = r.number("scale_max");
      if (!(min < max)) {
        throw r.problem("scale_min", "refdata.scale_order", "scale_min", "scale_max");
      }
      IndicatorDefinition d =
          new IndicatorDefinition(
              id, LanguageColumns.names(definitions, r, "name"),
              ValueChainFiles.parse(r, "category", RiskCategory::fromId),
              ValueChainFiles.parse(r, "orientation", Orientation::fromId), min, max, r.bool("bounded"),
              ProductionFiles.year(r), CatalogFiles.source(r, "source", catalog),
              r.required("licence"), r.required("description"));
      if (byId.put(id, d) != null) {
        throw r.problem("id", "refdata.listed_twice", "id", id);
      }
      defs.add(d);
    }
    Map<String, Map<String, List<IndicatorValue>>> values = new LinkedHashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Csv.Row r : source.table(VALUES).requireColumns("indicator", "iso3", "year", "value").rows()) {
      String id = r.required("indicator");
      IndicatorDefinition d = byId.get(id);
      if (d == null) {
        throw r.problem("indicator", "refdata.unknown_reference", "indicator", Text.of("refdata.kind.indicator"), id, DEFINITIONS);
      }
      String iso3 = ProductionFiles.alpha3(r, countries);
      int year = ProductionFiles.year(r);
      if (year > d.year()) {
        throw r.problem("year", "refdata.year_after_definition", "year", year, d.year(), DEFINITIONS);
      }
      double v = r.number("value");
      double slack = d.bounded() ? 0 : d.scaleMax() - d.scaleMin(); // nominal scales: gross errors only
      if (v < d.scaleMin() - slack || v > d.scaleMax() + slack) {
        throw r.problem("value", "refdata.outside_scale", "value", v, id, d.scaleMin(), d.scaleMax());
      }
      if (!seen.add(id + "|" + iso3 + "|" + year)) {
        throw r.problem(null, "refdata.value_twice", id, iso3 + " " + year);
      }
      values.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(iso3, k -> new ArrayList<>())
          .add(new IndicatorValue(v, year));
    }
    return Indicators.ofSeries(defs, values);
  }
}
