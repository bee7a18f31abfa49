package fr.vigie.app.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Analyses the startup faults Vigie detects itself (data directory, lock, database). */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<StartupFailureException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupFailureException cause) {
        return new OneLineFailureAnalysis(cause.problem(), cause.fix(), cause);
    }
}
