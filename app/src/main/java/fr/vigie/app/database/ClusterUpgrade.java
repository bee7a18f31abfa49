package fr.vigie.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Moves an embedded data directory created by an older PostgreSQL major (Vigie before 0.1 ran 14) to
 * the major Vigie runs now ({@value #CURRENT_MAJOR}). PostgreSQL cannot open the files of another
 * major, and {@code pg_upgrade} is not part of the embedded distribution, so the old major's server
 * (shipped in the jar for Linux x86-64 only) dumps Vigie's database ({@link DatabaseDump}) and the
 * new server gets it back:
 *
 * <ol>
 *   <li>{@link #prepare}: the old server starts on {@code postgres/}, writes
 *       {@code postgres-<old>-upgrade.vigie-dump} and stops; {@code postgres/} is renamed
 *       {@code postgres-<old>-before-upgrade/} (the backup) and a new, empty {@code postgres/} is
 *       initialised by the caller;</li>
 *   <li>{@link #complete}: the dump is restored into the new server, then the backup directory is
 *       deleted; the dump file is kept (it is also a backup {@code bin/vigie restore} reads);</li>
 *   <li>{@link #rollBack}: on failure, the new directory is deleted and the backup moved back, so the
 *       next start tries again. A start that finds a backup directory (a Vigie killed mid-upgrade) rolls
 *       back first.</li>
 * </ol>
 */
final class ClusterUpgrade {

    /** The PostgreSQL major of the embedded server. */
    static final int CURRENT_MAJOR = 17;

    private static final Log logger = LogFactory.getLog(ClusterUpgrade.class);

    private static final PgBinaryResolver LEGACY_BINARIES = (system, architecture) ->
            ClusterUpgrade.class.getResourceAsStream(legacyArchive(system, architecture));

    private final DataDirectory directory;
    private final int oldMajor;

    private ClusterUpgrade(DataDirectory directory, int oldMajor) {
        this.directory = directory;
        this.oldMajor = oldMajor;
    }

    /** The major version written by {@code initdb} in {@code postgresDirectory}, if it holds a cluster. */
    static Optional<Integer> majorOf(Path postgresDirectory) throws IOException {
        Path file = postgresDirectory.resolve("PG_VERSION");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text = Files.readString(file).strip();
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new IOException(file + " does not hold a PostgreSQL major version: " + text, e);
        }
    }

    /**
     * When {@code postgres/} was created by an older major, dumps it with that major's server and moves it
     * aside (call {@link #rollBackInterrupted} first).
     *
     * @return the upgrade to complete once the new server runs, or empty when none is needed
     * @throws StartupFailureException when the directory comes from a newer major, or from an older one
     *         this platform has no server for
     */
    static Optional<ClusterUpgrade> prepare(DataDirectory directory, Path binaries, String password)
            throws IOException {
        Path postgres = directory.resolve("postgres");
        Optional<Integer> major = majorOf(postgres);
        if (major.isEmpty() || major.get() == CURRENT_MAJOR) {
            return Optional.empty();
        }
        int old = major.get();
        if (old > CURRENT_MAJOR) {
            throw new StartupFailureException("the embedded database in " + postgres + " was created by PostgreSQL "
                    + old + ", newer than this Vigie's " + CURRENT_MAJOR,
                    "run the Vigie release that created it, or restore a backup with bin/vigie restore");
        }
        ClusterUpgrade upgrade = new ClusterUpgrade(directory, old);
        upgrade.dumpOldCluster(binaries, password);
        Files.move(postgres, upgrade.backup(), StandardCopyOption.ATOMIC_MOVE);
        logger.warn(("Upgrading the embedded database from PostgreSQL %d to %d: dump written to %s, old files kept in "
                + "%s until the upgrade succeeds").formatted(old, CURRENT_MAJOR, upgrade.dump(), upgrade.backup()));
        return Optional.of(upgrade);
    }

    /** Restores the dump into the new server, then deletes the old files. */
    void complete(String jdbcUrl, String user, String password) throws IOException {
        if (Files.exists(dump())) {
            try {
                DatabaseDump.restore(dump(), jdbcUrl, user, password);
            } catch (SQLException e) {
                throw new IOException("cannot restore " + dump() + ": " + e.getMessage(), e);
            }
        }
        deleteTree(backup());
        logger.warn(("Upgraded the embedded database from PostgreSQL %d to %d; the dump of the old one is kept in %s "
                + "(bin/vigie restore reads it)").formatted(oldMajor, CURRENT_MAJOR, dump()));
    }

    /** Undoes {@link #prepare} after a failed start of the new server: the old files are put back. */
    void rollBack() {
        try {
            restoreBackup(directory, backup());
        } catch (IOException e) {
            throw new UncheckedIOException("the upgrade failed and the old files could not be put back from "
                    + backup() + ": " + e.getMessage(), e);
        }
    }

    int oldMajor() {
        return oldMajor;
    }

    Path dump() {
        return directory.resolve("postgres-" + oldMajor + "-upgrade.vigie-dump");
    }

    Path backup() {
        return directory.resolve("postgres-" + oldMajor + "-before-upgrade");
    }

    private void dumpOldCluster(Path binaries, String password) throws IOException {
        String system = System.getProperty("os.name").startsWith("Mac") ? "Darwin" : "Linux";
        String architecture = "amd64".equals(System.getProperty("os.arch")) ? "x86_64" : System.getProperty("os.arch");
        if (oldMajor != 14 || ClusterUpgrade.class.getResource(legacyArchive(system, architecture)) == null) {
            throw new StartupFailureException("the embedded database in " + directory.resolve("postgres")
                    + " was created by PostgreSQL " + oldMajor + " and this Vigie has no PostgreSQL " + oldMajor
                    + " server for " + system + " " + architecture + " to upgrade it",
                    "back it up with the Vigie release that created it (bin/vigie backup), then restore it here "
                            + "with bin/vigie restore");
        }
        EmbeddedDatabase.stopLeftOverServer(directory.resolve("postgres"));
        Files.deleteIfExists(dump());
        EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setPgBinaryResolver(new PostgresBinaries.Archive(binaries, LEGACY_BINARIES))
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(directory.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setConnectConfig("password", password)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(false)
                .start();
        try {
            if (hasVigieDatabase(old)) {
                try (Connection connection = old.getDatabase(EmbeddedDatabase.USER, EmbeddedDatabase.DATABASE)
                        .getConnection()) {
                    DatabaseDump.Manifest manifest = DatabaseDump.write(connection, dump());
                    logger.info("Dumped the PostgreSQL %d database: %s".formatted(oldMajor,
                            DatabaseDump.describe(manifest)));
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot dump the PostgreSQL " + oldMajor + " database: " + e.getMessage(), e);
        } finally {
            old.close();
        }
    }

    private static boolean hasVigieDatabase(EmbeddedPostgres server) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "select 1 from pg_database where datname = '" + EmbeddedDatabase.DATABASE + "'")) {
            return result.next();
        }
    }

    /** A backup directory left by a Vigie stopped mid-upgrade: the old files go back in place. */
    static void rollBackInterrupted(DataDirectory directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory.path())) {
            for (Path backup : entries.filter(p -> p.getFileName().toString().matches("postgres-\\d+-before-upgrade"))
                    .toList()) {
                logger.warn("Found %s left by an interrupted upgrade: putting it back as %s to try again"
                        .formatted(backup, directory.resolve("postgres")));
                restoreBackup(directory, backup);
            }
        }
    }

    private static void restoreBackup(DataDirectory directory, Path backup) throws IOException {
        if (!Files.isDirectory(backup)) {
            return;
        }
        Path postgres = directory.resolve("postgres");
        EmbeddedDatabase.stopLeftOverServer(postgres);
        deleteTree(postgres);
        Files.move(backup, postgres, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String legacyArchive(String system, String architecture) {
        return "postgres-14/postgres-" + system.toLowerCase() + "-" + architecture + ".txz";
    }

    /** The PostgreSQL 14 archive in the jar, unpacked in {@code library}, for tests that need that major. */
    static PgBinaryResolver legacyBinaries(Path library) {
        return new PostgresBinaries.Archive(library, LEGACY_BINARIES);
    }
}
