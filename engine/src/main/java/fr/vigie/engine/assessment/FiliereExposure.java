package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.kernel.Stage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of the {@link Exposure} stage for one filiere.
 *
 * @param aggregate the ledger's figures of the filiere (after a scenario's change, when one runs)
 * @param stages the exposure per assessed stage, in value-chain order
 * @param declaredRefining whether supplier declarations gave the refining mix
 */
record FiliereExposure(FiliereAggregate aggregate, List<StageExposure> stages, boolean declaredRefining) {
  FiliereExposure {
    Objects.requireNonNull(aggregate, "aggregate");
    stages = List.copyOf(stages);
  }

  Optional<StageExposure> stage(Stage stage) {
    return stages.stream().filter(s -> s.stage() == stage).findFirst();
  }
}
