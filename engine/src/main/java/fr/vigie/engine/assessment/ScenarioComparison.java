package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.CountryWeight;
import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.FiliereChange;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.kernel.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a filiere changes between the baseline and a scenario (the pipeline run again on the changed
 * ledger aggregates): risk, priority and rank, regulated mass, with readable explanations.
 */
final class ScenarioComparison {
  private ScenarioComparison() {}

  static FiliereChange change(Filiere b, Filiere a, Optional<Scenario.Change> change) {
    List<Text> why = new ArrayList<>();
    change.ifPresentOrElse(c -> why.addAll(c.describe()), () -> why.add(Text.of("assessment.scenario.not_changed")));
    why.add(Text.of("assessment.scenario.risk", b.risk(), a.risk(), Phrases.delta(a.risk() - b.risk())));
    why.add(Text.of("assessment.scenario.exposure", b.stageExposure(), a.stageExposure(),
        Phrases.delta(a.stageExposure() - b.stageExposure())));
    for (StageExposure sb : b.stages()) {
      a.stage(sb.stage()).ifPresent(sa -> {
        if (Math.abs(sa.score() - sb.score()) >= 0.005) {
          why.add(Text.of("assessment.scenario.stage", Phrases.stage(sb.stage()), sb.score(), sa.score(),
              topCountries(sb), topCountries(sa)));
        }
      });
    }
    why.add(Text.of("assessment.scenario.priority", b.priorityScore(), a.priorityScore(),
        Phrases.delta(a.priorityScore() - b.priorityScore()), b.rank(), a.rank()));
    if (change.isEmpty() && a.rank() != b.rank()) {
      why.add(Text.of("assessment.scenario.rank_moves"));
    }
    double rb = b.regulations().isEmpty() ? 0 : b.massKg();
    double ra = a.regulations().isEmpty() ? 0 : a.massKg();
    if (b.regulations().isEmpty()) {
      why.add(Text.of("assessment.scenario.regulation.none", Phrases.mineral(b.material())));
    } else {
      why.add(Text.of(rb == ra ? "assessment.scenario.regulation.unchanged" : "assessment.scenario.regulation",
          Phrases.kg(rb), Phrases.kg(ra), String.join(", ", b.regulations())));
    }
    return new FiliereChange(b.material(), b.risk(), a.risk(), b.priorityScore(), a.priorityScore(), b.rank(),
        a.rank(), rb, ra, why, b.stageExposure(), a.stageExposure());
  }

  /** The three largest countries of a stage mix with their shares (nothing when it has none). */
  private static Object topCountries(StageExposure s) {
    List<Text> parts = s.countries().stream().limit(3)
        .map((CountryWeight c) -> Phrases.share(c.country(), c.share())).toList();
    return parts.isEmpty() ? "" : Phrases.list(parts);
  }
}
