package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.Kind;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.regulation.Applicability;
import fr.vigie.engine.regulation.Regulation;
import fr.vigie.engine.regulation.RegulationAssessment;
import fr.vigie.engine.solution.Horizon;
import fr.vigie.engine.solution.Solution;
import fr.vigie.engine.solution.Solutions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fourth stage: what a filiere (or the company) should do. For each of a filiere's main (stage,
 * category) risks, the catalogue's solutions that address it (mineral-specific first, then the
 * narrowest), then the obligations of the texts that apply or may apply naming the mineral; each
 * marked in place when the profile's practices list it (or, for an obligation, one of its
 * solutions).
 */
final class Recommendations {
  private final Solutions solutions;
  private final PriorityWeights weights;

  Recommendations(Solutions solutions, PriorityWeights weights) {
    this.solutions = solutions;
    this.weights = weights;
  }

  /** Solutions (also a solution's name: {@code solution/<id>}), and obligations ({@code obligation/<text>/<id>}). */
  static Term solutionTerm(String id) {
    return Term.of("solution", id);
  }

  static Term obligationTerm(String text, String obligation) {
    return Term.of("obligation", text + "/" + obligation);
  }

  /** Whether a text names the mineral (or its group). */
  static boolean names(Regulation text, Mineral mineral) {
    return text.minerals().contains(mineral.id())
        || mineral.group().map(g -> text.minerals().contains(g)).orElse(false)
        || mineral.namedBy(text.id());
  }

  List<Recommendation> forFiliere(Mineral mineral, List<StageExposure> stages, AssessmentContext ctx) {
    List<Recommendation> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (FiliereRisk.Top t : FiliereRisk.topRisks(stages).stream().limit(weights.mainRisks()).toList()) {
      List<Solution> candidates = solutions.addressing(mineral.id(), t.stage(), t.category()).stream()
          .sorted(Comparator.comparing((Solution s) -> s.allMinerals() ? 1 : 0)
              .thenComparingInt(s -> s.stages().size()))
          .toList();
      int kept = 0;
      for (Solution s : candidates) {
        if (kept >= weights.solutionsPerRisk()) {
          break;
        }
        if (seen.add("s:" + s.id())) {
          kept++;
          Text why = Phrases.addresses(Phrases.riskAt(t.level(), t.category(), t.stage()), t.score());
          out.add(new Recommendation(Kind.SOLUTION, s.id(), solutionTerm(s.id()), s.horizon(), why,
              Optional.empty(), Optional.empty(), ctx.inPlace(s.id())));
        }
      }
    }
    for (RegulationAssessment a : ctx.regs()) {
      if (a.outcome() instanceof Applicability.DoesNotApply || !names(a.text(), mineral)) {
        continue;
      }
      for (Regulation.Obligation o : a.obligations()) {
        if (seen.add("o:" + a.text().id() + ":" + o.id())) {
          out.add(obligation(a, o, ctx));
        }
      }
    }
    return out;
  }

  /** Obligations of the texts that apply or may apply and name no mineral: company-wide. */
  static List<Recommendation> companyWide(AssessmentContext ctx) {
    List<Recommendation> out = new ArrayList<>();
    for (RegulationAssessment a : ctx.regs()) {
      if (!(a.outcome() instanceof Applicability.DoesNotApply) && a.text().minerals().isEmpty()) {
        a.obligations().forEach(o -> out.add(obligation(a, o, ctx)));
      }
    }
    return out;
  }

  static Recommendation obligation(RegulationAssessment a, Regulation.Obligation o, AssessmentContext ctx) {
    boolean inPlace = ctx.inPlace(o.id()) || o.solutions().stream().anyMatch(ctx::inPlace);
    Optional<LocalDate> from = a.appliesFrom();
    String text = a.text().id();
    Text why = switch (a.outcome()) {
      case Applicability.Applies ap -> Phrases.obligationApplies(text, ap.from(), ap.from().isAfter(ctx.date()));
      case Applicability.CannotTell ct -> Phrases.obligationMayApply(text, ct.missingFacts());
      case Applicability.DoesNotApply d -> Phrases.obligation(text);
      case Applicability.Recommended r -> Phrases.obligation(text);
    };
    Horizon h = from.map(d -> horizon(ctx.date(), d)).orElse(Horizon.SHORT);
    return new Recommendation(Kind.OBLIGATION, o.id(), obligationTerm(text, o.id()), h, why, Optional.of(text),
        from, inPlace);
  }

  /** Horizon of a due date: within a year short, within three years medium, later long. */
  static Horizon horizon(LocalDate date, LocalDate due) {
    if (!due.isAfter(date.plusYears(1))) {
      return Horizon.SHORT;
    }
    return due.isAfter(date.plusYears(3)) ? Horizon.LONG : Horizon.MEDIUM;
  }
}
