package fr.vigie.engine.cli;

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
    boolean fr = "fr".equalsIgnoreCase(lang);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("as_of", catalogue.asOf());
      root.put("solutions", found.stream().map(SolutionCommands::toJson).toList());
      out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root));
    } else {
      out.printf(Locale.ROOT, "%d of %d solutions (catalogue as of %s)%n", found.size(), catalogue.size(),
          catalogue.asOf());
      for (Solution s : found) {
        out.printf(Locale.ROOT, "%n%s  [%s, %s term%s]%n  %s%n", s.id(), fr ? s.type().nameFr() : s.type().nameEn(),
            s.horizon().id(), s.verified() ? "" : ", UNVERIFIED SCOPE", fr ? s.nameFr() : s.nameEn());
        out.println("  " + (fr ? s.descriptionFr() : s.descriptionEn()));
        out.println("  minerals: " + (s.allMinerals() ? "all" : s.minerals().stream().map(MineralId::value).sorted().toList())
            + "; stages: " + s.stages().stream().sorted().map(Stage::id).toList()
            + "; risks: " + s.riskCategories().stream().sorted().map(RiskCategory::id).toList());
        out.println("  source: " + s.source() + (s.note().isEmpty() ? "" : "\n  note: " + s.note()));
      }
    }
    out.flush();
    return 0;
  }

  private static Map<String, Object> toJson(Solution s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("type", s.type().id());
    m.put("family", s.type().family().name().toLowerCase(Locale.ROOT));
    m.put("name_en", s.nameEn());
    m.put("name_fr", s.nameFr());
    m.put("description_en", s.descriptionEn());
    m.put("description_fr", s.descriptionFr());
    m.put("risk_categories", s.riskCategories().stream().sorted().map(RiskCategory::id).toList());
    m.put("risk_factors", s.riskFactors().stream().sorted().toList());
    m.put("stages", s.stages().stream().sorted().map(Stage::id).toList());
    m.put("minerals", s.allMinerals() ? List.of("all") : s.minerals().stream().map(MineralId::value).sorted().toList());
    m.put("horizon", s.horizon().id());
    s.organisation().ifPresent(o -> m.put("organisation", o));
    m.put("source", s.source());
    m.put("verified", s.verified());
    if (!s.note().isEmpty()) {
      m.put("note", s.note());
    }
    return m;
  }
}
