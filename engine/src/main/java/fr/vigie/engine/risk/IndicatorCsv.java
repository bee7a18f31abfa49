package fr.vigie.engine.risk;

import fr.vigie.engine.VigieException;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a custom indicator file {@code country,value[,year]} (country as ISO code or name) into an
 * {@link IndicatorSource}. A country that cannot be resolved, a value that is not a number, a year
 * that is not a plausible year, or a country listed twice is refused with file and line.
 */
public final class IndicatorCsv {
  private IndicatorCsv() {}

  /** Values of one custom indicator by ISO alpha-3. */
  public static Map<String, IndicatorValue> read(CustomIndicator indicator, Countries countries) {
    CsvRows csv = CsvRows.read(indicator.file(), List.of("country", "value"), List.of("year"));
    Map<String, IndicatorValue> out = new HashMap<>();
    for (CsvRows.Row row : csv.rows()) {
      String name = row.cell(0);
      Country c = countries.find(name).orElseThrow(() -> new VigieException(
          csv.file() + ":" + row.line() + ": unknown country '" + name + "'"));
      double value = csv.number(row, "value");
      int year = indicator.year();
      if (csv.has("year") && !row.cell(2).isEmpty()) {
        double y = csv.number(row, "year");
        if (y != Math.rint(y) || y < 1900 || y > 2100) {
          throw new VigieException(csv.file() + ":" + row.line() + ": year '" + row.cell(2) + "' is not a year");
        }
        year = (int) y;
      }
      if (out.put(c.alpha3(), new IndicatorValue(value, year, indicator.source())) != null) {
        throw new VigieException(csv.file() + ":" + row.line() + ": country " + c.alpha3() + " listed twice");
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The methodology's custom indicators as a source (read now), to put in front of the reference
   * data's source with {@link IndicatorSource#orElse}.
   */
  public static IndicatorSource source(Methodology methodology, Countries countries) {
    Map<String, Map<String, IndicatorValue>> byIndicator = new HashMap<>();
    for (CustomIndicator ci : methodology.customIndicators()) {
      byIndicator.put(ci.id(), read(ci, countries));
    }
    return (iso3, id) -> Optional.ofNullable(byIndicator.getOrDefault(id, Map.of()).get(iso3));
  }
}
