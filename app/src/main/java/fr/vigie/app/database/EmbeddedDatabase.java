package fr.vigie.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

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
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
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
