package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.ScoreComponent;
import java.util.List;

/**
 * The result of the {@link Priority} stage's scoring for one filiere.
 *
 * @param score the weighted sum of the components, in [0,1]
 * @param components the parts, in {@link PriorityWeights#COMPONENTS} order
 */
record PriorityScore(double score, List<ScoreComponent> components) {
  PriorityScore {
    components = List.copyOf(components);
  }
}
