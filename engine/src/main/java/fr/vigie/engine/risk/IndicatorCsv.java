package fr.vigie.engine.risk;

import fr.vigie.engine.VigieException;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.refdata.Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a custom indicator file {@code country,value[,year]} (country as ISO code or name) into an
 * {@link IndicatorSource}. A country that cannot be resolved, a value that is not a number, a year
 * that is not a plausible year, or a country listed twice is refused with file and line.
 */
public final class IndicatorCsv {
  private IndicatorCsv() {}

  /**
   * Reads a CSV file a user brings (custom indicator, imports) with the project's CSV reader:
   * refuses a missing file, a missing column and a file without data lines, naming the file.
   */
  public static Csv.Table userTable(Path file, String... columns) {
    if (!Files.isRegularFile(file)) {
      throw new VigieException("file not found: " + file);
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new VigieException("cannot read " + file + ": " + e.getMessage(), e);
    }
    Csv.Table table = Csv.parse(file.toString(), text).requireColumns(columns);
    if (table.rows().isEmpty()) {
      throw new VigieException(file + ": no data line after the header");
    }
    return table;
  }

  /** Resolves the row's {@code country} cell (ISO code, name or alias), or fails naming the row. */
  public static Country userCountry(Csv.Row row, Countries countries) {
    String name = row.required("country");
    return countries.find(name).orElseThrow(() -> row.error("unknown country '" + name + "'"));
  }

  /** Values of one custom indicator by ISO alpha-3. */
  public static Map<String, IndicatorReading> read(CustomIndicator indicator, Countries countries) {
    Csv.Table csv = userTable(indicator.file(), "country", "value");
    boolean hasYear = csv.header().contains("year");
    Map<String, IndicatorReading> out = new HashMap<>();
    for (Csv.Row row : csv.rows()) {
      Country c = userCountry(row, countries);
      double value = row.number("value");
      int year = indicator.year();
      if (hasYear && !row.get("year").isEmpty()) {
        year = row.integer("year");
        if (year < 1900 || year > 2100) {
          throw row.error("year", "is not a plausible year: " + year);
        }
      }
      if (out.put(c.alpha3(), new IndicatorReading(value, year, indicator.source())) != null) {
        throw row.error("country " + c.alpha3() + " listed twice");
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
