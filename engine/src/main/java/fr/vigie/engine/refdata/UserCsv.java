package fr.vigie.engine.refdata;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.kernel.VigieException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CSV files users bring to the risk engine (custom indicators, import quantities), read with
 * the project's CSV reader. Every problem names the file, and the line where there is one.
 */
public final class UserCsv {
  private UserCsv() {}

  /** Reads a file; refuses a missing file, a missing column and a file without data lines. */
  public static Csv.Table read(Path file, String... columns) {
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
  public static Country country(Csv.Row row, Countries countries) {
    String name = row.required("country");
    return countries.find(name).orElseThrow(() -> row.error("unknown country '" + name + "'"));
  }
}
