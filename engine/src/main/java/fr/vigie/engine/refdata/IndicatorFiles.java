package fr.vigie.engine.refdata;

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

/** Reads and validates {@code indicator-definitions.csv} and {@code indicator-values.csv}. */
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
        throw r.error("scale_min", "must be below scale_max");
      }
      IndicatorDefinition d =
          new IndicatorDefinition(
              id, LanguageColumns.names(definitions, r, "name"),
              ValueChainFiles.parse(r, "category", RiskCategory::fromId),
              ValueChainFiles.parse(r, "orientation", Orientation::fromId), min, max, r.bool("bounded"),
              ProductionFiles.year(r), CatalogFiles.source(r, "source", catalog),
              r.required("licence"), r.required("description"));
      if (byId.put(id, d) != null) {
        throw r.error("id", "'" + id + "' is listed twice");
      }
      defs.add(d);
    }
    Map<String, Map<String, IndicatorValue>> values = new LinkedHashMap<>();
    for (Csv.Row r : source.table(VALUES).requireColumns("indicator", "iso3", "year", "value").rows()) {
      String id = r.required("indicator");
      IndicatorDefinition d = byId.get(id);
      if (d == null) {
        throw r.error("indicator", "names unknown indicator '" + id + "' (not in " + DEFINITIONS + ")");
      }
      String iso3 = ProductionFiles.alpha3(r, countries);
      int year = ProductionFiles.year(r);
      if (year > d.year()) {
        throw r.error("year", year + " is after the indicator's year " + d.year() + " in " + DEFINITIONS);
      }
      double v = r.number("value");
      double slack = d.bounded() ? 0 : d.scaleMax() - d.scaleMin(); // nominal scales: gross errors only
      if (v < d.scaleMin() - slack || v > d.scaleMax() + slack) {
        throw r.error(
            "value", v + " is outside the scale of " + id + " [" + d.scaleMin() + ", " + d.scaleMax() + "]");
      }
      if (values.computeIfAbsent(id, k -> new HashMap<>()).put(iso3, new IndicatorValue(v, year)) != null) {
        throw r.error("value of " + id + " for " + iso3 + " is listed twice");
      }
    }
    return new Indicators(defs, values);
  }
}
