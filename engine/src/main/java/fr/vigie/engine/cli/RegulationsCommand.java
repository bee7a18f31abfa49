package fr.vigie.engine.cli;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.regulation.ApplicabilityEngine;
import fr.vigie.engine.regulation.RegulationAssessment;
import fr.vigie.engine.regulation.RegulationCatalog;
import fr.vigie.engine.regulation.RegulationReport;
import fr.vigie.engine.regulation.profile.CompanyProfileReader;
import fr.vigie.engine.regulation.profile.CountryDirectory;
import fr.vigie.engine.regulation.profile.ProfileRead;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code vigie regulations}: which texts apply to a company, why, what they require, by when. */
@Command(
    name = "regulations",
    mixinStandardHelpOptions = true,
    description = {
      "Which regulations apply to a company profile, why, what they require and from when.",
      "Every text shows its official source and the date its data was last checked (as of)."
    },
    subcommands = {RegulationsCommand.ListTexts.class, RegulationsCommand.Changes.class})
final class RegulationsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--profile", paramLabel = "<file>",
      description = "Company profile (YAML, or JSON when it ends in .json); see docs/company-profile.md.")
  Path profile;

  @Option(names = "--date", paramLabel = "<yyyy-mm-dd>",
      description = "Reference date (default: today); phase-ins and postponements follow it.")
  String date;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--lang", paramLabel = "<en|fr>", defaultValue = "en",
      description = "Language of the texts' names, reasons and obligations: en (default) or fr.")
  String lang;

  @Option(names = "--regulations", paramLabel = "<dir|file>",
      description = "Override the built-in texts with YAML files (also: -Dvigie.regulations or VIGIE_REGULATIONS).")
  Path regulations;

  @Override
  public Integer call() {
    if (profile == null) {
      throw new ProblemException(Problem.error("cli.profile_required"));
    }
    LocalDate on = referenceDate(date);
    RegulationCatalog catalog = RegulationCatalog.load(RegulationCatalog.configuredOverride(Optional.ofNullable(regulations)));
    Messages messages = Lang.messages(lang, catalog.termNames());
    ReferenceData data = ReferenceData.loadDefault();
    CountryDirectory countries = CountryDirectory.of(data.countries());
    ProfileRead read = new CompanyProfileReader(countries, data.minerals()).read(profile);
    PrintWriter err = spec.commandLine().getErr();
    read.warnings().forEach(w -> err.println(
        "vigie: " + messages.render(Text.of("cli.output.warning", w.render(messages)))));
    err.flush();
    List<RegulationAssessment> list =
        new ApplicabilityEngine(catalog, countries).assess(read.profile(), on);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(toJson(RegulationReport.assessmentsJson(list, messages)));
    } else {
      out.print(RegulationReport.assessmentsText(read.profile().name(), on, list, messages));
    }
    out.flush();
    return 0;
  }

  static LocalDate referenceDate(String text) {
    if (text == null) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ProblemException(Problem.error("cli.bad_date", text));
    }
  }

  static String toJson(Object tree) {
    return JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build()
        .writeValueAsString(tree);
  }

  /** {@code vigie regulations list}: the whole knowledge base. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List every text of the knowledge base with its dates, thresholds, source and as-of date.")
  static final class ListTexts implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--date", paramLabel = "<yyyy-mm-dd>",
        description = "Date for the status and the rules in effect (default: today).")
    String date;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--regulations", paramLabel = "<dir|file>",
        description = "Override the built-in texts with YAML files.")
    Path regulations;

    @Option(names = "--lang", paramLabel = "<en|fr>", defaultValue = "en",
        description = "Language of the texts' names, key dates, obligations and notes: en (default) or fr.")
    String lang;

    @Override
    public Integer call() {
      LocalDate on = referenceDate(date);
      RegulationCatalog catalog = RegulationCatalog.load(RegulationCatalog.configuredOverride(Optional.ofNullable(regulations)));
      Messages messages = Lang.messages(lang, catalog.termNames());
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(toJson(RegulationReport.catalogueJson(catalog.texts(), on, messages)));
      } else {
        out.print(RegulationReport.catalogueText(catalog.texts(), on, messages));
      }
      out.flush();
      return 0;
    }
  }

  /** {@code vigie regulations changes --since <date>}: what changed in the knowledge base. */
  @Command(name = "changes", mixinStandardHelpOptions = true,
      description = {"List what changed in the regulatory knowledge base since a date (new texts,",
          "moved dates, thresholds, corrections), with the text, the source and whether it is verified."})
  static final class Changes implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--since", paramLabel = "<yyyy-mm-dd>", required = true,
        description = "List the changes dated on or after this date.")
    String since;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--lang", paramLabel = "<en|fr>", defaultValue = "en",
        description = "Language of the texts' names and of the changes: en (default) or fr.")
    String lang;

    /** One change as printed by {@code --json}. */
    record ChangeJson(String date, String text, String name, String kind, String change,
        java.util.Map<String, String> changes, String source, boolean verified) {}

    @Override
    public Integer call() {
      LocalDate from = referenceDate(since);
      RegulationCatalog catalog = RegulationCatalog.builtIn();
      Messages messages = Lang.messages(lang, catalog.termNames());
      Locale locale = messages.locale();
      List<fr.vigie.engine.regulation.RegulationChangelog.Change> list =
          fr.vigie.engine.regulation.RegulationChangelog.builtIn(catalog).since(from);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(toJson(list.stream()
            .map(c -> new ChangeJson(c.date().toString(), c.text(),
                catalog.find(c.text()).orElseThrow().name(locale), c.kind(), c.what().in(locale),
                c.what().byLanguage(), c.source().toString(), c.verified()))
            .toList()));
      } else {
        out.println(messages.render(Text.of("regulation.report.changes.heading", from.toString(), list.size())));
        for (var c : list) {
          out.println();
          out.println(c.date() + "  " + c.text() + " (" + catalog.find(c.text()).orElseThrow().name(locale)
              + ")  [" + c.kind() + "]"
              + (c.verified() ? "" : " " + messages.render(Text.of("regulation.report.catalogue.not_verified"))));
          out.println("  " + c.what().in(locale));
          out.println("  " + messages.render(Text.of("regulation.report.changes.source", c.source().toString())));
        }
      }
      out.flush();
      return 0;
    }
  }
}
