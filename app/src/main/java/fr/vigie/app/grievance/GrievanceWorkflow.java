package fr.vigie.app.grievance;

import fr.vigie.engine.kernel.Problem;

/**
 * The named policy of the case workflow: a move is allowed only along {@link GrievanceStatus#next()},
 * and closing needs an outcome (1 to {@value #OUTCOME_MAX} characters).
 */
final class GrievanceWorkflow {

    static final int OUTCOME_MAX = 2000;

    private GrievanceWorkflow() {
    }

    /** What the policy decides about a move. */
    sealed interface Decision {
        /** The move is allowed; {@code outcome} is the cleaned outcome when closing, else null. */
        record Allowed(GrievanceStatus to, String outcome) implements Decision {
        }

        /** The move is refused, for the reason the problem names. */
        record Refused(Problem problem) implements Decision {
        }
    }

    /** Decides whether a case in {@code from} may move to {@code to}, with {@code outcome} when closing. */
    static Decision decide(GrievanceStatus from, GrievanceStatus to, String outcome) {
        if (!from.next().contains(to)) {
            return new Decision.Refused(Problem.error("grievance-transition", from.id(), to.id()).atPath("status"));
        }
        String clean = outcome == null ? "" : outcome.strip();
        if (to == GrievanceStatus.CLOSED && (clean.isEmpty() || clean.length() > OUTCOME_MAX)) {
            return new Decision.Refused(Problem.error("grievance-outcome", OUTCOME_MAX).atPath("outcome"));
        }
        return new Decision.Allowed(to, to == GrievanceStatus.CLOSED ? clean : null);
    }
}
