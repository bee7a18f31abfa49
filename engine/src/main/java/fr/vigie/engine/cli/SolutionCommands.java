package fr.vigie.engine.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.solution.Solution;
import fr.vigie.engine.solution.SolutionType;
import fr.vigie.engine.solution.Solutions;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code vigie solutions}: the solutions catalogue, filtered. */
@Command(
    name = "solutions",
    mixinStandardHelpOptions = true,
    description = {
      "List the solutions catalogue (due diligence steps, external players, standards and"
          + " certifications, circular economy, sobriety, relocation), optionally filtered.",
      "With --mineral, --stage and --category together: the solutions addressing that mineral at"
          + " that stage for that risk category. Shortest horizon first."
    })
final class SolutionCommands implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--mineral", description = "mineral id or name (English or French)")
  String mineral;

  @Option(names = "--stage", description = "extraction, pre_treatment, refining, downstream or recycling")
  String stage;

  @Option(names = "--category", description = "environmental, human_rights or socio_economic_political")
  String category;

  @Option(names = "--type", description = "oecd_step, internal_mechanism, support_organisation, initiative,"
      + " standard, field_project, expert_network, circular_economy, sobriety or relocation")
  String type;

  @Option(names = "--lang", defaultValue = "en", description = "en (default) or fr")
  String lang;

  @Option(names = "--json", description = "print JSON instead of text")
  boolean json;

  @Override
  public Integer call() {
    Solutions catalogue = Solutions.loadDefault();
    Optional<MineralId> m =
        Optional.ofNullable(mineral).map(t -> ReferenceData.loadDefault().minerals().require(t).id());
    List<Solution> found =
        catalogue.select(m, Optional.ofNullable(stage).map(Stage::fromId),
            Optional.ofNullable(category).map(RiskCategory::fromId),
            Optional.ofNullable(type).map(SolutionType::fromId));
    Messages messages = Lang.messages(lang, catalogue.termNames());
    Locale locale = messages.locale();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      CatalogueJson root =
          new CatalogueJson(catalogue.asOf(), found.stream().map(s -> toJson(s, locale)).toList());
      out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root));
    } else {
      out.println(label(messages, "heading", found.size(), catalogue.size(), catalogue.asOf()));
      for (Solution s : found) {
        out.println();
        out.println(s.id() + "  [" + messages.render(s.type().term()) + ", "
            + messages.render(s.horizon().term())
            + (s.verified() ? "" : ", " + label(messages, "unverified_scope")) + "]");
        out.println("  " + s.name(locale));
        out.println("  " + s.description(locale));
        out.println("  " + label(messages, "scope",
            s.allMinerals() ? label(messages, "all_minerals")
                : String.join(", ", s.minerals().stream().map(MineralId::value).sorted().toList()),
            String.join(", ", s.stages().stream().sorted().map(Stage::id).toList()),
            String.join(", ", s.riskCategories().stream().sorted().map(RiskCategory::id).toList())));
        out.println("  " + label(messages, "source", s.source()));
        if (s.note().isPresent()) {
          out.println("  " + label(messages, "note", s.note(locale)));
        }
      }
    }
    out.flush();
    return 0;
  }

  /** The JSON of {@code vigie solutions --json}. */
  record CatalogueJson(@JsonProperty("as_of") String asOf, List<SolutionJson> solutions) {}

  /**
   * One solution: {@code name} and {@code description} in the {@code --lang} language, {@code
   * names} and {@code descriptions} in every language of the catalogue.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SolutionJson(
      String id,
      String type,
      String family,
      String name,
      Map<String, String> names,
      String description,
      Map<String, String> descriptions,
      @JsonProperty("risk_categories") List<String> riskCategories,
      @JsonProperty("risk_factors") List<String> riskFactors,
      List<String> stages,
      List<String> minerals,
      String horizon,
      String organisation,
      String source,
      boolean verified,
      String note) {}

  private static SolutionJson toJson(Solution s, Locale locale) {
    return new SolutionJson(
        s.id(), s.type().id(), s.type().family().name().toLowerCase(Locale.ROOT), s.name(locale),
        s.names().byLanguage(), s.description(locale), s.descriptions().byLanguage(),
        s.riskCategories().stream().sorted().map(RiskCategory::id).toList(),
        s.riskFactors().stream().sorted().toList(),
        s.stages().stream().sorted().map(Stage::id).toList(),
        s.allMinerals() ? List.of("all") : s.minerals().stream().map(MineralId::value).sorted().toList(),
        s.horizon().id(), s.organisation().orElse(null), s.source(), s.verified(),
        s.note().isEmpty() ? null : s.note(locale));
  }

  /** A label of the plain-text list ({@code cli.solutions.<key>}) in the language of {@code m}. */
  private static String label(Messages m, String key, Object... args) {
    return m.render(Text.of("cli.solutions." + key, args));
  }
}
