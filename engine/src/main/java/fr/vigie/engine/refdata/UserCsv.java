package fr.vigie.engine.refdata;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.io.Csv;
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
      throw new ProblemException(Problem.error("io.file_not_found").at(file.toString(), null));
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ProblemException(
          Problem.error("io.unreadable", FileReason.of(file, e)).at(file.toString(), null), e);
    }
    Csv.Table table = Csv.parse(file.toString(), text).requireColumns(columns);
    if (table.rows().isEmpty()) {
      throw new ProblemException(Problem.error("csv.no_data").at(file.toString(), null));
    }
    return table;
  }

  /** Resolves the row's {@code country} cell (ISO code, name or alias), or fails naming the row. */
  public static Country country(Csv.Row row, Countries countries) {
    String name = row.required("country");
    return countries.find(name).orElseThrow(() -> row.problem("country", "csv.unknown_country", name));
  }
}
