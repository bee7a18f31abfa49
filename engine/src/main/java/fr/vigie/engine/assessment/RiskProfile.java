package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.CategoryScore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of the {@link FiliereRisk} stage for one filiere.
 *
 * @param categories the risk exposure per category over the stages
 * @param risk the headline exposure: the highest category
 * @param concentrated the more concentrated of the world extraction and refining mixes, when known
 * @param grossSupplyRisk the mineral's world gross supply risk (EU method), when known
 */
record RiskProfile(
    List<CategoryScore> categories, double risk, Optional<WorldMixes.WorldMix> concentrated,
    Optional<Double> grossSupplyRisk) {
  RiskProfile {
    categories = List.copyOf(categories);
    Objects.requireNonNull(concentrated, "concentrated");
    Objects.requireNonNull(grossSupplyRisk, "grossSupplyRisk");
  }

  /** The world HHI of {@link #concentrated()}, 0 when unknown. */
  double concentration() {
    return concentrated.map(WorldMixes.WorldMix::hhi).orElse(0.0);
  }
}
