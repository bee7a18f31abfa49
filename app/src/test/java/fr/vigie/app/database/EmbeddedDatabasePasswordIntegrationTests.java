package fr.vigie.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import fr.vigie.app.TestApplications;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The embedded PostgreSQL refuses connections without the password stored in {@code <data-dir>/db-password},
 * from its first start, and after upgrading a data directory initialised when it trusted local clients.
 */
class EmbeddedDatabasePasswordIntegrationTests {

    @Test
    void newDatabaseRefusesClientsWithoutItsPasswordAndKeepsDataAcrossARestart() throws Exception {
        DataDirectory directory = DataDirectory.open(TestApplications.newDataDirectory("password"));
        Path passwordFile = directory.resolve(DatabasePassword.FILE_NAME);
        String password;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            password = database.password();
            assertRefused(database);
            try (Connection connection = connect(database, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("create table kept (x int); insert into kept values (7)");
                assertPasswordRequired(connection);
            }
        }
        assertThat(Files.readString(passwordFile)).isEqualTo(password + "\n");
        assertThat(password).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertOwnerOnly(passwordFile);
        assertOwnerOnly(directory.resolve("postgres").resolve(HostBasedAuthentication.FILE_NAME));

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(directory)) {
            assertThat(restarted.password()).isEqualTo(password);
            assertRefused(restarted);
            try (Connection connection = connect(restarted, password)) {
                assertThat(single(connection, "select x from kept")).isEqualTo("7");
            }
        }
    }

    @Test
    void dataDirectoryThatTrustedLocalClientsIsUpgradedAndKeepsItsData() throws Exception {
        DataDirectory directory = DataDirectory.open(TestApplications.newDataDirectory("trusting"));
        Path postgresDirectory = directory.resolve("postgres");
        LeftOverServerMain.startTrustingServer(directory.path()).close();
        assertThat(HostBasedAuthentication.trusts(postgresDirectory)).isTrue();
        assertThat(directory.resolve(DatabasePassword.FILE_NAME)).doesNotExist();

        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            assertRefused(database);
            try (Connection connection = connect(database, database.password())) {
                assertThat(single(connection, "select x from kept")).isEqualTo("42");
                assertPasswordRequired(connection);
            }
        }
        assertThat(HostBasedAuthentication.trusts(postgresDirectory)).isFalse();
        assertOwnerOnly(directory.resolve(DatabasePassword.FILE_NAME));

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(directory)) {
            assertRefused(restarted);
            try (Connection connection = connect(restarted, restarted.password())) {
                assertThat(single(connection, "select x from kept")).isEqualTo("42");
            }
        }
    }

    @Test
    void missingPasswordFileOfAProtectedDatabaseIsAFaultToFixAndStartsNothing() throws Exception {
        DataDirectory directory = DataDirectory.open(TestApplications.newDataDirectory("lost-password"));
        EmbeddedDatabase.start(directory).close();
        Path passwordFile = directory.resolve(DatabasePassword.FILE_NAME);
        Files.delete(passwordFile);

        assertThatThrownBy(() -> EmbeddedDatabase.start(directory))
                .isInstanceOf(StartupFailureException.class)
                .hasMessage("the embedded database requires a password but its file " + passwordFile
                        + " is missing (restore it from a backup of the data directory)");

        assertThat(directory.resolve("postgres").resolve("postmaster.pid")).doesNotExist();
        assertThat(passwordFile).doesNotExist();
        DataDirectoryLock.acquire(directory).close(); // released
    }

    /** Without a password, then with a wrong one: PostgreSQL asks for it, then rejects it. */
    private static void assertRefused(EmbeddedDatabase database) {
        Properties withoutPassword = new Properties();
        withoutPassword.setProperty("user", EmbeddedDatabase.USER);
        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), withoutPassword).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("no password was provided");
        assertThatThrownBy(() -> connect(database, database.password() + "x").close())
                .isInstanceOf(SQLException.class)
                .extracting(e -> ((SQLException) e).getSQLState())
                .isEqualTo("28P01"); // invalid_password
    }

    /** The role has a SCRAM-SHA-256 verifier and no client authentication rule lets anyone in without it. */
    private static void assertPasswordRequired(Connection connection) throws SQLException {
        assertThat(single(connection, "select left(rolpassword, 14) from pg_authid where rolname = 'postgres'"))
                .isEqualTo("SCRAM-SHA-256$");
        assertThat(single(connection, "select string_agg(distinct auth_method, ',') from pg_hba_file_rules"))
                .isEqualTo("scram-sha-256");
    }

    private static void assertOwnerOnly(Path file) throws IOException {
        assumeThat(Files.getFileAttributeView(file, PosixFileAttributeView.class)).as("POSIX permissions").isNotNull();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(OwnerOnlyFiles.OWNER_ONLY);
    }

    private static Connection connect(EmbeddedDatabase database, String password) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, password);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
