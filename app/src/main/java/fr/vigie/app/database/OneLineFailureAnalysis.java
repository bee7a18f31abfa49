package fr.vigie.app.database;

import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A failure analysis for a known startup fault, reported by {@link OneLineFailureAnalysisReporter} as a
 * single line: {@code vigie: <description> (<action>)}.
 */
final class OneLineFailureAnalysis extends FailureAnalysis {

    OneLineFailureAnalysis(String description, String action, Throwable cause) {
        super(description, action, cause);
    }

    /** The line printed for this fault. */
    String line() {
        return "vigie: " + getDescription() + " (" + getAction() + ")";
    }
}
