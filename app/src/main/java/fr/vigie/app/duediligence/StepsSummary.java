package fr.vigie.app.duediligence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workspace's OECD five steps in figures.
 *
 * @param policy   the maturity policy's name (the engine's {@code MaturityPolicy.ID})
 * @param edition  the guidance edition the sub-steps follow
 * @param company  the company's maturity (each sub-step at the level of its least advanced filiere)
 * @param filieres each filiere of the workspace's current ledger (and any other with entries)
 */
public record StepsSummary(String policy, String edition, Scope company, List<Scope> filieres) {

    public StepsSummary {
        filieres = List.copyOf(filieres);
    }

    /**
     * One scope: the company or a filiere.
     *
     * @param scope    {@code company} or the filiere's mineral id
     * @param side     {@code upstream} or {@code downstream}: which sub-steps count
     * @param maturity 0 to 100
     * @param band     {@code initial}, {@code developing}, {@code established} or {@code advanced}
     * @param steps    the five steps
     */
    public record Scope(String scope, String side, double maturity, String band, List<Step> steps) {
        public Scope {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One step of a scope.
     *
     * @param number   1 to 5
     * @param maturity 0 to 100, empty when every sub-step is not applicable
     * @param levels   how many sub-steps are at each level: {@code not_started}, {@code in_progress},
     *                 {@code implemented} (no evidence), {@code evidenced}, {@code not_applicable}
     * @param evidence pieces of evidence (files and links) recorded on the scope's own entries of the step
     */
    public record Step(int number, Optional<Double> maturity, Map<String, Integer> levels, int evidence) {
        public Step {
            levels = Map.copyOf(levels);
        }
    }
}
