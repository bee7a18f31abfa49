package fr.vigie.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.account.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whole applications on one data directory: a second one is refused while the first runs, and the
 * data of the first is there after a restart. Known faults print one line on standard error.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataDirectoryIntegrationTests {

    @Test
    void secondApplicationOnTheSameDataDirectoryIsRefusedAndDataSurvivesARestart(CapturedOutput output) {
        Path dataDirectory = TestApplications.newDataDirectory("restart");

        try (ConfigurableApplicationContext first = TestApplications.start(dataDirectory)) {
            first.getBean(Accounts.class).create("keeper", "keeper-password", Role.ANALYST);

            assertThatThrownBy(() -> TestApplications.start(dataDirectory))
                    .hasStackTraceContaining("another Vigie is running with data directory " + dataDirectory);
            assertThat(vigieLines(output.getErr())).containsExactly("vigie: another Vigie is running with data directory "
                    + dataDirectory + " (stop it or set VIGIE_DATA_DIR to another directory)");
            assertThat(output.getAll()).doesNotContain("APPLICATION FAILED TO START", "\tat ");
        }

        try (ConfigurableApplicationContext restarted = TestApplications.start(dataDirectory)) {
            assertThat(restarted.getBean(Accounts.class).find("keeper"))
                    .map(UserAccount::role)
                    .contains(Role.ANALYST);
        }
    }

    @Test
    void portInUseIsOneLine(CapturedOutput output) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> TestApplications.start(TestApplications.newDataDirectory("port"),
                    "--server.port=" + port)).hasStackTraceContaining(String.valueOf(port));

            assertThat(vigieLines(output.getErr())).singleElement().asString()
                    .startsWith("vigie: port " + port + " is already in use (");
            assertThat(output.getAll()).doesNotContain("APPLICATION FAILED TO START", "\tat ");
        }
    }

    @Test
    void dataDirectoryThatCannotBeWrittenIsOneLine(CapturedOutput output) throws IOException {
        Path file = Files.writeString(Files.createDirectories(TestApplications.newDataDirectory("file"))
                .resolve("a-file"), "not a directory");
        Path dataDirectory = file.resolve("data");

        assertThatThrownBy(() -> TestApplications.start(dataDirectory))
                .hasStackTraceContaining("data directory " + dataDirectory + " is not writable");

        assertThat(vigieLines(output.getErr())).singleElement().asString()
                .startsWith("vigie: data directory " + dataDirectory + " is not writable: ")
                .endsWith("(give this user write access to it, or set VIGIE_DATA_DIR to a writable directory)");
        assertThat(output.getAll()).doesNotContain("APPLICATION FAILED TO START", "\tat ");
    }

    private static java.util.List<String> vigieLines(String text) {
        return text.lines().filter(l -> l.startsWith("vigie:")).toList();
    }
}
