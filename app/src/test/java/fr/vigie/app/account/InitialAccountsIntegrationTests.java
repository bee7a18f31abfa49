package fr.vigie.app.account;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.app.TestApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The first administrator and the demo user, each on its own fresh data directory. */
@ExtendWith(OutputCaptureExtension.class)
class InitialAccountsIntegrationTests {

    private static final Pattern GENERATED =
            Pattern.compile("(?m)^\\+-+\\+\\R\\| First start: administrator account created +\\|\\R"
                    + "\\| username: admin +\\|\\R\\| password: in (\\S+) +\\|$");
    private static final Pattern PASSWORD_LINE = Pattern.compile("(?m)^password: (\\S+)$");

    @Test
    void firstStartCreatesTheAdministratorFromTheEnvironmentAndNoDemoUserOutsideDemoMode(CapturedOutput output)
            throws Exception {
        Path dataDirectory = TestApplications.newDataDirectory("admin-env");

        try (ConfigurableApplicationContext app = TestApplications.start(dataDirectory,
                "--vigie.admin.username=Chief", "--vigie.admin.password=chief-password")) {
            Accounts accounts = app.getBean(Accounts.class);
            MockMvc mvc = TestApplications.mockMvc(app);

            assertThat(accounts.find("chief")).map(UserAccount::role).contains(Role.ADMIN);
            assertThat(accounts.find("demo")).isEmpty();
            mvc.perform(formLogin().user("chief").password("chief-password")).andExpect(authenticated().withRoles("ADMIN"));
            mvc.perform(formLogin().user("demo").password("demo")).andExpect(unauthenticated());
            mvc.perform(get("/login"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("demo-password"))));
            assertThat(output.getAll()).doesNotContain("chief-password").doesNotContain("shown only once");
        }
    }

    @Test
    void firstStartWithoutPasswordWritesARandomOneToAnOwnerOnlyFileNeverToTheLog(CapturedOutput output)
            throws Exception {
        // security review finding 6: the generated password was in logs/vigie.log (mode 644, rotated)
        Path dataDirectory = TestApplications.newDataDirectory("admin-random");
        String password;

        try (ConfigurableApplicationContext app = TestApplications.start(dataDirectory,
                "--vigie.admin.password=", "--vigie.demo.enabled=true")) {
            Matcher matcher = GENERATED.matcher(output.getAll());
            assertThat(matcher.find()).as("a framed block names the user and the password file").isTrue();
            Path file = dataDirectory.resolve(InitialAccounts.PASSWORD_FILE);
            assertThat(Path.of(matcher.group(1))).isEqualTo(file);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            Matcher line = PASSWORD_LINE.matcher(Files.readString(file));
            assertThat(line.find()).isTrue();
            password = line.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(output.getAll()).doesNotContain(password);
            try (var logs = Files.walk(dataDirectory.resolve("logs"))) {
                for (Path log : logs.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(log)).as(log.toString()).doesNotContain(password);
                }
            }
            MockMvc mvc = TestApplications.mockMvc(app);
            mvc.perform(formLogin().user("admin").password(password)).andExpect(authenticated().withRoles("ADMIN"));
            mvc.perform(formLogin().user("demo").password("demo")).andExpect(authenticated().withRoles("VIEWER"));
        }

        try (ConfigurableApplicationContext app = TestApplications.start(dataDirectory, "--vigie.admin.password=")) {
            assertThat(GENERATED.matcher(output.getAll()).results().count()).as("logged once only").isEqualTo(1);
            MockMvc mvc = TestApplications.mockMvc(app);
            mvc.perform(formLogin().user("admin").password(password)).andExpect(authenticated());
            mvc.perform(formLogin().user("demo").password("demo")).andExpect(unauthenticated());
            assertThat(app.getBean(Accounts.class).find("demo")).map(UserAccount::enabled).contains(false);
        }
    }
}
