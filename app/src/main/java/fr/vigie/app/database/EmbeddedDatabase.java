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
import org.postgresql.PGConnection;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The embedded PostgreSQL server: binaries from the {@code io.zonky.test.postgres} Maven artifact, unpacked
 * in the owner-only {@link PostgresBinaries} directory, data files in {@code <data-dir>/postgres} (kept
 * between runs, moved to the current major by {@link ClusterUpgrade} when an older one created them),
 * listening on 127.0.0.1 only on a free port, holding the {@link DataDirectoryLock} for as long as it runs. Vigie's tables live in the database
 * {@value #DATABASE}, created on first start.
 *
 * <p>Every connection needs the {@link DatabasePassword} of the {@value #USER} role (SCRAM-SHA-256).
 * A new server gets it from {@code initdb}, and its {@code pg_hba.conf} is switched from {@code trust}
 * before the server first starts; a data directory initialised before Vigie used passwords (all
 * {@code trust}) is upgraded on its next start: password set, file rewritten, configuration reloaded.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "vigie";
    static final String USER = "postgres";

    private static final Log logger = LogFactory.getLog(EmbeddedDatabase.class);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres.Builder builder;
    private final Path binaries;
    private final Path postgresDirectory;
    private final Path passwordFile;
    private final String password;
    private volatile EmbeddedPostgres postgres;
    private volatile ProcessHandle server;
    private boolean closed;

    private EmbeddedDatabase(DataDirectoryLock lock, EmbeddedPostgres.Builder builder, Path binaries,
            Path postgresDirectory, Path passwordFile, EmbeddedPostgres postgres, ProcessHandle server,
            String password) {
        this.lock = lock;
        this.binaries = binaries;
        this.server = server;
        this.builder = builder;
        this.postgresDirectory = postgresDirectory;
        this.passwordFile = passwordFile;
        this.postgres = postgres;
        this.password = password;
    }

    /**
     * Locks the data directory, then starts PostgreSQL on it (initialising it on first start).
     *
     * @throws StartupFailureException when the data directory is locked by another Vigie or not writable,
     *         or the database password file is missing or refused
     */
    static EmbeddedDatabase start(DataDirectory directory) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
        Optional<ClusterUpgrade> upgrade = Optional.empty();
        try {
            long started = System.nanoTime();
            Path postgresDirectory = directory.resolve("postgres");
            Path binaries = PostgresBinaries.prepare(directory);
            stopLeftOverServer(postgresDirectory);
            ClusterUpgrade.rollBackInterrupted(directory);
            Path passwordFile = directory.resolve(DatabasePassword.FILE_NAME);
            if (Files.exists(postgresDirectory.resolve("postgresql.conf"))) {
                String current = DatabasePassword.load(passwordFile, HostBasedAuthentication.trusts(postgresDirectory));
                upgrade = ClusterUpgrade.prepare(directory, binaries, current);
            }
            // the library runs initdb when this file is missing
            boolean initialise = !Files.exists(postgresDirectory.resolve("postgresql.conf"));
            boolean trusting = !initialise && HostBasedAuthentication.trusts(postgresDirectory);
            String password = DatabasePassword.load(passwordFile, initialise || trusting);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(postgresDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // the library tunes PostgreSQL for throw-away test databases: Vigie's data must survive a crash
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // used by the library's readiness check and data sources
                    .setConnectConfig("password", password)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false) // the application context stops it, after the web server
                    .setPgBinaryResolver(PostgresBinaries.Archive.current(binaries))
                    .setOverrideWorkingDirectory(binaries.toFile());
            if (initialise) {
                // initdb options: the role's password, hashed by initdb; no trust once the server runs
                builder.setLocaleConfig("pwfile", passwordFile.toString())
                        .setDataDirectoryCustomizer(data -> requirePasswordBeforeStart(data.toPath()));
            }
            EmbeddedPostgres postgres = start(builder, postgresDirectory, passwordFile);
            PostgresBinaries.close(binaries);
            // a restart keeps the port: the connection pool's URL names it
            builder.setPort(postgres.getPort());
            EmbeddedDatabase database;
            try {
                database = new EmbeddedDatabase(lock, builder, binaries, postgresDirectory, passwordFile, postgres,
                        postmaster(postgresDirectory), password);
            } catch (IOException e) {
                postgres.close();
                throw e;
            }
            try {
                if (trusting) {
                    database.requirePassword(postgresDirectory, passwordFile);
                }
                database.createDatabaseIfMissing();
                if (upgrade.isPresent()) {
                    upgrade.get().complete(database.jdbcUrl(), USER, password);
                    upgrade = Optional.empty();
                }
            } catch (IOException | RuntimeException e) {
                postgres.close();
                throw e;
            }
            logger.info("Embedded PostgreSQL %d started in %d ms on 127.0.0.1:%d, data in %s".formatted(
                    ClusterUpgrade.CURRENT_MAJOR, Duration.ofNanos(System.nanoTime() - started).toMillis(),
                    postgres.getPort(), directory.resolve("postgres")));
            return database;
        } catch (IOException e) {
            rollBack(upgrade, e);
            lock.close();
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + directory.resolve("postgres")
                    + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollBack(upgrade, e);
            lock.close();
            throw e;
        }
    }

    /** Puts the old files of a failed upgrade back, so that nothing half-upgraded stays. */
    private static void rollBack(Optional<ClusterUpgrade> upgrade, Exception failure) {
        upgrade.ifPresent(u -> {
            try {
                u.rollBack();
                logger.error("The upgrade from PostgreSQL %d failed; the old files are back in place".formatted(
                        u.oldMajor()));
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        });
    }

    /** Starts the server; when it started but refused to serve, stops it before reporting why. */
    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, Path postgresDirectory, Path passwordFile)
            throws IOException {
        try {
            return builder.start();
        } catch (IOException e) {
            try {
                stopLeftOverServer(postgresDirectory);
            } catch (IOException stopFailure) {
                e.addSuppressed(stopFailure);
            }
            if (passwordRefused(e)) {
                throw new StartupFailureException(
                        "the embedded database refused the password in " + passwordFile,
                        "restore that file from a backup of the data directory", e);
            }
            throw e;
        }
    }

    /** Whether PostgreSQL refused the password (SQL state 28P01) somewhere in the causes of {@code e}. */
    private static boolean passwordRefused(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "28P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void requirePasswordBeforeStart(Path postgresDirectory) {
        try {
            HostBasedAuthentication.requirePassword(postgresDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + postgresDirectory.resolve(HostBasedAuthentication.FILE_NAME)
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Upgrades a server that trusts local clients, over one connection it still trusts: sets the
     * password (sent as a SCRAM-SHA-256 verifier, never in clear), rewrites {@code pg_hba.conf}, then
     * reloads the configuration. Each step can be repeated, so an interrupted upgrade resumes on the
     * next start.
     */
    private void requirePassword(Path postgresDirectory, Path passwordFile) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.unwrap(PGConnection.class).alterUserPassword(USER, password.toCharArray(), "scram-sha-256");
            HostBasedAuthentication.requirePassword(postgresDirectory);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IOException("cannot set the password of the embedded database: " + e.getMessage(), e);
        }
        logger.info("Embedded PostgreSQL in %s now requires the password stored in %s (it trusted local clients)"
                .formatted(postgresDirectory, passwordFile));
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

    /** Whether the PostgreSQL server process runs. */
    boolean running() {
        return server.isAlive();
    }

    /** The PostgreSQL server process (the postmaster, started by {@code pg_ctl}). */
    ProcessHandle process() {
        return server;
    }

    /** The postmaster named by the first line of {@code postmaster.pid}, which a running server keeps. */
    private static ProcessHandle postmaster(Path postgresDirectory) throws IOException {
        try (var lines = Files.lines(postgresDirectory.resolve("postmaster.pid"))) {
            long pid = Long.parseLong(lines.findFirst().orElse("").strip());
            return ProcessHandle.of(pid).orElseThrow(() -> new IOException(
                    "the PostgreSQL server " + pid + " named in " + postgresDirectory.resolve("postmaster.pid")
                            + " is not running"));
        } catch (NumberFormatException e) {
            throw new IOException("unreadable " + postgresDirectory.resolve("postmaster.pid"), e);
        }
    }

    /**
     * Starts PostgreSQL again, on the same files and port, when its process has died (killed, crashed):
     * PostgreSQL recovers from its write-ahead log, so committed data survives.
     *
     * @return whether it had stopped and was restarted
     * @throws IOException when it had stopped and did not start again (the next call tries again)
     */
    synchronized boolean restartIfStopped() throws IOException {
        if (closed || running()) {
            return false;
        }
        EmbeddedPostgres dead = postgres;
        logger.error("Embedded PostgreSQL (pid %d, port %d) has stopped; starting it again on %s"
                .formatted(server.pid(), dead.getPort(), postgresDirectory));
        try {
            dead.close(); // releases the library's lock on the data directory; the server is already gone
        } catch (IOException e) {
            logger.debug("Closing the stopped embedded PostgreSQL: " + e.getMessage());
        }
        long started = System.nanoTime();
        stopLeftOverServer(postgresDirectory);
        postgres = start(builder, postgresDirectory, passwordFile);
        PostgresBinaries.close(binaries);
        server = postmaster(postgresDirectory);
        logger.warn("Embedded PostgreSQL restarted in %d ms on 127.0.0.1:%d".formatted(
                Duration.ofNanos(System.nanoTime() - started).toMillis(), postgres.getPort()));
        return true;
    }

    /** The password of the {@value #USER} role. */
    String password() {
        return password;
    }

    /** JDBC URL of Vigie's database on this server. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    /** Stops PostgreSQL, then releases the lock. */
    @Override
    public synchronized void close() {
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            logger.warn("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        } finally {
            lock.close();
        }
    }
}
