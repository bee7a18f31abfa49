package fr.vigie.engine.cli;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.DeclarationResult;
import fr.vigie.engine.declaration.Severity;
import fr.vigie.engine.declaration.consolidate.ConsolidatedSmelter;
import fr.vigie.engine.declaration.consolidate.Consolidation;
import fr.vigie.engine.declaration.consolidate.ConsolidationExport;
import fr.vigie.engine.declaration.consolidate.CountryShare;
import fr.vigie.engine.declaration.consolidate.KnownSmelters;
import fr.vigie.engine.declaration.consolidate.SmelterConsolidator;
import fr.vigie.engine.declaration.generate.Language;
import fr.vigie.engine.declaration.generate.SampleDeclarations;
import fr.vigie.engine.declaration.generate.TemplateWriter;
import fr.vigie.engine.declaration.read.CountryResolver;
import fr.vigie.engine.declaration.read.Layout;
import fr.vigie.engine.declaration.read.Layouts;
import fr.vigie.engine.declaration.read.ReadLimits;
import fr.vigie.engine.declaration.validate.CahraList;
import fr.vigie.engine.declaration.validate.DeclarationBatch;
import fr.vigie.engine.declaration.validate.Declarations;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.refdata.ReferenceData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code vigie declarations read|consolidate|generate}: supplier CMRT/EMRT/AMRT files. */
@Command(name = "declarations", mixinStandardHelpOptions = true,
    description = "Supplier declarations (RMI CMRT, EMRT, AMRT): read and check, consolidate smelters, generate test files.",
    subcommands = {DeclarationsCommand.Read.class, DeclarationsCommand.Consolidate.class, DeclarationsCommand.Generate.class})
final class DeclarationsCommand implements Runnable {
  static {
    // POI logs through the Log4j API; without a provider it prints a warning on every run.
    if (System.getProperty("log4j2.statusLoggerLevel") == null) {
      System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }
  }

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The country registry the command line uses: the project's reference data. */
  static Countries countries() {
    return ReferenceData.loadDefault().countries();
  }

  /** Options shared by read and consolidate. */
  static class Inputs {
    @Option(names = "--cahra", paramLabel = "<name|csv>",
        description = "CAHRA list: eu-cahra (default: the EU indicative list), dodd-frank-1502 (DRC and adjoining countries) or a CSV file with an iso3 column.")
    String cahra;

    @Option(names = "--max-size", paramLabel = "<MB>", defaultValue = "20",
        description = "Refuse files larger than this many megabytes (default ${DEFAULT-VALUE}).")
    double maxSizeMb;

    Declarations declarations() {
      if (maxSizeMb <= 0) {
        throw new ProblemException(Problem.error("cli.size_not_positive").atPath("--max-size"));
      }
      CahraList list = cahra == null ? CahraList.loadDefault()
          : java.nio.file.Files.exists(Path.of(cahra)) ? CahraList.load(Path.of(cahra))
          : CahraList.named(cahra).orElseGet(() -> CahraList.load(Path.of(cahra)));
      return new Declarations(countries(), list,
          ReadLimits.DEFAULT.withMaxFileBytes((long) (maxSizeMb * 1024 * 1024)), Clock.systemUTC());
    }
  }

  @Command(name = "read", mixinStandardHelpOptions = true,
      description = "Read declaration files: template, version, company, findings, smelters.")
  static final class Read implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<file>", description = "CMRT, EMRT or AMRT files (.xlsx, .xls).")
    List<Path> files;

    @Option(names = "--json", description = "Print JSON (one array, one object per file).")
    boolean json;

    @Option(names = "--lang", paramLabel = "<en|fr>", defaultValue = "en",
        description = "Language of the findings' messages: en (default) or fr; JSON also gives every language.")
    String lang;

    @Option(names = "--fr", hidden = true, description = "Same as --lang fr (kept for existing scripts).")
    boolean french;

    @picocli.CommandLine.Mixin
    Inputs inputs = new Inputs();

    @Override
    public Integer call() {
      Declarations d = inputs.declarations();
      PrintWriter out = spec.commandLine().getOut();
      Messages messages = Lang.messages(french ? "fr" : lang);
      Map<String, Messages> languages = json ? JsonView.languages(messages) : Map.of();
      List<JsonView.FileJson> docs = new ArrayList<>();
      for (Path f : files) {
        DeclarationResult r = d.read(f);
        if (json) {
          docs.add(JsonView.file(r, messages, languages));
        } else {
          TextView.file(r, messages, out);
        }
      }
      if (json) {
        out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(docs));
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "consolidate", mixinStandardHelpOptions = true,
      description = "Read every declaration in a folder and merge their smelters into one list.")
  static final class Consolidate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<folder>")
    Path folder;

    @Option(names = "--out", paramLabel = "<file>", description = "Write the smelter list (.xlsx, .csv or .json).")
    Path out;

    @Option(names = "--smelters", paramLabel = "<csv>",
        description = "Known smelters (smelter_id,metal,name,country), e.g. your export of the RMI list.")
    Path smelters;

    @Option(names = "--save-smelters", paramLabel = "<csv>",
        description = "Write the known-smelter list, enriched with the smelters learned from the declarations.")
    Path saveSmelters;

    @Option(names = "--threads", defaultValue = "0", description = "Reader threads (default: number of processors).")
    int threads;

    @Option(names = "--lang", paramLabel = "<en|fr>", defaultValue = "en",
        description = "Language of the rejection reasons: en (default) or fr.")
    String lang;

    @picocli.CommandLine.Mixin
    Inputs inputs = new Inputs();

