package fr.vigie.engine.risk;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.refdata.UserCsv;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a custom indicator file {@code country,value[,year]} (country as ISO code or name) into an
 * {@link IndicatorSource}. A country that cannot be resolved, a value that is not a number, a year
 * that is not a plausible year, or a country listed twice is refused with file and line.
 */
final class IndicatorCsv {
  private IndicatorCsv() {}

  /** Values of one custom indicator by ISO alpha-3. */
  public static Map<String, IndicatorReading> read(CustomIndicator indicator, Countries countries) {
    Csv.Table csv = UserCsv.read(indicator.file(), "country", "value");
    boolean hasYear = csv.header().contains("year");
    Map<String, IndicatorReading> out = new HashMap<>();
    for (Csv.Row row : csv.rows()) {
      Country c = UserCsv.country(row, countries);
      double value = row.number("value");
      int year = indicator.year();
      if (hasYear && !row.get("year").isEmpty()) {
        year = row.integer("year");
        if (year < 1900 || year > 2100) {
          throw row.problem("year", "csv.implausible_year", "year", Integer.toString(year));
        }
      }
      if (out.put(c.alpha3(), new IndicatorReading(value, year, indicator.source())) != null) {
        throw row.problem("country", "csv.country_twice", c.alpha3());
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The methodology's custom indicators as a source (read now), to put in front of the reference
   * data's source with {@link IndicatorSource#orElse}.
   */
  public static IndicatorSource source(Methodology methodology, Countries countries) {
    Map<String, Map<String, IndicatorReading>> byIndicator = new HashMap<>();
    for (CustomIndicator ci : methodology.customIndicators()) {
      byIndicator.put(ci.id(), read(ci, countries));
    }
    return (iso3, id) -> Optional.ofNullable(byIndicator.getOrDefault(id, Map.of()).get(iso3));
  }
}
