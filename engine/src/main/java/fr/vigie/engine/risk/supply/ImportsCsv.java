package fr.vigie.engine.risk.supply;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.refdata.UserCsv;
import fr.vigie.engine.refdata.UserCsv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an importer's quantities by origin: {@code country,quantity_t}, the country as ISO code
 * or name. A missing file, a missing column, an unknown country, or a quantity that is negative or
 * not a number is refused with file and line. The same origin on several lines is summed.
 */
public final class ImportsCsv {
  private ImportsCsv() {}

  public static List<GeoPolRisk.Import> read(Path file, Countries countries) {
    Csv.Table csv = UserCsv.read(file, "country", "quantity_t");
    Map<String, Double> byOrigin = new LinkedHashMap<>();
    for (Csv.Row row : csv.rows()) {
      Country c = UserCsv.country(row, countries);
      double q = row.number("quantity_t");
      if (q < 0) {
        throw row.problem("quantity_t", "csv.negative_quantity", "quantity_t", row.get("quantity_t"), c.alpha3());
      }
      byOrigin.merge(c.alpha3(), q, Double::sum);
    }
    List<GeoPolRisk.Import> out = new ArrayList<>();
    byOrigin.forEach((iso, q) -> out.add(new GeoPolRisk.Import(iso, q)));
    return List.copyOf(out);
  }
}
