package fr.vigie.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The embedded PostgreSQL server: binaries from the {@code io.zonky.test.postgres} Maven artifact, data
 * files in {@code <data-dir>/postgres} (kept between runs), listening on 127.0.0.1 only on a free port,
 * holding the {@link DataDirectoryLock} for as long as it runs. Vigie's tables live in the database
 * {@value #DATABASE}, created on first start.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "vigie";
    static final String USER = "postgres";

    private static final Log logger = LogFactory.getLog(EmbeddedDatabase.class);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(DataDirectoryLock lock, EmbeddedPostgres postgres) {
        this.lock = lock;
        this.postgres = postgres;
    }

    /**
     * Locks the data directory, then starts PostgreSQL on it (initialising it on first start).
     *
     * @throws StartupFailureException when the data directory is locked by another Vigie or not writable
     */
    static EmbeddedDatabase start(DataDirectory directory) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
        try {
            long started = System.nanoTime();
            stopLeftOverServer(directory.resolve("postgres"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // the library tunes PostgreSQL for throw-away test databases: Vigie's data must survive a crash
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false) // the application context stops it, after the web server
                    .setOverrideWorkingDirectory(binariesDirectory().toFile())
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(lock, postgres);
            database.createDatabaseIfMissing();
            logger.info("Embedded PostgreSQL started in %d ms on 127.0.0.1:%d, data in %s".formatted(
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), postgres.getPort(),
                    directory.resolve("postgres")));
            return database;
        } catch (IOException e) {
            lock.close();
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + directory.resolve("postgres")
                    + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Where the PostgreSQL binaries are unpacked: one directory per operating-system user under the
     * temporary directory, so that users of one machine do not share (and cannot block) each other's.
     */
    static Path binariesDirectory() throws IOException {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "vigie-postgres-" + user));
    }

    /**
     * Stops a PostgreSQL server still running on these files because a previous Vigie was killed
     * without stopping it (the server runs as its own process). Holding the data directory lock proves
     * that no running Vigie uses it. A SIGTERM asks PostgreSQL for a clean shutdown.
     */
    static void stopLeftOverServer(Path postgresDirectory) throws IOException {
        Path pidFile = postgresDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try (var lines = Files.lines(pidFile)) {
            pid = Long.parseLong(lines.findFirst().orElse("").strip());
        } catch (NumberFormatException e) {
            return; // not a pid file PostgreSQL wrote: PostgreSQL itself reports it
        }
        Optional<ProcessHandle> server = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (server.isEmpty()) {
            return; // stale pid file: PostgreSQL starts over it
        }
        logger.warn("Stopping the PostgreSQL server (pid %d) left running on %s by a Vigie that did not stop cleanly"
                .formatted(pid, postgresDirectory));
        ProcessHandle process = server.get();
        process.destroy();
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the PostgreSQL server " + pid, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the PostgreSQL server " + pid + " left running on " + postgresDirectory
                    + " did not stop within 60 s; stop it, then start Vigie again", e);
        }
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            boolean exists;
            try (var result = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                exists = result.next();
            }
            if (!exists) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IOException("cannot create the database '" + DATABASE + "': " + e.getMessage(), e);
        }
    }

    /** JDBC URL of Vigie's database on this server. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    /** Stops PostgreSQL, then releases the lock. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            logger.warn("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        } finally {
            lock.close();
        }
    }
}
