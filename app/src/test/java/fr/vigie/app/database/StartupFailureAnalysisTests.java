package fr.vigie.app.database;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The known startup faults become one line naming the problem and the fix; others keep Boot's report. */
class StartupFailureAnalysisTests {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final OneLineFailureAnalysisReporter reporter =
            new OneLineFailureAnalysisReporter(new PrintStream(err, true, StandardCharsets.UTF_8));

    private String reported(Throwable failure, org.springframework.boot.diagnostics.FailureAnalyzer analyzer) {
        FailureAnalysis analysis = analyzer.analyze(failure);
        assertThat(analysis).isInstanceOf(OneLineFailureAnalysis.class);
        reporter.report(analysis);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lockedDataDirectoryIsOneLineNamingTheDirectoryAndTheFix() {
        var cause = new StartupFailureException("another Vigie is running with data directory /d",
                "stop it or set VIGIE_DATA_DIR to another directory");
        var wrapped = new BeanCreationException("embeddedDatabase", "failed", cause);

        assertThat(reported(wrapped, new StartupFailureAnalyzer())).isEqualTo(
                "vigie: another Vigie is running with data directory /d (stop it or set VIGIE_DATA_DIR to another directory)"
                        + System.lineSeparator());
    }

    @Test
    void portInUseIsOneLineNamingThePortAndTheFix() {
        var wrapped = new IllegalStateException("web server", new PortInUseException(8080));

        String line = reported(wrapped, new PortInUseFailureAnalyzer());

        assertThat(line).startsWith("vigie: port 8080 is already in use (").contains("SERVER_PORT=8081")
                .containsOnlyOnce(System.lineSeparator());
    }

    @Test
    void otherFailuresAreLeftToTheOtherAnalyzersAndPrintedInBootFormat() {
        assertThat(new StartupFailureAnalyzer().analyze(new IllegalStateException("boom"))).isNull();
        assertThat(new PortInUseFailureAnalyzer().analyze(new IllegalStateException("boom"))).isNull();

        reporter.report(new FailureAnalysis("Something Boot knows", "Do this", new IllegalStateException()));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(OneLineFailureAnalysisReporter.bootFormat(
                new FailureAnalysis("Something Boot knows", "Do this", new IllegalStateException())))
                .contains("APPLICATION FAILED TO START", "Description:", "Something Boot knows", "Action:", "Do this");
    }

    @Test
    void dataDirectoryThatCannotBeCreatedIsReportedWithItsPath(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
        Path wanted = file.resolve("data");

        assertThatThrownBy(() -> DataDirectory.open(wanted))
                .isInstanceOfSatisfying(StartupFailureException.class, e -> {
                    assertThat(e.problem()).startsWith("data directory " + wanted + " is not writable: ");
                    assertThat(e.fix()).contains("VIGIE_DATA_DIR");
                });
    }

    @Test
    void writableDataDirectoryIsCreated(@TempDir Path temp) {
        DataDirectory directory = DataDirectory.open(temp.resolve("new").resolve("dir"));

        assertThat(directory.path()).isDirectory().isAbsolute();
        assertThat(directory.path().toFile().list()).isEmpty();
    }

    @Test
    void unreachableExternalDatabaseNamesTheUrlWithoutPasswordAndTheVariables() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/vigie?password=secret";

        assertThatThrownBy(() -> DatabaseConfiguration.checkReachable(url, "vigie", "secret"))
                .isInstanceOfSatisfying(StartupFailureException.class, e -> {
                    assertThat(e.problem()).startsWith("cannot connect to the database jdbc:postgresql://127.0.0.1:"
                            + closedPort + "/vigie?password=***: ").doesNotContain("secret");
                    assertThat(e.fix()).contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                            "SPRING_DATASOURCE_PASSWORD");
                });
    }

    @Test
    void passwordsAreMaskedInUrls() {
        assertThat(DatabaseConfiguration.withoutPassword("jdbc:postgresql://h/db?user=u&password=p&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
        assertThat(DatabaseConfiguration.withoutPassword("jdbc:postgresql://u:p@h:5432/db"))
                .isEqualTo("jdbc:postgresql://u:***@h:5432/db");
        assertThat(DatabaseConfiguration.withoutPassword("jdbc:postgresql://h:5432/db"))
                .isEqualTo("jdbc:postgresql://h:5432/db");
    }
}
