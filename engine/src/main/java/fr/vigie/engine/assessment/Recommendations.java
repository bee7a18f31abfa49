package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.Kind;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.regulation.Applicability;
import fr.vigie.engine.regulation.Regulation;
import fr.vigie.engine.regulation.RegulationAssessment;
import fr.vigie.engine.regulation.profile.ChainPosition;
import fr.vigie.engine.solution.Horizon;
import fr.vigie.engine.solution.Solution;
import fr.vigie.engine.solution.SolutionType;
import fr.vigie.engine.solution.Solutions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fourth stage: what a filiere (or the company) should do, following from where the company stands
 * in the filiere's chain (docs/assessment.md, "Recommendations"):
 *
 * <ol>
 *   <li>a buyer (downstream manufacturer, trader or importer) first surveys its suppliers with the
 *       reporting template of the mineral (CMRT for 3TG, EMRT for cobalt, mica, copper, graphite,
 *       lithium, nickel, AMRT for the others), checks the reported smelters and refiners against
 *       their audit status, writes sourcing clauses and engages its suppliers;
 *   <li>for each of the filiere's main (stage, category) risks, the catalogue's solutions that
 *       address it (mineral-specific first, then the narrowest); a programme run at mine sites is
 *       the company's own action only when it sources from mines (refiner, smelter, mine operator),
 *       otherwise it is supported through the suppliers, medium term at the earliest;
 *   <li>the levers of rethinking practices (substitution, sobriety, recycling, relocation) where
 *       the filiere's risk, concentration or recycled share call for them ({@link Levers});
 *   <li>the obligations of the texts that apply or may apply naming the mineral.
 * </ol>
 *
 * Each is marked in place when the profile's practices list it (or, for an obligation, one of its
 * solutions), or when the OECD steps' evidenced sub-steps of the filiere put it in place, and says
 * why it is there and its horizon.
 */
final class Recommendations {
  /** The minerals of the Conflict Minerals Reporting Template. */
  static final Set<String> CMRT = Set.of("tin", "tantalum", "tungsten", "gold");

  /** The minerals of the Extended Minerals Reporting Template. */
  static final Set<String> EMRT = Set.of("cobalt", "mica", "copper", "natural_graphite", "lithium", "nickel");

  /**
   * The buyer's steps: recommended by position only, never matched to a risk through the
   * catalogue (a refiner or mine operator does not survey its customers' suppliers).
   */
  static final Set<String> BUYER_STEPS = Set.of("cmrt_survey", "emrt_survey", "amrt_survey", "smelter_audit_check",
      "sourcing_clauses", "supplier_engagement");

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

  /** The supplier reporting template of a mineral: {@code cmrt_survey}, {@code emrt_survey} or {@code amrt_survey}. */
  static String surveyOf(String material) {
    return CMRT.contains(material) ? "cmrt_survey" : EMRT.contains(material) ? "emrt_survey" : "amrt_survey";
  }

  /**
   * Whether a solution is run at mine sites: a field project, or an entry acting at extraction and
   * pre-treatment only (ITSCI, IRMA, TSM, Fairmined...).
   */
  static boolean atMineSites(Solution s) {
    return s.type() == SolutionType.FIELD_PROJECT
        || Set.of(Stage.EXTRACTION, Stage.PRE_TREATMENT).containsAll(s.stages());
  }

