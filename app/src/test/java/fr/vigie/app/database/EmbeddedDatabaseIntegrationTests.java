package fr.vigie.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import fr.vigie.app.TestApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL itself: settings that keep data safe, and recovery from a killed Vigie. */
class EmbeddedDatabaseIntegrationTests {

    @Test
    void serverLeftRunningByAKilledVigieIsStoppedAndItsDataKept() throws Exception {
        DataDirectory directory = DataDirectory.open(TestApplications.newDataDirectory("left-over"));
        Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LeftOverServerMain.class.getName(),
                directory.path().toString())
                .inheritIO()
                .start();
        assertThat(killed.waitFor(120, TimeUnit.SECONDS)).as("left-over server started").isTrue();
        assertThat(killed.exitValue()).isZero();
        assertThat(directory.resolve("postgres").resolve("postmaster.pid")).exists();

        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory);
             Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
                     database.password())) {
            assertThat(single(connection, "select x from kept")).isEqualTo("42");
            assertThat(single(connection, "show fsync")).isEqualTo("on");
            assertThat(single(connection, "show synchronous_commit")).isEqualTo("on");
            assertThat(single(connection, "show listen_addresses")).isEqualTo("127.0.0.1");
        }
        assertThat(directory.resolve("postgres").resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void stalePidFileOfAFinishedProcessIsLeftToPostgres(@TempDir Path temp) throws IOException {
        Path pidFile = Files.writeString(temp.resolve("postmaster.pid"), Long.MAX_VALUE + "\n" + temp + "\n");

        EmbeddedDatabase.stopLeftOverServer(temp);

        assertThat(pidFile).exists();
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
