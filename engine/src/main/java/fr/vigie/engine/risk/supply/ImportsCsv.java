package fr.vigie.engine.risk.supply;

import fr.vigie.engine.VigieException;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.risk.CsvRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an importer's quantities by origin: {@code country,quantity_t}, the country as ISO code
 * or name. A missing file, a wrong header, an unknown country, or a quantity that is negative or
 * not a number is refused with file and line. The same origin on several lines is summed.
 */
public final class ImportsCsv {
  private ImportsCsv() {}

  public static List<GeoPolRisk.Import> read(Path file, Countries countries) {
    if (!Files.isRegularFile(file)) {
      throw new VigieException("imports file not found: " + file);
    }
    CsvRows csv = CsvRows.read(file, List.of("country", "quantity_t"), List.of());
    Map<String, Double> byOrigin = new LinkedHashMap<>();
    for (CsvRows.Row row : csv.rows()) {
      String name = row.cell(0);
      if (name.isEmpty()) {
        throw new VigieException(file + ":" + row.line() + ": country is empty");
      }
      Country c = countries.find(name).orElseThrow(() -> new VigieException(
          file + ":" + row.line() + ": unknown country '" + name + "'"));
      double q = csv.number(row, "quantity_t");
      if (q < 0) {
        throw new VigieException(file + ":" + row.line() + ": quantity_t " + row.cell(1)
            + " for " + c.alpha3() + " is negative");
      }
      byOrigin.merge(c.alpha3(), q, Double::sum);
    }
    List<GeoPolRisk.Import> out = new ArrayList<>();
    byOrigin.forEach((iso, q) -> out.add(new GeoPolRisk.Import(iso, q)));
    return List.copyOf(out);
  }
}
