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
import fr.vigie.engine.declaration.consolidate.SmelterAudit;
import fr.vigie.engine.declaration.consolidate.SmelterCheck;
import fr.vigie.engine.declaration.consolidate.SmelterReference;
import fr.vigie.engine.declaration.Finding;
import fr.vigie.engine.declaration.consolidate.SmelterConsolidator;
import fr.vigie.engine.declaration.fill.SupplierAnswers;
import fr.vigie.engine.declaration.fill.TemplateFiller;
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
import java.util.Optional;
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
    description = "Supplier declarations (RMI CMRT, EMRT, AMRT, CRT): read and check, consolidate and check smelters, "
        + "fill your own declaration, generate test files.",
    subcommands = {DeclarationsCommand.Read.class, DeclarationsCommand.Consolidate.class, DeclarationsCommand.Fill.class,
        DeclarationsCommand.Generate.class})
final class DeclarationsCommand implements Runnable {
  static {
    // POI logs through the Log4j API; without a provider it prints a warning on every run.
    if (System.getProperty("log4j2.statusLoggerLevel") == null) {
      System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }
    // Without a provider POI's own log lines go to the console: the published templates make POI log
    // their internal hyperlinks ("Smelter Look-up") as errors, which says nothing about the file.
    // Whatever is wrong with a file is reported by the reader itself.
    if (System.getProperty("log4j2.simplelogLevel") == null) {
      System.setProperty("log4j2.simplelogLevel", "OFF");
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

    CahraList cahraList() {
      return cahra == null ? CahraList.loadDefault()
          : java.nio.file.Files.exists(Path.of(cahra)) ? CahraList.load(Path.of(cahra))
          : CahraList.named(cahra).orElseGet(() -> CahraList.load(Path.of(cahra)));
    }

    Declarations declarations() {
      if (maxSizeMb <= 0) {
        throw new ProblemException(Problem.error("cli.size_not_positive").atPath("--max-size"));
      }
      CahraList list = cahraList();
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

    @Option(names = "--smelters", paramLabel = "<file>",
        description = "Your copy of the RMI smelter/refiner list (CSV or Excel): adds the smelter checks (unknown id, "
            + "name-id mismatch, not listed, not conformant, Russian gold) to each file's findings.")
    Path smelters;

    @picocli.CommandLine.Mixin
    Inputs inputs = new Inputs();

    @Override
    public Integer call() {
      Declarations d = inputs.declarations();
      Optional<SmelterAudit> audit = Optional.ofNullable(smelters)
          .map(f -> new SmelterAudit(SmelterReference.load(f, new CountryResolver(countries())), inputs.cahraList()));
      PrintWriter out = spec.commandLine().getOut();
      Messages messages = Lang.messages(french ? "fr" : lang);
      Map<String, Messages> languages = json ? JsonView.languages(messages) : Map.of();
      List<JsonView.FileJson> docs = new ArrayList<>();
      for (Path f : files) {
        DeclarationResult r = d.read(f);
        if (audit.isPresent() && r instanceof DeclarationResult.Read read) {
          List<Finding> all = new ArrayList<>(read.findings());
          all.addAll(audit.get().findings(read.declaration()));
          r = new DeclarationResult.Read(read.file(), read.declaration(), all);
        }
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

    @Option(names = "--smelters", paramLabel = "<file>",
        description = "Your copy of the RMI smelter/refiner list (CSV or Excel: smelter id, name, metal, country, "
            + "RMAP status): names the smelters and checks each one (conformant, active, not listed, unknown id, "
            + "name-id mismatch, CAHRA country, Russian gold).")
    Path smelters;

    @Option(names = "--audit", paramLabel = "<csv>",
        description = "With --smelters: write the check of every smelter (one line each) to this CSV file.")
    Path auditOut;

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
      if (auditOut != null && smelters == null) {
        throw new ProblemException(Problem.error("cli.audit_needs_smelters").atPath("--audit"));
      }
      Optional<SmelterReference> reference = Optional.ofNullable(smelters)
          .map(f -> SmelterReference.load(f, new CountryResolver(countries)));
      KnownSmelters known = reference.map(SmelterReference::asKnownSmelters).orElseGet(KnownSmelters::empty);
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
      w.println(TextView.label(messages, "consolidate.summary", String.valueOf(c.files()),
          String.valueOf(c.rejectedFiles()), String.valueOf(c.smelters().size()),
          String.format(Locale.ROOT, "%.1f", seconds),
          String.format(Locale.ROOT, "%.0f", files.size() / Math.max(seconds, 1e-9))));
      w.println("  " + TextView.label(messages, "consolidate.flagged", String.valueOf(withErrors.get()),
          String.valueOf(withFlags.get())));
      problems.stream().sorted().forEach(p -> w.println("  " + TextView.label(messages, "consolidate.rejected", p)));
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
        w.printf(Locale.ROOT, "  %-17s %s%n", m, TextView.label(messages, "consolidate.metal",
            String.format(Locale.ROOT, "%5d", n), String.valueOf(c.unidentifiedRows().getOrDefault(m, 0)),
            sb.toString()));
      });
      if (reference.isPresent()) {
        List<SmelterCheck> checks = new SmelterAudit(reference.get(), inputs.cahraList()).check(c);
        SmelterAuditReport.print(checks, reference.get(), messages, w);
        if (auditOut != null) {
          SmelterAuditReport.write(checks, auditOut);
          w.println(TextView.label(messages, "consolidate.written", auditOut.toString()));
        }
      }
      if (out != null) {
        ConsolidationExport.write(c, out);
        w.println(TextView.label(messages, "consolidate.written", out.toString()));
      }
      if (saveSmelters != null) {
        known.save(saveSmelters);
        w.println(TextView.label(messages, "consolidate.known_written", String.valueOf(known.size()),
            saveSmelters.toString()));
      }
      w.flush();
      return 0;
    }
  }

  @Command(name = "fill", mixinStandardHelpOptions = true,
      description = "Write your own declaration: your copy of a blank RMI template filled with your company, the answers "
          + "aggregated from the supplier declarations of a folder and their consolidated smelters.")
  static final class Fill implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<blank>", description = "Your blank copy of the RMI template (.xlsx).")
    Path blank;

    @Parameters(index = "1", paramLabel = "<folder>", description = "Folder of supplier declarations.")
    Path folder;

    @Option(names = "--out", required = true, paramLabel = "<file>", description = "The filled declaration (.xlsx).")
    Path out;

    @Option(names = "--company", required = true, description = "Your company name.")
    String company;

    @Option(names = "--contact", required = true, description = "Contact name.")
    String contact;

    @Option(names = "--email", required = true, description = "Contact e-mail.")
    String email;

    @Option(names = "--phone", defaultValue = "", description = "Contact phone.")
    String phone;

    @Option(names = "--authorizer", required = true, description = "Authorizer name.")
    String authorizer;

    @Option(names = "--authorizer-email", required = true, description = "Authorizer e-mail.")
    String authorizerEmail;

    @Option(names = "--date", paramLabel = "<yyyy-mm-dd>", description = "Effective date (default: today).")
    LocalDate date;

    @Option(names = "--asked", paramLabel = "<n>",
        description = "Number of suppliers you surveyed: gives the response-rate answer (left blank without it).")
    Integer asked;

    @Option(names = "--smelters", paramLabel = "<file>", description = "Your copy of the RMI smelter list (names the smelters).")
    Path smelters;

    @picocli.CommandLine.Mixin
    Inputs inputs = new Inputs();

    @Override
    public Integer call() {
      PrintWriter w = spec.commandLine().getOut();
      Countries countries = countries();
      KnownSmelters known = smelters == null ? KnownSmelters.empty()
          : SmelterReference.load(smelters, new CountryResolver(countries)).asKnownSmelters();
      SmelterConsolidator consolidator = new SmelterConsolidator(known);
      SupplierAnswers answers = new SupplierAnswers();
      DeclarationBatch.readAll(inputs.declarations(), DeclarationBatch.files(folder),
          Runtime.getRuntime().availableProcessors(), r -> {
            if (r instanceof DeclarationResult.Read read) {
              answers.add(read.declaration());
              String supplier = read.declaration().company().name().isBlank()
                  ? read.file().getFileName().toString() : read.declaration().company().name();
              consolidator.add(supplier, read.declaration());
            } else {
              consolidator.addRejected();
            }
          });
      TemplateFiller.Filled filled = new TemplateFiller(countries).fill(blank, out,
          new TemplateFiller.OwnCompany(company, contact, email, phone, authorizer, authorizerEmail,
              date == null ? LocalDate.now(Clock.systemUTC()) : date),
          answers, consolidator.result(), asked == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(asked));
      w.printf(Locale.ROOT, "%s filled from %d supplier declaration(s): minerals %s, %d smelter row(s); written %s%n",
          filled.template(), answers.declarations(), filled.minerals(), filled.smelterRows(), out);
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

    /** Every published version, in turn. */
    private static final List<Layout> VERSIONS = Layouts.ALL;

    @Override
    public Integer call() throws IOException {
      if (count < 1 || minRows < 1 || maxRows < minRows) {
        throw new ProblemException(Problem.error("cli.sample_counts", count, minRows, maxRows));
      }
      Files.createDirectories(out);
      Random rnd = new Random(seed);
      LocalDate effective = LocalDate.now(Clock.systemUTC()).minusDays(30);
      for (int i = 0; i < count; i++) {
        Layout layout = VERSIONS.get(i % VERSIONS.size());
        Language lang = Language.values()[i % Language.values().length];
        int rows = minRows + rnd.nextInt(maxRows - minRows + 1);
        Declaration d = SampleDeclarations.generate(layout, layout.version(), lang, seed * 1_000_003L + i, rows, effective, !clean);
        new TemplateWriter(layout, lang).write(d, out.resolve(String.format(Locale.ROOT, "supplier-%05d-%s-%s.xlsx", i,
            layout.template().name().toLowerCase(Locale.ROOT), layout.version())));
      }
      spec.commandLine().getOut().println(count + " files written to " + out);
      return 0;
    }
  }
}
