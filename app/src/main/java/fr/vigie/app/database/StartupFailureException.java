package fr.vigie.app.database;

import java.util.Objects;

/**
 * A startup fault the user can fix: carries what is wrong and how to fix it, both plain sentences
 * without a final period. {@link StartupFailureAnalyzer} turns it into a one-line report.
 */
final class StartupFailureException extends RuntimeException {

    private final String problem;
    private final String fix;

    StartupFailureException(String problem, String fix, Throwable cause) {
        super(problem + " (" + fix + ")", cause);
        this.problem = Objects.requireNonNull(problem);
        this.fix = Objects.requireNonNull(fix);
    }

    StartupFailureException(String problem, String fix) {
        super(problem + " (" + fix + ")");
        this.problem = Objects.requireNonNull(problem);
        this.fix = Objects.requireNonNull(fix);
    }

    String problem() {
        return problem;
    }

    String fix() {
        return fix;
    }
}
