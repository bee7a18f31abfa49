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
import java.time.Duration;
import java.util.Map;

import fr.vigie.app.TestApplications;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/vigie backup} and {@code restore} of an external database go through {@code pg_dump} and
 * {@code pg_restore} from the PATH. The "external" server here is a PostgreSQL 14 (the one shipped for
 * upgrades), which the Debian 12 client programs (15) accept; {@code .ci/run} installs them when missing.
 */
class ExternalBackupIntegrationTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void pgDumpAndPgRestoreRoundTrip() throws Exception {
        DataDirectory directory = DataDirectory.open(TestApplications.newDataDirectory("external-backup"));
        Path binaries = PostgresBinaries.prepare(directory);
        Path file = directory.resolve("external.dump");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setPgBinaryResolver(ClusterUpgrade.legacyBinaries(binaries))
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(directory.resolve("external-server"))
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(false)
                .start()) {
            execute(server.getJdbcUrl("postgres", "postgres"), "create database shop");
            String url = server.getJdbcUrl("postgres", "shop");
            execute(url, "create table kept (x int primary key, label text); "
                    + "insert into kept values (1, 'cobalt'), (2, 'lithium')");
            Map<String, String> environment = Map.of(
                    "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + server.getPort() + "/shop",
                    "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "unused",
                    "PATH", System.getenv("PATH"));

            assertThat(command(environment, (question) -> false).run("backup", file.toString()))
                    .as(err.toString()).isZero();
            assertThat(file).isNotEmptyFile();

            execute(url, "delete from kept where x = 1; insert into kept values (3, 'nickel')");
            assertThat(command(environment, (question) -> false).run("restore", file.toString())).isEqualTo(2);
            assertThat(query(url, "select string_agg(label, ',' order by x) from kept")).isEqualTo("lithium,nickel");

            assertThat(command(environment, (question) -> true).run("restore", file.toString()))
                    .as(err.toString()).isZero();
            assertThat(query(url, "select string_agg(label, ',' order by x) from kept")).isEqualTo("cobalt,lithium");
        }
    }

    @Test
    void aMissingPgDumpIsNamed() throws Exception {
        Path file = Files.createTempFile("vigie-backup", ".dump");
        int status = command(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/vigie", "PATH", ""),
                (question) -> false).run("backup", file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("pg_dump is not on the PATH", "apt-get install postgresql-client");
    }

    private BackupCommand command(Map<String, String> environment, BackupCommand.Confirmation confirmation) {
        return new BackupCommand(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), confirmation);
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
