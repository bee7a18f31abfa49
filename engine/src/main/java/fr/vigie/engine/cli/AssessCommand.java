package fr.vigie.engine.cli;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.Vigie;

import fr.vigie.engine.assessment.DeclarationSummary;
import fr.vigie.engine.assessment.PriorityWeights;
import fr.vigie.engine.assessment.Scenario;
import fr.vigie.engine.assessment.report.HtmlReport;
import fr.vigie.engine.assessment.report.TextSummary;
import fr.vigie.engine.assessment.report.XlsxReport;
import fr.vigie.engine.declaration.DeclarationResult;

import fr.vigie.engine.declaration.consolidate.KnownSmelters;
import fr.vigie.engine.declaration.consolidate.SmelterConsolidator;
import fr.vigie.engine.declaration.consolidate.SmelterReference;
import fr.vigie.engine.declaration.read.CountryResolver;
import fr.vigie.engine.declaration.read.ReadLimits;
import fr.vigie.engine.declaration.validate.CahraList;
import fr.vigie.engine.declaration.validate.DeclarationBatch;
import fr.vigie.engine.declaration.validate.Declarations;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.oecd.DueDiligenceSteps;
import fr.vigie.engine.oecd.OecdSteps;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.ledger.LedgerImport;
import fr.vigie.engine.ledger.LedgerImporter;
import fr.vigie.engine.ledger.LedgerOptions;
import fr.vigie.engine.ledger.LedgerReferences;
import fr.vigie.engine.ledger.LineError;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.regulation.RegulationCatalog;
import fr.vigie.engine.regulation.profile.CompanyProfileReader;
import fr.vigie.engine.regulation.profile.CountryDirectory;
import fr.vigie.engine.regulation.profile.ProfileRead;
import fr.vigie.engine.risk.Methodology;
import fr.vigie.engine.risk.RiskEngine;
import fr.vigie.engine.solution.Solutions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie assess}: the company assessment (docs/assessment.md): filieres ranked, exposure,
 * recommendations with in-place marks, roadmap, scenario; text on stdout or a report file.
 */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = {
      "Assess a company's mineral supply chains: exposure per supply chain, priority ranking with reasons,",
      "recommendations and gaps, phased roadmap; optionally a scenario beside the baseline.",
      "Without --out: a text summary. --out report.html | report.json | report.xlsx (format from the extension)."
    })
