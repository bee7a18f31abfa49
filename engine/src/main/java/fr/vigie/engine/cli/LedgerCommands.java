package fr.vigie.engine.cli;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.ledger.ImportReport;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.ledger.LedgerField;
import fr.vigie.engine.ledger.LedgerImport;
import fr.vigie.engine.ledger.LedgerImporter;
import fr.vigie.engine.ledger.LedgerOptions;
import fr.vigie.engine.ledger.LedgerReferences;
import fr.vigie.engine.ledger.LineError;
import fr.vigie.engine.ledger.SyntheticLedger;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code vigie ledger check} and {@code vigie generate-ledger}. */
final class LedgerCommands {
  private LedgerCommands() {}

  @Command(
      name = "ledger",
      description = "Purchase ledgers: check a file before an assessment.",
      mixinStandardHelpOptions = true,
      subcommands = {Check.class})
  static final class LedgerCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Imports a purchase ledger (CSV or XLSX) and prints the import report and the per-filiere"
            + " aggregation. Exit code 2 when the file is refused.",
        "Columns (English or French headers): item/article, material/matière, mass_kg/masse_kg;"
            + " optional description, supplier/fournisseur, supplier_country/pays_fournisseur,"
            + " spend_eur/dépense_eur, origin_country/pays_origine, refiner_country/pays_affinage,"
            + " smelter_id/id_fonderie, recycled_share/part_recyclée, year/année."
      })
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the ledger (.csv, .tsv, .txt or .xlsx)")
    Path file;

    @Option(names = "--skip-invalid", description = "accept the valid lines and report the skipped ones")
    boolean skipInvalid;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Option(names = "--encoding", defaultValue = "utf-8", description = "utf-8 (default) or windows-1252")
    String encoding;

    @Option(names = "--map", paramLabel = "FIELD=HEADER,...",
        description = "headers of the file for fields it names otherwise, e.g. material=Metal,mass_kg=Qty")
    String mapping;

    @Option(names = "--sheet", description = "XLSX sheet to read (default: the first)")
    String sheet;

    @Option(names = "--max-size", defaultValue = "2G", description = "refuse larger files (e.g. 500M, 2G; default 2G)")
    String maxSize;

    @Option(names = "--max-errors", defaultValue = "100", description = "errors listed (all are counted)")
    int maxErrors;

    @Option(names = "--threads",
        description = "threads for CSV files of 32 MiB or more (default: processors, at most 4; 1 for one thread)")
    Integer threads;

    @Override
    public Integer call() {
      LedgerOptions options =
          LedgerOptions.defaults()
              .withEncoding(encoding)
              .withSkipInvalid(skipInvalid)
              .withMaxBytes(parseSize(maxSize))
              .withMaxListedErrors(maxErrors)
              .withMapping(LedgerOptions.parseMapping(mapping))
              .withSheet(sheet);
      LedgerImport result =
          new LedgerImporter(LedgerReferences.bundled())
              .withThreads(threads == null ? LedgerImporter.defaultThreads() : threads)
              .importFile(file, options);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(toJson(result)));
      } else {
        printText(result, out);
      }
      out.flush();
      return result instanceof LedgerImport.Accepted ? 0 : 2;
    }
  }

  @Command(
      name = "generate-ledger",
      mixinStandardHelpOptions = true,
      description = "Writes a deterministic synthetic purchase ledger (CSV) for tests and benchmarks.")
  static final class Generate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--lines", required = true, description = "number of data lines")
    long lines;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default 1)")
    long seed;

    @Option(names = "--out", description = "output file (default: standard output)")
    Path out;

    @Option(names = "--french", description = "French headers, ';' separator and decimal comma")
    boolean french;

    @Override
    public Integer call() throws IOException {
      if (out == null) {
        OutputStream o = new BufferedOutputStream(System.out, 1 << 16);
        SyntheticLedger.write(lines, seed, french, o);
        o.flush();
        return 0;
      }
      Path target = out.toAbsolutePath();
      Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
      try {
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
          SyntheticLedger.write(lines, seed, french, o);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      spec.commandLine().getErr().printf(Locale.ROOT, "vigie: wrote %,d lines to %s%n", lines, out);
      return 0;
    }
  }

  /** Parses {@code 2G}, {@code 500M}, {@code 64k} or a number of bytes. */
  static long parseSize(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replaceAll("I?B$", "");
    long unit = 1;
    if (!t.isEmpty() && "KMG".indexOf(t.charAt(t.length() - 1)) >= 0) {
      unit = 1L << (10 * ("KMG".indexOf(t.charAt(t.length() - 1)) + 1));
      t = t.substring(0, t.length() - 1);
    }
    try {
      long v = Long.parseLong(t.strip());
      if (v <= 0) {
        throw new NumberFormatException();
      }
      return Math.multiplyExact(v, unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new ProblemException(Problem.error("cli.bad_size", text));
    }
  }

  private static void printText(LedgerImport result, PrintWriter out) {
    ImportReport r = result.report();
    out.printf(Locale.ROOT, "%s: %s, %s%s, %,d data lines%n", r.source(), r.format(), r.encoding(),
        r.delimiter().isEmpty() ? "" : ", delimiter " + (r.delimiter().equals("\t") ? "tab" : "'" + r.delimiter() + "'"),
        r.dataLines());
    List<String> cols = new ArrayList<>();
    for (LedgerField f : LedgerField.values()) {
      if (r.columns().containsKey(f)) {
        String h = r.columns().get(f);
        cols.add(h.equals(f.id()) ? f.id() : f.id() + "='" + h + "'");
      }
    }
    out.println("columns: " + String.join(", ", cols));
    if (!r.ignoredColumns().isEmpty()) {
      out.println("ignored columns: " + String.join(", ", r.ignoredColumns()));
    }
    switch (result) {
      case LedgerImport.Rejected rej ->
          out.printf(Locale.ROOT, "REFUSED: %,d errors on %,d lines; nothing imported%s%n",
              r.errorCount(), r.invalidLines(), " (fix them, or use --skip-invalid to keep the valid lines)");
      case LedgerImport.Accepted acc ->
          out.printf(Locale.ROOT, "accepted: %,d lines%s%n", r.acceptedLines(),
              r.invalidLines() == 0 ? "" : String.format(Locale.ROOT, "; skipped %,d invalid lines (%,d errors)",
                  r.invalidLines(), r.errorCount()));
    }
    if (!r.errors().isEmpty()) {
      out.println(r.unlistedErrors() > 0
          ? String.format(Locale.ROOT, "errors (first %d of %,d):", r.errors().size(), r.errorCount())
          : "errors:");
      for (LineError e : r.errors()) {
        out.println("  " + e);
      }
    }
    if (result instanceof LedgerImport.Accepted a) {
      printFilieres(a.ledger(), out);
    }
  }

  private static void printFilieres(Ledger ledger, PrintWriter out) {
    out.println();
    out.printf(Locale.ROOT, "%-18s %10s %16s %16s %7s %8s %9s %9s  %s%n", "filiere", "lines", "mass_kg",
        "spend_eur", "origin", "refiner", "recycled", "suppliers", "top origin / refiner countries");
    for (FiliereAggregate f : ledger.filieres()) {
      out.printf(Locale.ROOT, "%-18s %,10d %,16.1f %,16.0f %6.1f%% %7.1f%% %8.1f%% %9d  %s / %s%n",
          f.material(), f.lines(), f.massKg(), f.spendEur(), 100 * f.originCoverage(),
          100 * f.refinerCoverage(), 100 * f.recycledShare(), f.suppliers(),
          top(f.massByOriginCountry(), f.massKg()), top(f.massByRefinerCountry(), f.massKg()));
    }
    out.printf(Locale.ROOT, "%-18s %,10d %,16.1f %,16.0f%n", "total", ledger.lines(), ledger.totalMassKg(),
        ledger.totalSpendEur());
    out.println("origin, refiner: share of the mass with a known mine / refining country (traceability"
        + " coverage); recycled: mass x recycled_share over the mass.");
  }

  private static String top(Map<Country, Double> byCountry, double total) {
    if (byCountry.isEmpty()) {
      return "-";
    }
    List<String> s = new ArrayList<>();
    for (Map.Entry<Country, Double> e : byCountry.entrySet()) {
      if (s.size() == 3) {
        break;
      }
      s.add(String.format(Locale.ROOT, "%s %.0f%%", e.getKey().alpha2(), 100 * e.getValue() / total));
    }
    return String.join(" ", s);
  }

  private static Map<String, Object> toJson(LedgerImport result) {
    ImportReport r = result.report();
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("source", r.source());
    report.put("format", r.format());
    report.put("encoding", r.encoding());
    report.put("delimiter", r.delimiter());
    Map<String, String> cols = new LinkedHashMap<>();
    for (LedgerField f : LedgerField.values()) {
      if (r.columns().containsKey(f)) {
        cols.put(f.id(), r.columns().get(f));
      }
    }
    report.put("columns", cols);
    report.put("ignored_columns", r.ignoredColumns());
    report.put("data_lines", r.dataLines());
    report.put("accepted_lines", r.acceptedLines());
    report.put("invalid_lines", r.invalidLines());
    report.put("error_count", r.errorCount());
    report.put("errors", r.errors().stream()
        .map(e -> Map.of("line", e.line(), "field", e.field(), "message", e.message())).toList());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("status", result instanceof LedgerImport.Accepted ? "accepted" : "refused");
    root.put("report", report);
    if (result instanceof LedgerImport.Accepted a) {
      Ledger l = a.ledger();
      root.put("lines", l.lines());
      root.put("mass_kg", l.totalMassKg());
      root.put("spend_eur", l.totalSpendEur());
      l.firstYear().ifPresent(y -> root.put("first_year", y));
      l.lastYear().ifPresent(y -> root.put("last_year", y));
      root.put("filieres", l.filieres().stream().map(LedgerCommands::filiere).toList());
    }
    return root;
  }

  private static Map<String, Object> filiere(FiliereAggregate f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("material", f.material().value());
    m.put("lines", f.lines());
    m.put("mass_kg", f.massKg());
    m.put("spend_eur", f.spendEur());
    m.put("mass_known_origin_kg", f.massKnownOriginKg());
    m.put("mass_known_refiner_kg", f.massKnownRefinerKg());
    m.put("mass_with_smelter_id_kg", f.massWithSmelterIdKg());
    m.put("recycled_mass_kg", f.recycledMassKg());
    m.put("origin_coverage", f.originCoverage());
    m.put("refiner_coverage", f.refinerCoverage());
    m.put("suppliers", f.suppliers());
    m.put("smelters", f.smelters());
    m.put("mass_by_origin_country", byAlpha3(f.massByOriginCountry()));
    m.put("mass_by_refiner_country", byAlpha3(f.massByRefinerCountry()));
    return m;
  }

  private static Map<String, Double> byAlpha3(Map<Country, Double> m) {
    Map<String, Double> out = new LinkedHashMap<>();
    m.forEach((c, v) -> out.put(c.alpha3(), v));
    return out;
  }
}