    @Override
    public Integer call() {
      PrintWriter w = spec.commandLine().getOut();
      Messages messages = Lang.messages(lang);
      List<Path> files = DeclarationBatch.files(folder);
      Countries countries = countries();
      KnownSmelters known = smelters == null ? KnownSmelters.empty()
          : KnownSmelters.load(smelters, new CountryResolver(countries));
      SmelterConsolidator consolidator = new SmelterConsolidator(known);
      ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
      java.util.concurrent.atomic.AtomicInteger withErrors = new java.util.concurrent.atomic.AtomicInteger();
      java.util.concurrent.atomic.AtomicInteger withFlags = new java.util.concurrent.atomic.AtomicInteger();
      Declarations d = inputs.declarations();
      long start = System.nanoTime();
      DeclarationBatch.readAll(d, files, threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), r -> {
        switch (r) {
          case DeclarationResult.Read read -> {
            known.learn(read.declaration());
            if (read.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
              withErrors.incrementAndGet();
            }
            if (read.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
              withFlags.incrementAndGet();
            }
            String supplier = read.declaration().company().name().isBlank()
                ? read.file().getFileName().toString() : read.declaration().company().name();
            consolidator.add(supplier, read.declaration());
          }
          case DeclarationResult.Rejected rej -> {
            consolidator.addRejected();
            problems.add(rej.file().getFileName() + ": " + rej.reason().ruleId() + ": " + rej.reason().message(messages));
          }
        }
      });
      double seconds = (System.nanoTime() - start) / 1e9;
      Consolidation c = consolidator.result();
      w.printf(Locale.ROOT, "%d files read, %d rejected, %d distinct smelters, in %.1f s (%.0f files/s)%n",
          c.files(), c.rejectedFiles(), c.smelters().size(), seconds, files.size() / Math.max(seconds, 1e-9));
      w.printf(Locale.ROOT, "  %d file(s) with errors, %d with warnings (run 'declarations read' on them for details)%n",
          withErrors.get(), withFlags.get());
      problems.stream().sorted().forEach(p -> w.println("  rejected " + p));
      Map<MineralId, List<CountryShare>> shares = c.smelterCountriesByMetal();
      Map<MineralId, Integer> perMetal = new LinkedHashMap<>();
      for (ConsolidatedSmelter s : c.smelters()) {
        perMetal.merge(s.metal(), 1, Integer::sum);
      }
      perMetal.forEach((m, n) -> {
        List<CountryShare> top = shares.getOrDefault(m, List.of()).stream().limit(5).toList();
        StringBuilder sb = new StringBuilder();
        for (CountryShare s : top) {
          sb.append(String.format(Locale.ROOT, " %s %.0f%%", s.country(), s.share() * 100));
        }
        w.printf(Locale.ROOT, "  %-17s %5d smelters, %d unidentified rows; countries:%s%n", m, n,
            c.unidentifiedRows().getOrDefault(m, 0), sb);
      });
      if (out != null) {
        ConsolidationExport.write(c, out);
        w.println("written " + out);
      }
      if (saveSmelters != null) {
        known.save(saveSmelters);
        w.println("known smelters (" + known.size() + ") written to " + saveSmelters);
      }
      w.flush();
      return 0;
    }
  }

  @Command(name = "generate", mixinStandardHelpOptions = true,
      description = "Write synthetic declaration files shaped like the templates (benchmark and test input).")
  static final class Generate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--count", required = true, description = "Number of files.")
    int count;

    @Option(names = "--out", required = true, paramLabel = "<folder>", description = "Output folder (created).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-rows", defaultValue = "50", description = "Fewest smelter rows per file.")
    int minRows;

    @Option(names = "--max-rows", defaultValue = "500", description = "Most smelter rows per file.")
    int maxRows;

    @Option(names = "--clean", description = "No red flags (by default some rows are unidentified, unlisted or in CAHRA).")
    boolean clean;

    private static final List<Object[]> VERSIONS = List.of(
        new Object[] {Layouts.CMRT_6, "6.5"}, new Object[] {Layouts.CMRT_6, "6.4"}, new Object[] {Layouts.CMRT_6, "6.31"},
        new Object[] {Layouts.EMRT_21, "2.1"}, new Object[] {Layouts.EMRT_20, "2.0"}, new Object[] {Layouts.EMRT_1, "1.3"},
        new Object[] {Layouts.AMRT_1, "1.3"});

    @Override
    public Integer call() throws IOException {
      if (count < 1 || minRows < 1 || maxRows < minRows) {
        throw new ProblemException(Problem.error("cli.sample_counts", count, minRows, maxRows));
      }
      Files.createDirectories(out);
      Random rnd = new Random(seed);
      LocalDate effective = LocalDate.now(Clock.systemUTC()).minusDays(30);
      for (int i = 0; i < count; i++) {
        Object[] v = VERSIONS.get(i % VERSIONS.size());
        Layout layout = (Layout) v[0];
        Language lang = Language.values()[i % Language.values().length];
        int rows = minRows + rnd.nextInt(maxRows - minRows + 1);
        Declaration d = SampleDeclarations.generate(layout, (String) v[1], lang, seed * 1_000_003L + i, rows, effective, !clean);
        new TemplateWriter(layout, lang).write(d, out.resolve(String.format(Locale.ROOT, "supplier-%05d-%s-%s.xlsx", i,
            layout.template().name().toLowerCase(Locale.ROOT), v[1])));
      }
      spec.commandLine().getOut().println(count + " files written to " + out);
      return 0;
    }
  }
}
