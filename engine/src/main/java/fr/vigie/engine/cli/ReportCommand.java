package fr.vigie.engine.cli;

import fr.vigie.engine.Vigie;
import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.DeclarationSummary;
import fr.vigie.engine.assessment.PriorityWeights;
import fr.vigie.engine.declaration.consolidate.SmelterReference;
import fr.vigie.engine.declaration.read.CountryResolver;
import fr.vigie.engine.filing.FilingDocument;
import fr.vigie.engine.filing.FilingFormat;
import fr.vigie.engine.filing.FilingInput;
import fr.vigie.engine.filing.FilingKind;
import fr.vigie.engine.filing.Filings;
import fr.vigie.engine.filing.StepsSummary;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.oecd.DueDiligenceSteps;
import fr.vigie.engine.oecd.OecdSteps;
import fr.vigie.engine.oecd.Side;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.regulation.RegulationCatalog;
import fr.vigie.engine.regulation.profile.CompanyProfileReader;
import fr.vigie.engine.regulation.profile.CountryDirectory;
import fr.vigie.engine.regulation.profile.ProfileRead;
import fr.vigie.engine.risk.Methodology;
import fr.vigie.engine.risk.RiskEngine;
import fr.vigie.engine.solution.Solutions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie report <kind>}: a report the company files or publishes (docs/reports.md), drawn up
 * from an assessment of its profile and ledger (and supplier declarations), as Word, PDF or HTML.
 * The OECD steps come from a {@code --steps} file when given; the command line has no declaration
 * campaigns or grievance statistics: the report says so in its "what is missing" section.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Draw up a report the company files or publishes, from an assessment of its profile and ledger:",
      "vigilance-plan (French plan de vigilance, mineral part), eu-cmr-annual (EU conflict minerals annual report),",
      "batteries-dd (battery due diligence report), form-sd (draft US Form SD with its Conflict Minerals Report).",
      "--out report.docx | report.pdf | report.html (format from the extension)."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<kind>", description = "vigilance-plan, eu-cmr-annual, batteries-dd or form-sd.")
  String kind;

  @Option(names = "--profile", required = true, paramLabel = "<file>", description = "Company profile (YAML or JSON), see docs/company-profile.md.")
  Path profile;

  @Option(names = "--ledger", required = true, paramLabel = "<file>", description = "Purchase ledger (CSV or XLSX), see docs/ledger.md.")
  Path ledger;

  @Option(names = "--declarations", paramLabel = "<folder>", description = "Folder of supplier declarations (CMRT, EMRT, AMRT): their smelters and countries.")
  Path declarations;

  @Option(names = "--smelters", paramLabel = "<file>",
      description = "With --declarations: your copy of the RMI smelter/refiner list (CSV or Excel), for the smelters' audit status.")
  Path smelters;

  @Option(names = "--steps", paramLabel = "<file>",
      description = "The company's record of the OECD five steps (CSV: scope, code, status, evidence), as for assess: read by the gap analysis and summed up in the report; see docs/due-diligence-steps.md.")
  Path steps;

  @Option(names = "--method", paramLabel = "<id|file>",
      description = "Risk methodology instead of the default one: a built-in id (record-2023, vigie-default) or a methodology file.")
  String method;

  @Option(names = "--date", paramLabel = "<yyyy-mm-dd>", description = "Date of the report and of the assessment (default: today).")
  String date;

  @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "en", description = "Language of the report: en (default) or fr.")
  String lang;

  @Option(names = "--out", required = true, paramLabel = "<file>", description = "The report: .docx (editable Word), .pdf or .html.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Locale locale = AssessCommand.language(lang);
    FilingKind what = FilingKind.fromId(kind);
    FilingFormat format = FilingFormat.fromFileName(out.getFileName() == null ? out.toString() : out.getFileName().toString());
    Path dir = out.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new ProblemException(Problem.error("cli.no_folder", dir.toString()).atPath("--out"));
    }
    if (smelters != null && declarations == null) {
      throw new ProblemException(Problem.error("cli.smelters_need_declarations").atPath("--smelters"));
    }
    LocalDate on = AssessCommand.parseDate(date);
    ReferenceData data = ReferenceData.loadDefault();
    List<Assessment.InputFile> inputs = new ArrayList<>();
    ProfileRead read = new CompanyProfileReader(CountryDirectory.of(data.countries()), data.minerals()).read(profile);
    inputs.add(AssessCommand.input("profile", profile));
    Ledger purchases = AssessCommand.ledger(data, ledger);
    inputs.add(AssessCommand.input("ledger", ledger));
    Optional<DeclarationSummary> declared = Optional.empty();
    if (declarations != null) {
      Optional<SmelterReference> reference = Optional.empty();
      if (smelters != null) {
        reference = Optional.of(SmelterReference.load(smelters, new CountryResolver(data.countries())));
        inputs.add(AssessCommand.input("smelters", smelters));
      }
      declared = Optional.of(AssessCommand.declarations(data, declarations, reference, inputs));
    }
    Methodology methodology = Methodology.loadDefault();
    if (method != null) {
      methodology = RiskEngine.loadMethodology(data, method);
      if (Files.exists(Path.of(method))) {
        inputs.add(AssessCommand.input("method", Path.of(method)));
      }
    }
    Optional<DueDiligenceSteps> record = Optional.empty();
    if (steps != null) {
      record = Optional.of(DueDiligenceSteps.read(steps.toString(), Files.readString(steps), OecdSteps.loadDefault()));
      inputs.add(AssessCommand.input("oecd_steps", steps));
    }
    RegulationCatalog catalog = RegulationCatalog.load(RegulationCatalog.configuredOverride(Optional.empty()));
    Vigie service = Vigie.of(data, catalog, Solutions.loadDefault());
    Assessment a = service.assess(new Vigie.Request(read.profile(), purchases, methodology,
        PriorityWeights.loadDefault(), Optional.empty(), declared, on, inputs, record));
    FilingInput input = FilingInput.of(a, read.profile(), on);
    if (record.isPresent()) {
      Map<String, Side> sides = new LinkedHashMap<>();
      for (FiliereAggregate f : purchases.filieres()) {
        sides.put(f.material().value(), Side.of(read.profile().positions().of(f.material())));
      }
      Optional<StepsSummary> summary =
          StepsSummary.of(record.get(), sides, Side.of(read.profile().positions().company()));
      if (summary.isPresent()) {
        input = input.withSteps(summary.get());
      }
    }
    if (declared.isPresent()) {
      input = input.withDeclarations(declared.get());
    }
    Filings filings = service.filings();
    FilingDocument document = filings.build(what, input, locale);
    write(filings.render(document, format), out);
    Messages messages = service.messages(locale);
    read.warnings().forEach(x -> spec.commandLine().getErr().println(
        messages.render(Text.of("cli.output.warning", x.render(messages)))));
    PrintWriter w = spec.commandLine().getOut();
    w.println(messages.render(Text.of("cli.output.written", out.toString())));
    w.flush();
    return 0;
  }

  /** Writes through a temporary file beside the target, moved in place at the end: nothing half-written. */
  static void write(byte[] bytes, Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = (dir == null ? Path.of(".") : dir).resolve(".vigie-report-" + target.getFileName() + "-"
        + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
