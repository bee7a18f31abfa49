package fr.vigie.app.database;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A logical dump of Vigie's database that any PostgreSQL major can read back: the schema is the one
 * Vigie's own Flyway migrations build (the dump records the last one applied), the rows are
 * PostgreSQL's {@code COPY} text of every table of the schema, and the sequences their positions.
 * It serves where {@code pg_dump} cannot: the embedded PostgreSQL distribution ships only
 * {@code initdb}, {@code pg_ctl} and {@code postgres}, and a {@code pg_dump} older than the server
 * refuses to dump it. It is also how a data directory of an older major is moved to the current one.
 *
 * <p>The file is a zip: {@code manifest.properties} (format, schema version, tables and their columns),
 * one {@code tables/<table>.copy} entry per table and {@code sequences.properties}. A dump is read in one
 * repeatable-read transaction (a consistent snapshot while Vigie runs); a restore builds the schema with
 * Flyway up to the dump's version, then loads every table in one transaction with triggers and foreign
 * keys off (rows of a consistent snapshot need no re-check), so a failed restore leaves no rows.
 */
final class DatabaseDump {

    static final String FORMAT = "vigie-database-dump-1";

    static final String MIGRATIONS = "classpath:db/migration";

    private static final String HISTORY = "flyway_schema_history";

    private DatabaseDump() {
    }

    /** What a dump holds: its schema version and tables with their columns, in the order written. */
    record Manifest(String schemaVersion, Map<String, List<String>> tables) {
    }

