package fr.vigie.engine.assessment.report;

import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.assessment.Assessment.RoadmapAction;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.kernel.Messages;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The assessment as a readable text summary (the command line's default output), in English or in
 * French: the assessment's texts are rendered in the language of the messages given; ids, stage and
 * level ids stay as they are.
 */
public final class TextSummary {
  private TextSummary() {}

  /** The summary in English. */
  public static String text(Assessment a) {
    return text(a, Messages.english());
  }

  /** The summary in the language of {@code m}, its texts rendered by {@code m}. */
  public static String text(Assessment a, Messages m) {
    boolean french = m.locale().getLanguage().equals("fr");
    DoubleFunction<String> kg = v -> m.get(v >= 10 ? "assessment.kg" : "assessment.kg.small", v);
    DoubleFunction<String> score = v -> m.get("assessment.score", v);
    DoubleFunction<String> percent = v -> m.get("assessment.percent", v);
    StringBuilder sb = new StringBuilder();
    var p = a.provenance();
    sb.append(french ? "Évaluation de " : "Assessment of ").append(a.company()).append(french ? " au " : " on ")
        .append(p.referenceDate()).append('\n');
    sb.append(french ? "méthodologie " : "methodology ").append(p.methodology())
        .append(french ? ", pondérations de priorité " : ", priority weights ").append(p.priorityWeights())
        .append(french ? ", moteur " : ", engine ").append(p.engineVersion()).append('\n');
    sb.append(french ? "\nFilières par priorité\n" : "\nFilieres by priority\n");
    sb.append(String.format(Locale.ROOT, "  %-4s %-18s %14s %6s %6s %8s %8s%n", french ? "rang" : "rank",
        french ? "minerai" : "material", french ? "masse" : "mass", "score", french ? "risque" : "risk",
        "origin" + (french ? "e" : ""), french ? "affineur" : "refiner"));
    for (Filiere f : a.filieres()) {
      sb.append(String.format(Locale.ROOT, "  %-4d %-18s %14s %6s %6s %8s %8s%n", f.rank(), f.material(),
          kg.apply(f.massKg()), score.apply(f.priorityScore()), score.apply(f.risk()),
          percent.apply(f.originCoverage()), percent.apply(f.refinerCoverage())));
    }
    for (Filiere f : a.filieres()) {
      sb.append("\n").append(f.rank()).append(". ").append(m.render(f.name())).append(" (").append(f.material()).append(")\n");
      f.reasons().forEach(r -> sb.append("   - ").append(m.render(r)).append('\n'));
      for (StageExposure s : f.stages()) {
        sb.append("   ").append(String.format(Locale.ROOT, "%-14s", s.stage().id())).append(score.apply(s.score()))
            .append(' ').append(s.level().id()).append(", ").append(kg.apply(s.massKg())).append(", ")
            .append(m.render(s.basis())).append('\n');
      }
      if (!f.recommendations().isEmpty()) {
        sb.append(french ? "   recommandations ([x] en place, [ ] écart) :\n"
            : "   recommendations ([x] in place, [ ] gap):\n");
        for (Recommendation r : f.recommendations()) {
          sb.append("   ").append(r.inPlace() ? "[x] " : "[ ] ").append(r.kind().name().toLowerCase(Locale.ROOT))
              .append(' ').append(r.id()).append(french ? " : " : ": ").append(m.render(r.justification())).append('\n');
        }
      }
    }
    sb.append(french ? "\nRéglementations\n" : "\nRegulations\n");
    for (var r : a.regulations()) {
      sb.append(String.format(Locale.ROOT, "  %-22s %-15s %s%n", r.id(), r.outcome(),
          r.appliesFrom().map(d -> (french ? "à partir du " : "from ") + d).orElse("")));
    }
    if (!a.companyObligations().isEmpty()) {
      sb.append(french ? "\nObligations de toute l'entreprise ([x] en place, [ ] écart)\n"
          : "\nCompany-wide obligations ([x] in place, [ ] gap)\n");
      for (Recommendation r : a.companyObligations()) {
        sb.append("  ").append(r.inPlace() ? "[x] " : "[ ] ").append(r.regulation().orElse("")).append(' ')
            .append(r.id()).append('\n');
      }
    }
    sb.append(french ? "\nFeuille de route\n" : "\nRoadmap\n");
    for (RoadmapAction r : a.roadmap()) {
      sb.append(String.format(Locale.ROOT, "  %3d %-6s %s %-16s %s %s%s%s%n", r.order(), r.phase().id(), r.dueDate(),
          r.material(), r.kind().name().toLowerCase(Locale.ROOT), r.id(), french ? " : " : ": ",
          m.render(r.justification())));
    }
    a.scenario().ifPresent(s -> {
      sb.append(french ? "\nScénario : " : "\nScenario: ").append(s.name()).append('\n');
      s.overrides().forEach(o -> sb.append("  * ").append(m.render(o)).append('\n'));
      sb.append(String.format(Locale.ROOT, "  %-18s %13s %13s %9s%n", french ? "minerai" : "material",
          french ? "risque" : "risk", french ? "priorité" : "priority", french ? "rang" : "rank"));
      for (var c : s.changes()) {
        sb.append(String.format(Locale.ROOT, "  %-18s %5s -> %-5s %5s -> %-5s %3d -> %-3d%n", c.material(),
            score.apply(c.baselineRisk()), score.apply(c.scenarioRisk()), score.apply(c.baselineScore()),
            score.apply(c.scenarioScore()), c.baselineRank(), c.scenarioRank()));
      }
      for (var c : s.changes()) {
        sb.append("  ").append(c.material()).append(":\n");
        c.explanation().forEach(e -> sb.append("    ").append(m.render(e)).append('\n'));
      }
    });
    return sb.toString();
  }
}
