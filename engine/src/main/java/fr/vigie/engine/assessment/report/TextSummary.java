package fr.vigie.engine.assessment.report;

import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.assessment.Assessment.RoadmapAction;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.assessment.Fmt;
import java.util.Locale;

/** The assessment as a readable text summary (the command line's default output). */
public final class TextSummary {
  private TextSummary() {}

  public static String text(Assessment a) {
    StringBuilder sb = new StringBuilder();
    var p = a.provenance();
    sb.append("Assessment of ").append(a.company()).append(" on ").append(p.referenceDate()).append('\n');
    sb.append("methodology ").append(p.methodology()).append(", priority weights ").append(p.priorityWeights())
        .append(", engine ").append(p.engineVersion()).append('\n');
    sb.append("\nFilieres by priority\n");
    sb.append(String.format(Locale.ROOT, "  %-4s %-18s %14s %6s %6s %8s %8s%n", "rank", "material", "mass",
        "score", "risk", "origin", "refiner"));
    for (Filiere f : a.filieres()) {
      sb.append(String.format(Locale.ROOT, "  %-4d %-18s %14s %6s %6s %8s %8s%n", f.rank(), f.material(),
          Fmt.kg(f.massKg()), Fmt.score(f.priorityScore()), Fmt.score(f.risk()), Fmt.percent(f.originCoverage()),
          Fmt.percent(f.refinerCoverage())));
    }
    for (Filiere f : a.filieres()) {
      sb.append("\n").append(f.rank()).append(". ").append(f.name()).append(" (").append(f.material()).append(")\n");
      f.reasons().forEach(r -> sb.append("   - ").append(r).append('\n'));
      for (StageExposure s : f.stages()) {
        sb.append("   ").append(String.format(Locale.ROOT, "%-14s", s.stage().id())).append(Fmt.score(s.score()))
            .append(' ').append(s.level().id()).append(", ").append(Fmt.kg(s.massKg())).append(", ")
            .append(s.basis()).append('\n');
      }
      if (!f.recommendations().isEmpty()) {
        sb.append("   recommendations ([x] in place, [ ] gap):\n");
        for (Recommendation r : f.recommendations()) {
          sb.append("   ").append(r.inPlace() ? "[x] " : "[ ] ").append(r.kind().name().toLowerCase(Locale.ROOT))
              .append(' ').append(r.id()).append(": ").append(r.justification()).append('\n');
        }
      }
    }
    sb.append("\nRegulations\n");
    for (var r : a.regulations()) {
      sb.append(String.format(Locale.ROOT, "  %-22s %-15s %s%n", r.id(), r.outcome(),
          r.appliesFrom().map(d -> "from " + d).orElse("")));
    }
    if (!a.companyObligations().isEmpty()) {
      sb.append("\nCompany-wide obligations ([x] in place, [ ] gap)\n");
      for (Recommendation r : a.companyObligations()) {
        sb.append("  ").append(r.inPlace() ? "[x] " : "[ ] ").append(r.regulation().orElse("")).append(' ')
            .append(r.id()).append('\n');
      }
    }
    sb.append("\nRoadmap\n");
    for (RoadmapAction r : a.roadmap()) {
      sb.append(String.format(Locale.ROOT, "  %3d %-6s %s %-16s %s %s: %s%n", r.order(), r.phase().id(), r.dueDate(),
          r.material(), r.kind().name().toLowerCase(Locale.ROOT), r.id(), r.justification()));
    }
    a.scenario().ifPresent(s -> {
      sb.append("\nScenario: ").append(s.name()).append('\n');
      s.overrides().forEach(o -> sb.append("  * ").append(o).append('\n'));
      sb.append(String.format(Locale.ROOT, "  %-18s %13s %13s %9s%n", "material", "risk", "priority", "rank"));
      for (var c : s.changes()) {
        sb.append(String.format(Locale.ROOT, "  %-18s %5s -> %-5s %5s -> %-5s %3d -> %-3d%n", c.material(),
            Fmt.score(c.baselineRisk()), Fmt.score(c.scenarioRisk()), Fmt.score(c.baselineScore()),
            Fmt.score(c.scenarioScore()), c.baselineRank(), c.scenarioRank()));
      }
      for (var c : s.changes()) {
        sb.append("  ").append(c.material()).append(":\n");
        c.explanation().forEach(e -> sb.append("    ").append(e).append('\n'));
      }
    });
    return sb.toString();
  }
}
