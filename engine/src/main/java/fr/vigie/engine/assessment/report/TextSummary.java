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
 * The assessment as a readable text summary (the command line's default output) in the language of
 * the messages given: headings from the {@code report} bundle ({@code report.summary.*}), the
 * assessment's texts rendered by the messages; ids, stage and level ids stay as they are.
 */
public final class TextSummary {
  private TextSummary() {}

  /** The summary in English. */
  public static String text(Assessment a) {
    return text(a, Messages.english());
  }

  /** The summary in the language of {@code m}, its texts rendered by {@code m}. */
  public static String text(Assessment a, Messages m) {
    DoubleFunction<String> kg = v -> m.get(v >= 10 ? "assessment.kg" : "assessment.kg.small", v);
    DoubleFunction<String> score = v -> m.get("assessment.score", v);
    DoubleFunction<String> percent = v -> m.get("assessment.percent", v);
    StringBuilder sb = new StringBuilder();
    var p = a.provenance();
    sb.append(m.get("report.summary.title", a.company(), p.referenceDate().toString())).append('\n');
    sb.append(m.get("report.summary.provenance", p.methodology(), p.priorityWeights(), p.engineVersion()))
        .append('\n');
    if (!a.alerts().isEmpty()) {
      sb.append('\n').append(m.get("report.alerts")).append('\n');
      a.alerts().forEach(x -> sb.append("  ! ")
          .append(m.get("report.summary.line", m.render(x.kind().term()), m.render(x.text())))
          .append(" [").append(x.source()).append("]\n"));
    }
    sb.append('\n').append(m.get("report.summary.filieres")).append('\n');
    sb.append(String.format(Locale.ROOT, "  %-4s %-18s %14s %6s %6s %8s %8s%n", head(m, "rank"), head(m, "material"),
        head(m, "mass"), head(m, "score"), head(m, "risk"), head(m, "origin"), head(m, "refiner")));
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
        sb.append("   ").append(m.get("report.summary.recommendations")).append('\n');
        for (Recommendation r : f.recommendations()) {
          sb.append("   ").append(r.inPlace() ? "[x] " : "[ ] ").append(r.kind().name().toLowerCase(Locale.ROOT))
              .append(' ').append(m.get("report.summary.line", r.id(), m.render(r.justification()))).append('\n');
        }
      }
    }
    sb.append('\n').append(m.get("report.summary.regulations")).append('\n');
    for (var r : a.regulations()) {
      sb.append(String.format(Locale.ROOT, "  %-22s %-15s %s%n", r.id(), r.outcome(),
          r.appliesFrom().map(d -> m.get("report.summary.from", d.toString())).orElse("")));
    }
    if (!a.companyObligations().isEmpty()) {
      sb.append('\n').append(m.get("report.summary.company_obligations")).append('\n');
      for (Recommendation r : a.companyObligations()) {
        sb.append("  ").append(r.inPlace() ? "[x] " : "[ ] ").append(r.regulation().orElse("")).append(' ')
            .append(r.id()).append('\n');
      }
    }
    sb.append('\n').append(m.get("report.summary.roadmap")).append('\n');
    for (RoadmapAction r : a.roadmap()) {
      sb.append(String.format(Locale.ROOT, "  %3d %-6s %s %-16s %s %s%n", r.order(), r.phase().id(), r.dueDate(),
          r.material(), r.kind().name().toLowerCase(Locale.ROOT),
          m.get("report.summary.line", r.id(), m.render(r.justification()))));
    }
    a.scenario().ifPresent(s -> {
      sb.append('\n').append(m.get("report.summary.scenario", s.name())).append('\n');
      s.overrides().forEach(o -> sb.append("  * ").append(m.render(o)).append('\n'));
      sb.append(String.format(Locale.ROOT, "  %-18s %13s %13s %9s%n", head(m, "material"), head(m, "risk"),
          head(m, "priority"), head(m, "rank")));
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

  private static String head(Messages m, String column) {
    return m.get("report.summary.head." + column);
  }
}
