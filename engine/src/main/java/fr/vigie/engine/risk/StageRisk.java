package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.Explanation;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Stage;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A mineral's risk at one stage, per category, with the parts it was combined from.
 *
 * @param stage the stage
 * @param methodology the methodology's id and version
 * @param hhi concentration of the stage's output (0-1), empty when no country shares are known
 * @param processRisk per category: the share-weighted risk of the processes used (empty when no
 *     process of the stage has a factor in that category)
 * @param countryRisk per category: the production-weighted country risk (empty when no producing
 *     country has a score)
 * @param categories per category: the combined stage risk (empty when neither part exists)
 * @param overall the highest category stage risk (the headline), empty when no category has one
 * @param explanation the tree that produced it
 */
public record StageRisk(
    Stage stage,
    Methodology.Ref methodology,
    OptionalDouble hhi,
    Map<RiskCategory, OptionalDouble> processRisk,
    Map<RiskCategory, Optional<Concentration.WeightedRisk>> countryRisk,
    Map<RiskCategory, Optional<Scored>> categories,
    Optional<Scored> overall,
    Explanation explanation) {

  /** A score with its level. */
  public record Scored(double score, RiskLevel level) {}

  public StageRisk {
    processRisk = Collections.unmodifiableMap(new EnumMap<>(processRisk));
    countryRisk = Collections.unmodifiableMap(new EnumMap<>(countryRisk));
    categories = Collections.unmodifiableMap(new EnumMap<>(categories));
  }
}
