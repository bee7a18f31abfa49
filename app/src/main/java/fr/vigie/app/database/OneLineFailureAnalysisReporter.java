package fr.vigie.app.database;

import java.io.PrintStream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports startup failures. Known faults ({@link OneLineFailureAnalysis}) become one line on standard
 * error, without a stack trace; any other analysis is logged in Spring Boot's usual format (Boot's own
 * {@code LoggingFailureAnalysisReporter} is silenced in {@code application.properties} so that known
 * faults are not reported twice).
 */
class OneLineFailureAnalysisReporter implements FailureAnalysisReporter {

    private static final Log logger = LogFactory.getLog(OneLineFailureAnalysisReporter.class);

    private final PrintStream err;

    OneLineFailureAnalysisReporter() {
        this(System.err);
    }

    OneLineFailureAnalysisReporter(PrintStream err) {
        this.err = err;
    }

    @Override
    public void report(FailureAnalysis analysis) {
        if (analysis instanceof OneLineFailureAnalysis oneLine) {
            err.println(oneLine.line());
            err.flush();
            return;
        }
        if (logger.isDebugEnabled()) {
            logger.debug("Application failed to start due to an exception", analysis.getCause());
        }
        if (logger.isErrorEnabled()) {
            logger.error(bootFormat(analysis));
        }
    }

    /** The multi-line report Spring Boot prints for failures it knows. */
    static String bootFormat(FailureAnalysis analysis) {
        StringBuilder builder = new StringBuilder(String.format("%n%n"));
        builder.append(String.format("***************************%n"));
        builder.append(String.format("APPLICATION FAILED TO START%n"));
        builder.append(String.format("***************************%n%n"));
        builder.append(String.format("Description:%n%n"));
        builder.append(String.format("%s%n", analysis.getDescription()));
        if (analysis.getAction() != null && !analysis.getAction().isBlank()) {
            builder.append(String.format("%nAction:%n%n"));
            builder.append(String.format("%s%n", analysis.getAction()));
        }
        return builder.toString();
    }
}
