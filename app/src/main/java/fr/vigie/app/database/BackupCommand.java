package fr.vigie.app.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * {@code bin/vigie backup <file>} and {@code bin/vigie restore <file> [--yes]}: a copy of Vigie's database
 * and its way back, without the web application.
 *
 * <ul>
 *   <li><b>Embedded database</b> ({@code SPRING_DATASOURCE_URL} unset; data directory {@code VIGIE_DATA_DIR},
 *       default {@code ~/.vigie}): a {@link DatabaseDump}, because the embedded PostgreSQL distribution has no
 *       {@code pg_dump}. A backup reads a running Vigie's server (one consistent snapshot) or starts the
 *       server itself. A restore refuses while a Vigie runs on the directory, asks before replacing data
 *       (or takes {@code --yes}), loads the file into a new database and swaps it in only once complete.</li>
 *   <li><b>External database</b> ({@code SPRING_DATASOURCE_URL}, {@code _USERNAME}, {@code _PASSWORD}):
 *       {@code pg_dump --format=custom} and {@code pg_restore --clean --single-transaction} from the
 *       {@code PATH} (of the server's major or newer), after confirmation for a restore.</li>
 * </ul>
 * Exit status: 0 done, 1 failed, 2 wrong usage or refused.
 */
public final class BackupCommand {

    private static final String RESTORING = EmbeddedDatabase.DATABASE + "_restoring";

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final Confirmation confirmation;

    /** Asks the person at the terminal whether to go on; false when nobody can answer. */
    @FunctionalInterface
    interface Confirmation {
        boolean confirm(String question);
    }

    BackupCommand(Map<String, String> environment, PrintStream out, PrintStream err, Confirmation confirmation) {
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.confirmation = confirmation;
    }

    public static void main(String[] args) {
        quietLogging();
        BackupCommand command = new BackupCommand(System.getenv(), System.out, System.err, BackupCommand::askConsole);
        System.exit(command.run(args));
    }

    int run(String... args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean yes = arguments.remove("--yes");
        if (arguments.size() != 2 || !List.of("backup", "restore").contains(arguments.get(0))) {
            err.println("usage: vigie backup <file> | vigie restore <file> [--yes]");
            return 2;
        }
        Path file = Path.of(arguments.get(1)).toAbsolutePath();
        try {
            Optional<String> url = Optional.ofNullable(environment.get("SPRING_DATASOURCE_URL")).filter(u -> !u.isBlank());
            if (arguments.get(0).equals("backup")) {
                return url.isPresent() ? backupExternal(url.get(), file) : backupEmbedded(file);
            }
            if (!Files.isRegularFile(file)) {
                err.println("vigie: " + file + " is not a file");
                return 2;
            }
            return url.isPresent() ? restoreExternal(url.get(), file, yes) : restoreEmbedded(file, yes);
        } catch (StartupFailureException e) {
            err.println("vigie: " + e.problem() + " (" + e.fix() + ")");
            return 1;
        } catch (IOException | SQLException | UncheckedIOException e) {
            err.println("vigie: " + arguments.get(0) + " failed: " + e.getMessage());
            return 1;
        }
    }

    // embedded database

    private DataDirectory dataDirectory() {
        String configured = environment.get("VIGIE_DATA_DIR");
        return new DataDirectory(configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".vigie") : Path.of(configured));
    }

    private int backupEmbedded(Path file) throws IOException, SQLException {
        DataDirectory directory = dataDirectory();
        if (!Files.isRegularFile(directory.resolve("postgres/postgresql.conf"))) {
            err.println("vigie: no embedded database in " + directory.resolve("postgres")
                    + " (set VIGIE_DATA_DIR, or SPRING_DATASOURCE_URL for an external database)");
            return 2;
        }
        Optional<String> running = runningServerUrl(directory);
        DatabaseDump.Manifest manifest;
        if (running.isPresent()) {
            try (Connection connection = DriverManager.getConnection(running.get(), EmbeddedDatabase.USER,
                    DatabasePassword.load(directory.resolve(DatabasePassword.FILE_NAME), false))) {
                manifest = DatabaseDump.write(connection, file);
            }
        } else {
            try (EmbeddedDatabase database = EmbeddedDatabase.start(directory);
                 Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
                         database.password())) {
                manifest = DatabaseDump.write(connection, file);
            }
        }
        out.println("vigie: backed up the embedded database of " + directory.path() + " to " + file + " ("
                + DatabaseDump.describe(manifest) + ")");
        return 0;
    }

    private int restoreEmbedded(Path file, boolean yes) throws IOException, SQLException {
        DataDirectory directory = DataDirectory.open(dataDirectory().path());
        DatabaseDump.Manifest manifest = DatabaseDump.readManifest(file);
        if (runningServerUrl(directory).isPresent()) {
            err.println("vigie: a Vigie is running with data directory " + directory.path()
                    + "; stop it before restoring (its data would be replaced under it)");
            return 2;
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory)) {
            String postgresUrl = database.jdbcUrl().replaceAll("/" + EmbeddedDatabase.DATABASE + "$", "/postgres");
            try (Connection admin = DriverManager.getConnection(postgresUrl, EmbeddedDatabase.USER, database.password());
                 Statement statement = admin.createStatement()) {
                if (hasData(database) && !yes && !confirmation.confirm("Replace the data of " + directory.path()
                        + " with " + file + " (" + DatabaseDump.describe(manifest) + ")?")) {
                    err.println("vigie: restore refused: the database of " + directory.path()
                            + " holds data (answer yes, or pass --yes to replace it)");
                    return 2;
                }
                statement.execute("drop database if exists " + RESTORING);
                statement.execute("create database " + RESTORING);
                try {
                    DatabaseDump.restore(file, postgresUrl.replaceAll("/postgres$", "/" + RESTORING),
                            EmbeddedDatabase.USER, database.password());
                } catch (IOException | SQLException | RuntimeException e) {
                    statement.execute("drop database if exists " + RESTORING);
                    throw e;
                }
                statement.execute("drop database " + EmbeddedDatabase.DATABASE + " with (force)");
                statement.execute("alter database " + RESTORING + " rename to " + EmbeddedDatabase.DATABASE);
            }
        }
        out.println("vigie: restored " + file + " into the embedded database of " + directory.path() + " ("
                + DatabaseDump.describe(manifest) + ")");
        return 0;
    }

    /** Whether Vigie's database holds a schema (a Flyway history). */
    private static boolean hasData(EmbeddedDatabase database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
                database.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select to_regclass('flyway_schema_history') is not null")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    /**
     * The JDBC URL of the server of a Vigie running on {@code directory}, or empty when none runs (then
     * no lock is held on return).
     */
    private static Optional<String> runningServerUrl(DataDirectory directory) throws IOException {
        try {
            DataDirectoryLock.acquire(directory).close();
            return Optional.empty();
        } catch (StartupFailureException locked) {
            Path pidFile = directory.resolve("postgres/postmaster.pid");
            List<String> lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
            if (lines.size() < 4) {
                throw locked; // a Vigie holds the directory but its server is not up (yet)
            }
            return Optional.of("jdbc:postgresql://127.0.0.1:" + lines.get(3).strip() + "/" + EmbeddedDatabase.DATABASE);
        }
    }

    // external database

    /** host, port and database of a {@code jdbc:postgresql://host[:port]/database[?...]} URL. */
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]+)(\\?.*)?");

    private int backupExternal(String url, Path file) throws IOException {
        List<String> command = new ArrayList<>(List.of("pg_dump", "--format=custom", "--no-owner", "--file",
                file.toString()));
        command.addAll(connectionOptions(url));
        int status = runTool(command);
        if (status == 0) {
            out.println("vigie: backed up " + DatabaseConfiguration.withoutPassword(url) + " to " + file);
        }
        return status;
    }

    private int restoreExternal(String url, Path file, boolean yes) throws IOException {
        if (!yes && !confirmation.confirm("Replace the data of " + DatabaseConfiguration.withoutPassword(url)
                + " with " + file + "? No Vigie instance may use it meanwhile.")) {
            err.println("vigie: restore refused (answer yes, or pass --yes, once no Vigie instance uses the database)");
            return 2;
        }
        List<String> command = new ArrayList<>(List.of("pg_restore", "--clean", "--if-exists", "--no-owner",
                "--single-transaction", "--exit-on-error"));
        command.addAll(connectionOptions(url));
        command.add(file.toString());
        int status = runTool(command);
        if (status == 0) {
            out.println("vigie: restored " + file + " into " + DatabaseConfiguration.withoutPassword(url));
        }
        return status;
    }

    private List<String> connectionOptions(String url) throws IOException {
        Matcher matcher = JDBC_URL.matcher(url);
        if (!matcher.matches()) {
            throw new IOException("SPRING_DATASOURCE_URL " + DatabaseConfiguration.withoutPassword(url)
                    + " is not of the form jdbc:postgresql://host[:port]/database");
        }
        List<String> options = new ArrayList<>(List.of("--host", matcher.group(1),
                "--port", matcher.group(2) == null ? "5432" : matcher.group(2), "--dbname", matcher.group(3)));
        String user = environment.get("SPRING_DATASOURCE_USERNAME");
        if (user != null && !user.isBlank()) {
            options.addAll(List.of("--username", user));
        }
        options.add("--no-password");
        return options;
    }

    private int runTool(List<String> command) throws IOException {
        Optional<Path> tool = onPath(command.get(0));
        if (tool.isEmpty()) {
            err.println("vigie: " + command.get(0) + " is not on the PATH; install the PostgreSQL client programs of "
                    + "the server's major version or newer (Debian: apt-get install postgresql-client)");
            return 1;
        }
        command.set(0, tool.get().toString());
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        String password = environment.get("SPRING_DATASOURCE_PASSWORD");
        if (password != null) {
            builder.environment().put("PGPASSWORD", password);
        }
        try {
            int status = builder.start().waitFor();
            if (status != 0) {
                err.println("vigie: " + command.get(0) + " failed with status " + status + " (its message is above)");
                return 1;
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }

    private Optional<Path> onPath(String program) {
        String path = environment.getOrDefault("PATH", "");
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, program))) {
                return Optional.of(Path.of(entry, program));
            }
        }
        return Optional.empty();
    }

    // terminal

    private static boolean askConsole(String question) {
        if (System.console() == null) {
            return false;
        }
        System.out.print(question + " Type yes to go on: ");
        System.out.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return answer != null && answer.strip().equalsIgnoreCase("yes");
        } catch (IOException e) {
            return false;
        }
    }

    /** Without Spring Boot's logging set-up, Logback would print every library's debug lines. */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            context.getLogger("fr.vigie").setLevel(Level.INFO);
        }
    }
}
