package fr.vigie.app.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Turns Spring Boot's "port in use" failure into a one-line report naming the port and the fix. */
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        int port = cause.getPort();
        return new OneLineFailureAnalysis(
                "port " + port + " is already in use",
                "stop the program listening on port " + port + ", or choose another port: SERVER_PORT=" + (port + 1)
                        + " bin/vigie serve",
                cause);
    }
}
