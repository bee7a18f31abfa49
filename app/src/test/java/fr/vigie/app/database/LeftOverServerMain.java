package fr.vigie.app.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in a separate JVM by {@link EmbeddedDatabaseIntegrationTests}: starts PostgreSQL on the data
 * directory given as argument, writes a row, then halts the JVM without stopping PostgreSQL, as
 * {@code kill -9} of a running Vigie would.
 */
final class LeftOverServerMain {

    private LeftOverServerMain() {
    }

    public static void main(String[] args) throws Exception {
        startTrustingServer(Path.of(args[0]));
        Runtime.getRuntime().halt(0);
    }

    /**
     * Starts PostgreSQL on {@code <dataDirectory>/postgres} as Vigie did before it used a password (the
     * library's defaults: every local client trusted), with the table {@code kept} holding 42 in the
     * database {@value EmbeddedDatabase#DATABASE}.
     */
    static EmbeddedPostgres startTrustingServer(Path dataDirectory) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + EmbeddedDatabase.DATABASE);
        }
        try (Connection connection = postgres.getDatabase(EmbeddedDatabase.USER, EmbeddedDatabase.DATABASE)
                .getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table kept (x int); insert into kept values (42)");
        }
        return postgres;
    }
}
