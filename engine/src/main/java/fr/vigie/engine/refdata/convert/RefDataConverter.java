package fr.vigie.engine.refdata.convert;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.refdata.RefDataFiles;
import fr.vigie.engine.refdata.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Regenerates the derived curated files ({@link RefDataFiles#DERIVED}) from the raw data folder,
 * deterministically (same input, same bytes). The hand-maintained files of the target folder
 * ({@code country-aliases.csv}, {@code production-series.csv}...) are read, never written.
 *
 * <p>All-or-nothing: the new files are written to a staging copy of the target folder, the whole
 * reference set is loaded and validated there, and only then are the derived files moved into the
 * target. A failure leaves the target untouched and names the raw file, line and problem.
 */
public final class RefDataConverter {
  private RefDataConverter() {}

  /**
   * @param rawDir the raw data folder (with countries/, production/, indicators/ and due-diligence/)
   * @param targetDir the curated folder (engine/src/main/resources/fr/vigie/engine/refdata)
   */
  public static ConversionReport convert(Path rawDir, Path targetDir) {
    if (!Files.isDirectory(rawDir)) {
      throw new ProblemException(Problem.error("refdata.raw_folder_not_found").at(rawDir.toString(), null));
    }
    if (!Files.isDirectory(targetDir)) {
      throw new ProblemException(Problem.error("refdata.curated_folder_not_found").at(targetDir.toString(), null));
    }
    RawFiles raw = new RawFiles(rawDir);
    ConversionReport report = new ConversionReport();
    Path staging = null;
    try {
      staging = Files.createTempDirectory("vigie-refdata-");
      copyAll(targetDir, staging);

      write(staging, RefDataFiles.COUNTRIES, RawCountries.countriesCsv(raw), report);
      Countries countries = RefDataFiles.loadCountries(staging);

      Csv.Table mapping = readTable(staging, RefDataFiles.PRODUCTION_SERIES);
      ProductionConverter production = new ProductionConverter(countries, mapping, report);
      production.convert(raw);
      write(staging, RefDataFiles.PRODUCTION, production.productionCsv(), report);
      write(staging, RefDataFiles.TRADE_FACTORS, production.tradeFactorsCsv(), report);

      IndicatorConverter indicators = new IndicatorConverter(countries, report);
      indicators.convert(raw);
      write(staging, RefDataFiles.INDICATOR_VALUES, indicators.valuesCsv(), report);

      DueDiligenceConverter dueDiligence = new DueDiligenceConverter(countries,
          readTable(staging, RefDataFiles.LABOUR_GOODS), readTable(staging, RefDataFiles.GLEDITSCH_WARD), report);
      dueDiligence.convert(raw);
      write(staging, RefDataFiles.LABOUR_FLAGS, dueDiligence.flagsCsv(), report);
      write(staging, RefDataFiles.CAHRA_EU, dueDiligence.cahraCsv(), report);
      write(staging, RefDataFiles.CONFLICT_YEARS, dueDiligence.conflictYearsCsv(), report);

      try {
        ReferenceData.load(staging); // validates the whole set before anything is replaced
      } catch (ProblemException e) {
        // the problems name the target folder (the staging copy is deleted), then say nothing was written
        List<Problem> problems = new ArrayList<>();
        for (Problem p : e.problems()) {
          problems.add(p.source() == null ? p
              : p.at(p.source().replace(staging.toString(), targetDir.toString()), p.line()));
        }
        problems.add(Problem.error("refdata.converted_invalid"));
        throw new ProblemException(problems, e);
      }

      for (String f : RefDataFiles.DERIVED) {
        Files.copy(staging.resolve(f), targetDir.resolve(f + ".tmp"), StandardCopyOption.REPLACE_EXISTING);
      }
      for (String f : RefDataFiles.DERIVED) {
        Files.move(
            targetDir.resolve(f + ".tmp"), targetDir.resolve(f),
            StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (staging != null) {
        deleteTree(staging);
      }
      for (String f : RefDataFiles.DERIVED) {
        try {
          Files.deleteIfExists(targetDir.resolve(f + ".tmp"));
        } catch (IOException ignored) {
          // best effort: a leftover .tmp file is never loaded
        }
      }
    }
  }

  private static Csv.Table readTable(Path dir, String name) throws IOException {
    Path p = dir.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new ProblemException(Problem.error("refdata.converter_input_not_found").at(p.toString(), null));
    }
    return Csv.parse(name, Files.readString(p, StandardCharsets.UTF_8));
  }

  private static void write(Path dir, String name, List<String> lines, ConversionReport report)
      throws IOException {
    Files.writeString(dir.resolve(name), String.join("", lines), StandardCharsets.UTF_8);
    report.written(name, lines.size() - 1);
  }

  private static void copyAll(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (f.getFileName().toString().endsWith(".csv")) {
          Files.copy(f, to.resolve(f.getFileName().toString()));
        }
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // temporary folder: best effort
    }
  }
}
