package fr.vigie.app.database;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import fr.vigie.app.TestApplications;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bin/vigie backup} and {@code bin/vigie restore} of the embedded database: a full round trip. */
class BackupCommandIntegrationTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void backupWipeRestoreGivesTheDataBack() throws Exception {
        Path dataDirectory = TestApplications.newDataDirectory("backup-round-trip");
        DataDirectory directory = DataDirectory.open(dataDirectory);
        Path file = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".vigie-dump");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            Flyway.configure().dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, database.password())
                    .locations(DatabaseDump.MIGRATIONS).load().migrate();
            execute(database, "insert into app_user (username, password_hash, role) values "
                    + "('marie', 'h1', 'ANALYST'), ('paul', 'h2', 'VIEWER')");
            // a web session (table of V70__http_sessions.sql) is no data to back up
            execute(database, "insert into spring_session (primary_id, session_id, creation_time, last_access_time, "
                    + "max_inactive_interval, expiry_time) values ('0b8f7c1e-5d7a-4c1a-9a55-0d1c2b3a4f5e', "
                    + "'1c9e8d2f-6e8b-4d2b-8b66-1e2d3c4b5a6f', 0, 0, 1800, 1800000)");
            // backed up while "Vigie" runs: read from its server, one snapshot
            assertThat(command(dataDirectory, (question) -> false).run("backup", file.toString()))
                    .as(err.toString()).isZero();
            // and a restore is refused while it runs
            assertThat(command(dataDirectory, (question) -> true).run("restore", file.toString(), "--yes")).isEqualTo(2);
            assertThat(err.toString()).contains("stop it before restoring");
        }
        assertThat(out.toString()).contains("backed up", "tables");

        deleteTree(directory.resolve("postgres")); // the data is gone

        assertThat(command(dataDirectory, (question) -> false).run("restore", file.toString()))
                .as(err.toString()).isZero();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            assertThat(query(database, "select string_agg(username || ':' || role, ',' order by id) from app_user"))
                    .isEqualTo("marie:ANALYST,paul:VIEWER");
            execute(database, "insert into app_user (username, password_hash, role) values ('lea', 'h3', 'VIEWER')");
            assertThat(query(database, "select id from app_user where username = 'lea'")).isEqualTo("3");
            assertThat(query(database, "select count(*) from spring_session")).isEqualTo("0");
        }
        assertThat(DatabaseDump.readManifest(file).tables()).containsKey("app_user").doesNotContainKey("spring_session");
    }

    @Test
    void restoringOverDataNeedsAConfirmation() throws Exception {
        Path dataDirectory = TestApplications.newDataDirectory("backup-confirm");
        DataDirectory directory = DataDirectory.open(dataDirectory);
        Path file = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".vigie-dump");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            Flyway.configure().dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, database.password())
                    .locations(DatabaseDump.MIGRATIONS).load().migrate();
            execute(database, "insert into app_user (username, password_hash, role) values ('marie', 'h1', 'ANALYST')");
        }
        assertThat(command(dataDirectory, (question) -> false).run("backup", file.toString())).isZero();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            execute(database, "insert into app_user (username, password_hash, role) values ('later', 'h2', 'VIEWER')");
        }

        assertThat(command(dataDirectory, (question) -> false).run("restore", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("restore refused", "--yes");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            assertThat(query(database, "select count(*) from app_user")).isEqualTo("2");
        }

        String[] asked = new String[1];
        assertThat(command(dataDirectory, (question) -> {
            asked[0] = question;
            return true;
        }).run("restore", file.toString())).as(err.toString()).isZero();
        assertThat(asked[0]).contains("Replace the data of " + directory.path());
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            assertThat(query(database, "select string_agg(username, ',') from app_user")).isEqualTo("marie");
            assertThat(query(database, "select count(*) from pg_database where datname like 'vigie%'")).isEqualTo("1");
        }
    }

    @Test
    void aFileThatIsNotADumpIsRefusedAndNothingChanges() throws Exception {
        Path dataDirectory = TestApplications.newDataDirectory("backup-not-a-dump");
        Files.createDirectories(dataDirectory.getParent());
        Path file = Files.writeString(dataDirectory.resolveSibling("not-a-dump.csv"), "a,b\n1,2\n");

        assertThat(command(dataDirectory, (question) -> true).run("restore", file.toString(), "--yes")).isEqualTo(1);

        assertThat(err.toString()).contains("is not a Vigie database dump");
        assertThat(dataDirectory.resolve("postgres")).doesNotExist();
    }

    private BackupCommand command(Path dataDirectory, BackupCommand.Confirmation confirmation) {
        return new BackupCommand(Map.of("VIGIE_DATA_DIR", dataDirectory.toString(), "PATH", ""),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                confirmation);
    }

    private static void execute(EmbeddedDatabase database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
                database.password()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(EmbeddedDatabase database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
                database.password()); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
