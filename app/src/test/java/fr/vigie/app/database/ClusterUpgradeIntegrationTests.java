package fr.vigie.app.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import fr.vigie.app.TestApplications;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data directory created by Vigie's former embedded PostgreSQL 14 is moved to the current major on the
 * next start, with its data; the binaries of both majors run from the owner-only directory.
 */
class ClusterUpgradeIntegrationTests {

    @Test
    void aPostgres14DataDirectoryIsUpgradedWithItsData() throws Exception {
        DataDirectory directory = DataDirectory.open(TestApplications.newDataDirectory("pg14-upgrade"));
        Path binaries = PostgresBinaries.prepare(directory);
        createPostgres14Directory(directory, binaries);
        assertThat(Files.readString(directory.resolve("postgres/PG_VERSION")).strip()).isEqualTo("14");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory);
             Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
                     database.password());
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "show server_version")).startsWith(ClusterUpgrade.CURRENT_MAJOR + ".");
            assertThat(single(statement, "select string_agg(username || ':' || role, ',' order by id) from app_user"))
                    .isEqualTo("marie:ANALYST,paul:VIEWER");
            // identity columns go on after the restored rows
            statement.execute("insert into app_user (username, password_hash, role) values ('lea', 'z', 'VIEWER')");
            assertThat(single(statement, "select id from app_user where username = 'lea'")).isEqualTo("3");
        }
        assertThat(Files.readString(directory.resolve("postgres/PG_VERSION")).strip())
                .isEqualTo(String.valueOf(ClusterUpgrade.CURRENT_MAJOR));
        assertThat(directory.resolve("postgres-14-before-upgrade")).doesNotExist();
        assertThat(directory.resolve("postgres-14-upgrade.vigie-dump")).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(binaries.getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(binaries))).isEqualTo("rwx------");
        try (var unpacked = Files.list(binaries)) {
            assertThat(unpacked.filter(p -> p.getFileName().toString().startsWith("PG-"))).hasSize(2);
        }
    }

    @Test
    void aNewDataDirectoryRunsTheCurrentMajor() throws Exception {
        DataDirectory directory = DataDirectory.open(TestApplications.newDataDirectory("pg-current"));
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory);
             Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
                     database.password());
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "show server_version")).startsWith(ClusterUpgrade.CURRENT_MAJOR + ".");
        }
        assertThat(Files.readString(directory.resolve("postgres/PG_VERSION")).strip())
                .isEqualTo(String.valueOf(ClusterUpgrade.CURRENT_MAJOR));
        assertThat(Files.list(directory.path()).map(p -> p.getFileName().toString()))
                .contains("postgres-binaries").noneMatch(name -> name.contains("before-upgrade"));
    }

    /** As Vigie before this release left a data directory: PostgreSQL 14, trusting local clients, two users. */
    private static void createPostgres14Directory(DataDirectory directory, Path binaries) throws Exception {
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setPgBinaryResolver(ClusterUpgrade.legacyBinaries(binaries))
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(directory.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(false)
                .start()) {
            try (Connection connection = old.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database " + EmbeddedDatabase.DATABASE);
            }
            String url = old.getJdbcUrl(EmbeddedDatabase.USER, EmbeddedDatabase.DATABASE);
            Flyway.configure().dataSource(url, EmbeddedDatabase.USER, null).locations(DatabaseDump.MIGRATIONS)
                    .load().migrate();
            try (Connection connection = DriverManager.getConnection(url);
                 Statement statement = connection.createStatement()) {
                statement.execute("insert into app_user (username, password_hash, role) "
                        + "values ('marie', '{noop}x', 'ANALYST'), ('paul', '{noop}y', 'VIEWER')");
                assertThat(single(statement, "show server_version")).startsWith("14.");
            }
        }
    }

    @Test
    void anUpgradeInterruptedByAKillStartsOverFromTheOldFiles() throws Exception {
        DataDirectory directory = DataDirectory.open(TestApplications.newDataDirectory("pg14-interrupted"));
        Path binaries = PostgresBinaries.prepare(directory);
        createPostgres14Directory(directory, binaries);
        // killed after the old files were moved aside, while the new cluster was being filled
        Files.move(directory.resolve("postgres"), directory.resolve("postgres-14-before-upgrade"));
        Files.createDirectories(directory.resolve("postgres"));
        Files.writeString(directory.resolve("postgres/PG_VERSION"), "17\n");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory);
             Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
                     database.password());
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "show server_version")).startsWith(ClusterUpgrade.CURRENT_MAJOR + ".");
            assertThat(single(statement, "select count(*) from app_user")).isEqualTo("2");
        }
        assertThat(directory.resolve("postgres-14-before-upgrade")).doesNotExist();
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
