package fr.vigie.app.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * One operation of a kind at a time per workspace (a ledger import, an assessment run), across every
 * instance on the database: a second one started while the first is in progress is refused at once
 * (the pages and the API answer 409 "in progress"), instead of racing it (two imports used to collide
 * on the one-current-ledger index with a 500; two runs stored two assessments).
 *
 * <p>The guard is a PostgreSQL session-level advisory lock ({@code pg_try_advisory_lock}) on a key
 * derived from the kind and the workspace id ({@code hashtextextended('vigie.<kind>.<id>', 0)}), held
 * on a connection of its own for the operation's duration and released after it, whatever its
 * outcome; PostgreSQL releases it too if the instance dies (the connection closes), so it cannot be
 * left behind. The operation itself runs on other connections (its own transactions).
 */
@Component
public class WorkspaceOperations {

    /** The kinds of guarded operations. */
    public enum Kind {
        /** A purchase ledger upload, from the file's arrival to the stored ledger. */
        LEDGER_IMPORT("ledger-import"),
        /** An assessment run, from reading the inputs to the stored assessment and its roadmap merge. */
        ASSESSMENT_RUN("assessment-run");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The kind's id in lock names and messages. */
        public String id() {
            return id;
        }
    }

    /** Work that may throw what the guarded operation throws. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** The problem type (RFC 9457) of a refused operation; the {@code kind} property says which. */
    public static final String IN_PROGRESS_TYPE = "/problems/workspace.in_progress";

    private final DataSource dataSource;
    private final MessageSource messages;

    WorkspaceOperations(DataSource dataSource, MessageSource messages) {
        this.dataSource = dataSource;
        this.messages = messages;
    }

    /** The message key telling that an operation of the kind is in progress ({@code operation.running.<kind>}). */
    public static String messageKey(Kind kind) {
        return "operation.running." + kind.id();
    }

    /**
     * The API's answer to an operation refused because another is in progress: 409 with an RFC 9457
     * problem (type {@value #IN_PROGRESS_TYPE}, the message in the language, properties {@code code}
     * and {@code kind}).
     */
    public ProblemDetail inProgress(Kind kind, Locale locale) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(messageKey(kind), null, locale));
        detail.setType(URI.create(IN_PROGRESS_TYPE));
        detail.setTitle(messages.getMessage("operation.running.title", null, locale));
        detail.setProperty("code", "workspace.in_progress");
        detail.setProperty("kind", kind.id());
        return detail;
    }

    /**
     * Runs {@code work} when no operation of the kind is in progress on the workspace.
     *
     * @return the work's result, or empty when another one is in progress (nothing ran)
     */
    public <T, E extends Exception> Optional<T> runAlone(Kind kind, long workspaceId, Work<T, E> work) throws E {
        String name = "vigie." + kind.id() + "." + workspaceId;
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "select pg_try_advisory_lock(hashtextextended(?, 0))", name)) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.run());
            } finally {
                call(connection, "select pg_advisory_unlock(hashtextextended(?, 0))", name);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("workspace operation lock " + name, e);
        }
    }

    private static boolean call(Connection connection, String sql, String name) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