    /**
     * Writes the database {@code connection} is on to {@code file} (replaced only once complete).
     *
     * @return what was written
     */
    static Manifest write(Connection connection, Path file) throws IOException, SQLException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            Manifest manifest = write(connection, out);
            out.close();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    static Manifest write(Connection connection, OutputStream target) throws IOException, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            String version = schemaVersion(connection);
            Map<String, List<String>> tables = tables(connection);
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("schema-version", version);
            manifest.setProperty("server-version", connection.getMetaData().getDatabaseProductVersion());
            manifest.setProperty("tables", String.join(",", tables.keySet()));
            tables.forEach((table, columns) -> manifest.setProperty("columns." + table, String.join(",", columns)));
            zip.putNextEntry(new ZipEntry("manifest.properties"));
            manifest.store(zip, "Vigie database dump");
            zip.closeEntry();

            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                zip.putNextEntry(new ZipEntry("tables/" + table.getKey() + ".copy"));
                copy.copyOut("copy " + quote(table.getKey()) + " (" + columnList(table.getValue()) + ") to stdout",
                        zip);
                zip.closeEntry();
            }

            Properties sequences = new Properties();
            for (String sequence : sequences(connection)) {
                try (Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery(
                             "select last_value, is_called from " + quote(sequence))) {
                    result.next();
                    sequences.setProperty(sequence, result.getLong(1) + "," + result.getBoolean(2));
                }
            }
            zip.putNextEntry(new ZipEntry("sequences.properties"));
            sequences.store(zip, null);
            zip.closeEntry();
            zip.finish();
            connection.commit();
            return new Manifest(version, tables);
        } catch (IOException | SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Restores {@code file} into the empty database at {@code url}: schema by Flyway up to the dump's
     * version, then all rows in one transaction.
     *
     * @throws IOException when the file is not a dump of this format or its schema is newer than this Vigie's
     */
    static Manifest restore(Path file, String url, String user, String password) throws IOException, SQLException {
        Manifest manifest = readManifest(file);
        MigrationVersion dumped = MigrationVersion.fromVersion(manifest.schemaVersion());
        Flyway flyway = Flyway.configure()
                .dataSource(url, user, password)
                .locations(MIGRATIONS)
                .target(dumped)
                .load();
        boolean known = Arrays.stream(flyway.info().all())
                .anyMatch(migration -> dumped.equals(migration.getVersion()));
        if (!known) {
            throw new IOException(file + " holds schema version " + manifest.schemaVersion()
                    + ", which this Vigie does not know: restore it with the Vigie that wrote it or a newer one");
        }
        flyway.migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            load(connection, file, manifest);
        }
        return manifest;
    }

    private static void load(Connection connection, Path file, Manifest manifest) throws IOException, SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // rows come from one consistent snapshot: no trigger or foreign-key check while loading them
            statement.execute("set local session_replication_role = replica");
            if (!manifest.tables().isEmpty()) {
                statement.execute("truncate " + String.join(", ", manifest.tables().keySet().stream()
                        .map(DatabaseDump::quote).toList()));
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Properties sequences = new Properties();
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String name = entry.getName();
                    if (name.equals("sequences.properties")) {
                        sequences.load(new NonClosing(zip));
                    } else if (name.startsWith("tables/") && name.endsWith(".copy")) {
                        String table = name.substring("tables/".length(), name.length() - ".copy".length());
                        List<String> columns = manifest.tables().get(table);
                        if (columns == null) {
                            throw new IOException(file + ": entry " + name + " names no table of its manifest");
                        }
                        copy.copyIn("copy " + quote(table) + " (" + columnList(columns) + ") from stdin",
                                new NonClosing(zip));
                    }
                }
            }
            try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                for (String sequence : sequences.stringPropertyNames()) {
                    String[] value = sequences.getProperty(sequence).split(",");
                    setval.setString(1, quote(sequence));
                    setval.setLong(2, Long.parseLong(value[0]));
                    setval.setBoolean(3, Boolean.parseBoolean(value[1]));
                    setval.execute();
                }
            }
            connection.commit();
        } catch (IOException | SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Reads and checks the manifest of {@code file}. */
    static Manifest readManifest(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals("manifest.properties")) {
                throw new IOException(file + " is not a Vigie database dump (no manifest)");
            }
            Properties manifest = new Properties();
            manifest.load(new NonClosing(zip));
            if (!FORMAT.equals(manifest.getProperty("format"))) {
                throw new IOException(file + " is not a Vigie database dump of format " + FORMAT + " (found: "
                        + manifest.getProperty("format") + ")");
            }
            Map<String, List<String>> tables = new LinkedHashMap<>();
            for (String table : manifest.getProperty("tables", "").split(",")) {
                if (!table.isEmpty()) {
                    tables.put(table, List.of(manifest.getProperty("columns." + table, "").split(",")));
                }
            }
            return new Manifest(manifest.getProperty("schema-version"), tables);
        } catch (java.util.zip.ZipException e) {
            throw new IOException(file + " is not a Vigie database dump: " + e.getMessage(), e);
        }
    }

    /** The last migration Flyway applied successfully. */
    private static String schemaVersion(Connection connection) throws SQLException, IOException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select version from " + HISTORY
                     + " where success and version is not null order by installed_rank desc limit 1")) {
            if (!result.next()) {
                throw new IOException("the database has no migration applied: nothing to dump");
            }
            return result.getString(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                throw new IOException("the database has no Vigie schema (no " + HISTORY + " table)", e);
            }
            throw e;
        }
    }

    /**
     * Tables of the current schema with their stored (not generated) columns, by name. Web sessions
     * ({@code spring_session*}) are left out: a backup carries no login, and a restored Vigie starts with
     * everyone logged out.
     */
    private static Map<String, List<String>> tables(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("""
                     select c.table_name, c.column_name
                     from information_schema.columns c
                     join information_schema.tables t
                       on t.table_schema = c.table_schema and t.table_name = c.table_name
                     where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                       and c.is_generated = 'NEVER' and c.table_name not like 'spring\\_session%'
                     order by c.table_name, c.ordinal_position""")) {
            while (result.next()) {
                tables.computeIfAbsent(result.getString(1), table -> new ArrayList<>()).add(result.getString(2));
            }
        }
        return tables;
    }

    private static List<String> sequences(Connection connection) throws SQLException {
        List<String> sequences = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "select sequencename from pg_sequences where schemaname = current_schema() order by 1")) {
            while (result.next()) {
                sequences.add(result.getString(1));
            }
        }
        return sequences;
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseDump::quote).toList());
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Keeps a reader from closing the zip stream it reads one entry of. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip stream stays open for the next entry
        }
    }

    /** Writes a short description of {@code manifest} for logs and the command line. */
    static String describe(Manifest manifest) {
        return manifest.tables().size() + " tables, schema version " + manifest.schemaVersion();
    }
}
