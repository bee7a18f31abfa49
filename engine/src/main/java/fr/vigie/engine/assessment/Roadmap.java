package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.Kind;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.assessment.Assessment.RoadmapAction;
import fr.vigie.engine.solution.Horizon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fifth stage: the phased roadmap. Every recommendation not in place (company-wide obligations and
 * the gap of each filiere) becomes an action, ordered by phase (its horizon), filiere rank
 * (company-wide first), due date, kind and id.
 */
final class Roadmap {
  private Roadmap() {}

  static List<RoadmapAction> of(List<Filiere> filieres, List<Recommendation> company, LocalDate date) {
    record Draft(Horizon phase, int rank, LocalDate due, String material, Recommendation r) {}
    List<Draft> drafts = new ArrayList<>();
    for (Recommendation r : company) {
      if (!r.inPlace()) {
        drafts.add(new Draft(r.horizon(), 0, due(r, date), "all", r));
      }
    }
    for (Filiere f : filieres) {
      for (Recommendation r : f.gap()) {
        drafts.add(new Draft(r.horizon(), f.rank(), due(r, date), f.material(), r));
      }
    }
    drafts.sort(Comparator.comparing(Draft::phase).thenComparingInt(Draft::rank)
        .thenComparing(Draft::due).thenComparing(d -> d.r().kind()).thenComparing(d -> d.r().id()));
    List<RoadmapAction> out = new ArrayList<>();
    for (Draft d : drafts) {
      Recommendation r = d.r();
      out.add(new RoadmapAction(d.phase(), out.size() + 1, d.material(), r.kind(), r.id(), r.title(),
          Phrases.scoped(r.justification(), d.material(), d.rank()), d.due()));
    }
    return out;
  }

  /**
   * Due date of an action: an obligation's application date (the reference date when it already
   * applies or when applicability cannot be told); for a solution, the end of its horizon (one,
   * three or five years after the reference date).
   */
  static LocalDate due(Recommendation r, LocalDate date) {
    if (r.kind() == Kind.OBLIGATION) {
      return r.dueDate().filter(d -> d.isAfter(date)).orElse(date);
    }
    return switch (r.horizon()) {
      case SHORT -> date.plusYears(1);
      case MEDIUM -> date.plusYears(3);
      case LONG -> date.plusYears(5);
    };
  }
}
