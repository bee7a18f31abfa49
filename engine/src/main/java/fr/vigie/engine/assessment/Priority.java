package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.ScoreComponent;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.regulation.Applicability;
import fr.vigie.engine.regulation.RegulationAssessment;
import fr.vigie.engine.kernel.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Third stage: the priority score of a filiere, its readable reasons, and the ranking
 * (docs/assessment.md). The score is {@code sum(weight x value)} over the components: volume (mass
 * over the largest filiere's), risk (the mean of the headline exposure, the worst category, and the
 * stage exposure, the stages' scores weighted by their masses: so that a change at any stage moves
 * it), concentration (world HHI), regulation
 * (pressure of the texts naming the mineral over the saturation: a text that applies counts 1, one
 * that may apply the cannot-tell weight; at most 1) and traceability gap (one minus the mean of the
 * origin and refiner coverage).
 */
final class Priority {
  private final PriorityWeights weights;

  Priority(PriorityWeights weights) {
    this.weights = weights;
  }

  /** The score of a filiere; {@code naming} are the texts that apply or may apply naming its mineral. */
  PriorityScore score(FiliereExposure e, RiskProfile r, List<RegulationAssessment> naming, double maxMass) {
    FiliereAggregate f = e.aggregate();
    double pressure = 0;
    for (RegulationAssessment a : naming) {
      pressure += pressure(a.outcome());
    }
    double traceability = (f.originCoverage() + f.refinerCoverage()) / 2;
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("volume", maxMass > 0 ? f.massKg() / maxMass : 0);
    values.put("risk", (r.risk() + Assessment.stageExposure(e.stages())) / 2);
    values.put("concentration", r.concentration());
    values.put("regulation", Math.min(1, pressure / weights.regulationSaturation()));
    values.put("traceability_gap", 1 - traceability);
    List<ScoreComponent> components = new ArrayList<>();
    double score = 0;
    for (String c : PriorityWeights.COMPONENTS) {
      double w = weights.weight(c);
      double v = values.get(c);
      components.add(new ScoreComponent(c, v, w, w * v));
      score += w * v;
    }
    return new PriorityScore(score, components);
  }

  /**
   * What one text adds to the regulatory pressure: a binding text that applies 1, a binding text
   * that may apply the cannot-tell weight, a voluntary framework {@value #RECOMMENDED_WEIGHT} (it
   * binds nobody, so it weighs below both).
   */
  double pressure(Applicability outcome) {
    return switch (outcome) {
      case Applicability.Applies a -> 1;
      case Applicability.CannotTell c -> weights.cannotTellWeight();
      case Applicability.Recommended r -> Math.min(RECOMMENDED_WEIGHT, weights.cannotTellWeight());
      case Applicability.DoesNotApply d -> 0;
    };
  }

  /** What a recommendation (voluntary framework) counts for, at most the cannot-tell weight. */
  static final double RECOMMENDED_WEIGHT = 0.1;

  /** The reasons of a score, one per component, most weighty first. */
  List<Text> reasons(FiliereExposure e, RiskProfile r, PriorityScore p, List<RegulationAssessment> naming) {
    return p.components().stream()
        .sorted(Comparator.comparingDouble(ScoreComponent::contribution).reversed())
        .map(c -> reason(c, e, r, naming))
        .toList();
  }

  private static Text reason(ScoreComponent c, FiliereExposure e, RiskProfile r, List<RegulationAssessment> naming) {
    FiliereAggregate f = e.aggregate();
    String material = f.material().value();
    double adds = c.contribution();
    return switch (c.id()) {
      case "volume" -> Phrases.volume(f.massKg(), c.value(), adds);
      case "risk" -> FiliereRisk.topRisks(e.stages()).stream().findFirst()
          .map(t -> Phrases.risk(Phrases.riskAt(t.level(), t.category(), t.stage()), t.score(),
              stageBasis(e.stage(t.stage()).orElseThrow()), c.value(), adds))
          .orElse(Phrases.noRisk(material, adds));
      case "concentration" -> r.concentrated()
          .map(w -> {
            List<Map.Entry<String, Double>> top = w.shares().entrySet().stream().limit(3).toList();
            return Phrases.concentration(w.stage(), w.hhi(), top.stream().map(Map.Entry::getKey).toList(),
                top.stream().map(Map.Entry::getValue).toList(), adds);
          })
          .orElse(Phrases.noConcentration(adds));
      case "regulation" -> naming.isEmpty()
          ? Phrases.noRegulation(material, adds)
          : Phrases.regulation(material, naming.stream().map(a -> a.text().id()).toList(),
              naming.stream().map(a -> a.outcome().id()).toList(), adds);
      case "traceability_gap" ->
          Phrases.traceability(f.originCoverage(), f.refinerCoverage(), f.recycledShare(), adds);
      default -> Phrases.component(c.id(), c.value(), adds);
    };
  }

  private static Text stageBasis(StageExposure s) {
    return s.knownShare() >= 1 ? Phrases.ledgerCountries()
        : s.stage() == Stage.RECYCLING ? Phrases.recycledMass()
        : Phrases.unknownCountry(1 - s.knownShare(), s.basis());
  }

  /**
   * One scored filiere waiting for its rank.
   *
   * @param material mineral id
   * @param massKg its mass (ties of score: the larger mass first)
   * @param score its priority score
   */
  record Entry<T>(String material, double massKg, double score, T item) {}

  /**
   * A filiere with its rank (1 = highest priority) and the rank's reason, e.g. {@code rank 1 of 3:
   * priority score 0.71 (next: cobalt 0.55)}.
   */
  record Ranked<T>(int rank, T item, Text rankReason) {}

  /** Ranks by score, then mass (larger first), then mineral id. */
  static <T> List<Ranked<T>> rank(List<Entry<T>> entries) {
    List<Entry<T>> sorted = entries.stream()
        .sorted(Comparator.comparingDouble((Entry<T> x) -> x.score()).reversed()
            .thenComparing(Comparator.comparingDouble((Entry<T> x) -> x.massKg()).reversed())
            .thenComparing(Entry::material))
        .toList();
    List<Ranked<T>> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Entry<T> f = sorted.get(i);
      Optional<Entry<T>> next = i + 1 < sorted.size() ? Optional.of(sorted.get(i + 1)) : Optional.empty();
      Text reason = Phrases.rank(i + 1, sorted.size(), f.score(), next.map(Entry::material),
          next.map(Entry::score).orElse(0.0));
      out.add(new Ranked<>(i + 1, f.item(), reason));
    }
    return out;
  }
}