  List<Recommendation> forFiliere(
      Mineral mineral, FiliereExposure e, RiskProfile r, Levers levers, ChainPosition position,
      AssessmentContext ctx) {
    List<Recommendation> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<StageExposure> stages = e.stages();
    List<FiliereRisk.Top> top = FiliereRisk.topRisks(stages).stream().limit(weights.mainRisks()).toList();
    Optional<Text> mainRisk = top.stream().findFirst()
        .map(t -> Phrases.addresses(Phrases.riskAt(t.level(), t.category(), t.stage()), t.score()));
    if (!position.sourcesFromMines()) {
      FiliereAggregate f = e.aggregate();
      String survey = surveyOf(mineral.id().value());
      buyerStep(out, seen, mineral, survey, Text.of("assessment.why.survey", position.term(), 1 - f.originCoverage(),
          1 - f.refinerCoverage()), ctx);
      Text refining = e.stage(Stage.REFINING)
          .flatMap(s -> FiliereRisk.topRisks(List.of(s)).stream().findFirst())
          .map(t -> Phrases.addresses(Phrases.riskAt(t.level(), t.category(), t.stage()), t.score()))
          .orElse(Text.of("assessment.why.refiners_unassessed"));
      buyerStep(out, seen, mineral, "smelter_audit_check", Text.of("assessment.why.audit_check", refining), ctx);
      mainRisk.ifPresent(why -> {
        buyerStep(out, seen, mineral, "sourcing_clauses", Text.of("assessment.why.clauses", why), ctx);
        buyerStep(out, seen, mineral, "supplier_engagement", Text.of("assessment.why.engage", why), ctx);
      });
    }
    for (FiliereRisk.Top t : top) {
      List<Solution> candidates = solutions.addressing(mineral.id(), t.stage(), t.category()).stream()
          .filter(s -> !BUYER_STEPS.contains(s.id()))
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
          Horizon h = s.horizon();
          if (atMineSites(s) && !position.sourcesFromMines()) {
            why = Text.of("assessment.why.through_suppliers", why, position.term());
            h = h == Horizon.SHORT ? Horizon.MEDIUM : h;
          }
          out.add(new Recommendation(Kind.SOLUTION, s.id(), solutionTerm(s.id()), h, why,
              Optional.empty(), Optional.empty(), ctx.inPlace(s.id(), mineral.id().value())));
        }
      }
    }
    for (Levers.Lever l : levers.of(mineral.id(), e, r, position)) {
      solutions.find(l.solution()).filter(s -> s.covers(mineral.id())).ifPresent(s -> {
        if (seen.add("s:" + s.id())) {
          out.add(new Recommendation(Kind.SOLUTION, s.id(), solutionTerm(s.id()), s.horizon(), l.why(),
              Optional.empty(), Optional.empty(), ctx.inPlace(s.id(), mineral.id().value())));
        }
      });
    }
    for (RegulationAssessment a : ctx.regs()) {
      if (a.outcome() instanceof Applicability.DoesNotApply || !names(a.text(), mineral)) {
        continue;
      }
      for (Regulation.Obligation o : a.obligations()) {
        if (seen.add("o:" + a.text().id() + ":" + o.id())) {
          out.add(obligation(a, o, ctx, Optional.of(mineral.id().value())));
        }
      }
    }
    return out;
  }

  /** A buyer's step, when the catalogue has it. */
  private void buyerStep(
      List<Recommendation> out, Set<String> seen, Mineral mineral, String id, Text why, AssessmentContext ctx) {
    solutions.find(id).ifPresent(s -> {
      if (seen.add("s:" + s.id())) {
        out.add(new Recommendation(Kind.SOLUTION, s.id(), solutionTerm(s.id()), s.horizon(), why,
            Optional.empty(), Optional.empty(), ctx.inPlace(s.id(), mineral.id().value())));
      }
    });
  }

  /** Obligations of the texts that apply or may apply and name no mineral: company-wide. */
  static List<Recommendation> companyWide(AssessmentContext ctx) {
    List<Recommendation> out = new ArrayList<>();
    for (RegulationAssessment a : ctx.regs()) {
      if (!(a.outcome() instanceof Applicability.DoesNotApply) && a.text().minerals().isEmpty()) {
        a.obligations().forEach(o -> out.add(obligation(a, o, ctx, Optional.empty())));
      }
    }
    return out;
  }

  /** An obligation, in place when it or one of its solutions is, in the filiere when given. */
  static Recommendation obligation(
      RegulationAssessment a, Regulation.Obligation o, AssessmentContext ctx, Optional<String> material) {
    java.util.function.Predicate<String> in = id -> material.map(m -> ctx.inPlace(id, m)).orElseGet(() -> ctx.inPlace(id));
    boolean inPlace = in.test(o.id()) || o.solutions().stream().anyMatch(in);
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

  /**
   * Horizon of a due date, as the roadmap's phases: within six months short, within eighteen
   * months medium, later long.
   */
  static Horizon horizon(LocalDate date, LocalDate due) {
    if (!due.isAfter(date.plusMonths(Roadmap.SHORT_MONTHS))) {
      return Horizon.SHORT;
    }
    return due.isAfter(date.plusMonths(Roadmap.MEDIUM_MONTHS)) ? Horizon.LONG : Horizon.MEDIUM;
  }
}
