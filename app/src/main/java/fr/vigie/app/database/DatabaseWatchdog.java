package fr.vigie.app.database;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Watches the embedded PostgreSQL server and starts it again when its process has died, every
 * {@code vigie.database.watchdog-interval} (5 s by default). Meanwhile the application answers
 * "database unavailable" (503) and readiness is DOWN ({@link DatabaseUnavailable}); the connection
 * pool reconnects by itself once the server is back. One watchdog per embedded server, which only
 * one instance can run (the data directory lock): no database lock is needed. An external database is
 * restarted by whoever runs it.
 */
final class DatabaseWatchdog implements AutoCloseable {

    private static final Log logger = LogFactory.getLog(DatabaseWatchdog.class);

    private final EmbeddedDatabase database;
    private final ScheduledExecutorService scheduler;

    DatabaseWatchdog(EmbeddedDatabase database, Duration interval) {
        this.database = database;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "vigie-database-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Restarts the server if it has stopped.
     *
     * @return whether it was restarted now
     */
    boolean check() {
        try {
            return database.restartIfStopped();
        } catch (IOException | RuntimeException e) {
            logger.error("Embedded PostgreSQL did not start again (next try in a moment): " + e.getMessage(), e);
            return false;
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(70, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