final class AssessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--profile", required = true, paramLabel = "<file>", description = "Company profile (YAML or JSON), see docs/company-profile.md.")
  Path profile;

  @Option(names = "--ledger", required = true, paramLabel = "<file>", description = "Purchase ledger (CSV or XLSX), see docs/ledger.md.")
  Path ledger;

  @Option(names = "--scenario", paramLabel = "<file>", description = "Scenario file (YAML) to compare with the baseline.")
  Path scenario;

  @Option(names = "--declarations", paramLabel = "<folder>", description = "Folder of supplier declarations (CMRT, EMRT, AMRT): their smelter countries replace the world refining mix.")
  Path declarations;

  @Option(names = "--smelters", paramLabel = "<file>",
      description = "With --declarations: your copy of the RMI smelter/refiner list (CSV or Excel); the audit status of each "
          + "reported smelter raises alerts and, for 3TG, lowers the upstream risks (see docs/assessment.md).")
  Path smelters;

  @Option(names = "--steps", paramLabel = "<file>",
      description = "The company's record of the OECD five steps (CSV: scope, code, status, evidence), read by the gap analysis; see docs/due-diligence-steps.md.")
  Path steps;

  @Option(names = "--date", paramLabel = "<yyyy-mm-dd>", description = "Reference date (default: today).")
  String date;

  @Option(names = "--method", paramLabel = "<id|file>",
      description = "Risk methodology instead of the default one: a built-in id (record-2023, vigie-default) or a methodology file.")
  String method;

  @Option(names = "--weights", paramLabel = "<file>", description = "Priority weights file instead of the default one.")
  Path weightsFile;

  @Option(names = "--regulations", paramLabel = "<file|dir>", description = "Regulation overrides (as for 'regulations').")
  Path regulations;

  @Option(names = "--out", paramLabel = "<file>", description = "Write the report: .html (self-contained), .json or .xlsx.")
  Path out;

  @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "en",
      description = "Language of the summary and of the reports written with --out (HTML, JSON, XLSX): en (default) or fr.")
  String lang;

  @Override
  public Integer call() throws IOException {
    LocalDate on = parseDate(date);
    Locale locale = language(lang);
    ReferenceData data = ReferenceData.loadDefault();
    List<Assessment.InputFile> inputs = new ArrayList<>();
    ProfileRead read = new CompanyProfileReader(CountryDirectory.of(data.countries()), data.minerals()).read(profile);
    inputs.add(input("profile", profile));
    Ledger purchases = ledger(data, ledger);
    inputs.add(input("ledger", ledger));
    Methodology methodology = Methodology.loadDefault();
    if (method != null) {
      methodology = RiskEngine.loadMethodology(data, method);
      if (Files.exists(Path.of(method))) {
        inputs.add(input("method", Path.of(method)));
      }
    }
    PriorityWeights weights = PriorityWeights.loadDefault();
    if (weightsFile != null) {
      weights = PriorityWeights.load(weightsFile);
      inputs.add(input("weights", weightsFile));
    }
    Optional<Scenario> what = Optional.empty();
    if (scenario != null) {
      what = Optional.of(Scenario.read(scenario, data.minerals(), data.countries()));
      inputs.add(input("scenario", scenario));
    }
    Optional<DeclarationSummary> declared = Optional.empty();
    if (declarations != null) {
      Optional<SmelterReference> reference = Optional.empty();
      if (smelters != null) {
        reference = Optional.of(SmelterReference.load(smelters, new CountryResolver(data.countries())));
        inputs.add(input("smelters", smelters));
      }
      declared = Optional.of(declarations(data, declarations, reference, inputs));
    } else if (smelters != null) {
      throw new ProblemException(Problem.error("cli.smelters_need_declarations").atPath("--smelters"));
    }
    Optional<DueDiligenceSteps> record = Optional.empty();
    if (steps != null) {
      record = Optional.of(DueDiligenceSteps.read(steps.toString(), Files.readString(steps), OecdSteps.loadDefault()));
      inputs.add(input("oecd_steps", steps));
    }
    RegulationCatalog catalog = RegulationCatalog.load(RegulationCatalog.configuredOverride(Optional.ofNullable(regulations)));
    Vigie service = Vigie.of(data, catalog, Solutions.loadDefault());
    Assessment a = service.assess(new Vigie.Request(read.profile(), purchases, methodology, weights,
        what, declared, on, inputs, record));
    Messages messages = service.messages(locale);
    PrintWriter w = spec.commandLine().getOut();
    read.warnings().forEach(x -> spec.commandLine().getErr().println(
        messages.render(Text.of("cli.output.warning", x.render(messages)))));
    if (out == null) {
      w.print(TextSummary.text(a, messages));
      w.flush();
      return 0;
    }
    write(a, service, messages, out);
    w.println(messages.render(Text.of("cli.output.written", out.toString())));
    w.flush();
    return 0;
  }

  /** The language {@code --lang} asks for: French ({@code fr}) or English ({@code en}). */
  static Locale language(String lang) {
    return switch (lang.strip().toLowerCase(Locale.ROOT)) {
      case "fr" -> Locale.FRENCH;
      case "en" -> Locale.ENGLISH;
      default -> throw new ProblemException(Problem.error("cli.bad_lang", lang, "fr, en"));
    };
  }

  static LocalDate parseDate(String text) {
    if (text == null) {
      return LocalDate.now(Clock.systemUTC());
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ProblemException(Problem.error("cli.bad_date", text));
    }
  }

  /** Imports the ledger whole, or refuses it with its first errors. */
  static Ledger ledger(ReferenceData data, Path file) {
    LedgerImport result = new LedgerImporter(LedgerReferences.of(data.minerals(), data.countries()))
        .importFile(file, LedgerOptions.defaults());
    return switch (result) {
      case LedgerImport.Accepted acc -> acc.ledger();
      case LedgerImport.Rejected rej -> {
        Text first = null;
        for (LineError e : rej.report().errors().stream().limit(3).toList()) {
          Problem placed = e.problem().at(null, (int) Math.min(e.line(), Integer.MAX_VALUE))
              .atPath(e.field().isEmpty() ? null : e.field());
          Text one = Text.of("kernel.problem.with_place", placed.place().orElseThrow(), placed.text());
          first = first == null ? one : Text.of("problem.cli.ledger_refused_joined", first, one);
        }
        throw new ProblemException(Problem.error("cli.ledger_refused", rej.report().errorCount(),
            rej.report().invalidLines(), first == null ? "" : first).at(file.getFileName().toString(), null));
      }
    };
  }

  /** Reads a folder of supplier declarations into the assessment's summary (their files recorded as inputs). */
  static DeclarationSummary declarations(ReferenceData data, Path folder, Optional<SmelterReference> reference,
      List<Assessment.InputFile> inputs)
      throws IOException {
    List<Path> files = DeclarationBatch.files(folder);
    Declarations reader = new Declarations(data.countries(), CahraList.loadDefault(), ReadLimits.DEFAULT,
        Clock.systemUTC());
    SmelterConsolidator consolidator = new SmelterConsolidator(KnownSmelters.empty());
    DeclarationBatch.readAll(reader, files, 1, r -> {
      switch (r) {
        case DeclarationResult.Read ok -> consolidator.add(
            ok.declaration().company().name().isBlank() ? ok.file().getFileName().toString()
                : ok.declaration().company().name(), ok.declaration());
        case DeclarationResult.Rejected rej -> consolidator.addRejected();
      }
    });
    for (Path f : files) {
      inputs.add(input("declaration", f));
    }
    String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    return Vigie.declarations(name, consolidator.result(), reference);
  }

  /** An input file's name and SHA-256. */
  static Assessment.InputFile input(String role, Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      byte[] digest = ((DigestInputStream) in).getMessageDigest().digest();
      return new Assessment.InputFile(role, file.getFileName().toString(), HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the report in the format of the extension, through a temporary file (nothing half-written). */
  static void write(Assessment a, Vigie service, Messages messages, Path target)
      throws IOException {
    String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
    Path dir = target.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new ProblemException(Problem.error("cli.no_folder", dir.toString()).atPath("--out"));
    }
    Path tmp = (dir == null ? Path.of(".") : dir).resolve(".vigie-report-" + target.getFileName() + ".tmp");
    try {
      if (name.endsWith(".html") || name.endsWith(".htm")) {
        Files.writeString(tmp, HtmlReport.html(a, messages), StandardCharsets.UTF_8);
      } else if (name.endsWith(".json")) {
        Files.writeString(tmp, service.json(a, messages.locale()), StandardCharsets.UTF_8);
      } else if (name.endsWith(".xlsx")) {
        XlsxReport.write(a, tmp, messages);
      } else {
        throw new ProblemException(Problem.error("cli.report_format", target.getFileName().toString()).atPath("--out"));
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
