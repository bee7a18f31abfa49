package fr.vigie.app.workspace;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators' first steps ({@code /admin/first-run}): only a global ADMIN reaches them, every
 * form needs the CSRF token, bad input is refused field by field with nothing stored, an invitation
 * creates the account (with a password shown once and a role in the workspace) and logs security
 * events without the password, and the home page leads an administrator there until they finish.
 */
@VigieIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FirstRunIntegrationTests {

    private static final Pattern PASSWORD = Pattern.compile("id=\"invited-password\">([^<]+)</code>");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor newAdmin() {
        String name = WorkspaceFixtures.newName("chef");
        accounts.create(name, "a long password for the first run " + name, Role.ADMIN);
        UserDetails details = users.loadUserByUsername(name);
        return user(details);
    }

    @Test
    void onlyAdministratorsReachThePageAndItsForms() throws Exception {
        mvc.perform(get("/admin/first-run")).andExpect(redirectedUrl("/login"));
        RequestPostProcessor analyst = user("analyste-first-run").roles("ANALYST");
        mvc.perform(get("/admin/first-run").with(analyst)).andExpect(status().isForbidden());
        String name = WorkspaceFixtures.newName("refused");
        mvc.perform(post("/admin/first-run/workspace").param("name", name).with(analyst).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/first-run/invite").param("username", name).param("workspace", "1")
                .param("role", "VIEWER").with(analyst).with(csrf())).andExpect(status().isForbidden());
        assertThat(workspaces.findByName(name)).isEmpty();
        assertThat(accounts.find(name)).isEmpty();
        // the demo user, a global VIEWER, neither
        mvc.perform(get("/admin/first-run").with(user(users.loadUserByUsername("demo")))).andExpect(status().isForbidden());
    }

    @Test
    void everyFormNeedsTheCsrfToken() throws Exception {
        RequestPostProcessor admin = newAdmin();
        String name = WorkspaceFixtures.newName("no-csrf");
        mvc.perform(post("/admin/first-run/workspace").param("name", name).with(admin)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/first-run/done").with(admin)).andExpect(status().isForbidden());
        assertThat(workspaces.findByName(name)).isEmpty();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        RequestPostProcessor admin = newAdmin();
        mvc.perform(post("/admin/first-run/workspace").param("name", "   ").param("lang", "en").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        matchesPattern("(?s).*id=\"ws-name\"[^>]*aria-invalid=\"true\".*"),
                        containsString("Give a name of 1 to 120 characters."))));
        String taken = workspaces.all().getFirst().name();
        mvc.perform(post("/admin/first-run/workspace").param("name", taken).param("lang", "fr").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un espace porte déjà ce nom.")));

        long company = companyWorkspace(admin);
        String bad = "Not A Valid Name!";
        mvc.perform(post("/admin/first-run/invite").param("username", bad).param("workspace", String.valueOf(company))
                        .param("role", "ANALYST").param("lang", "en").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        matchesPattern("(?s).*id=\"invite-username\"[^>]*aria-invalid=\"true\".*"),
                        containsString("3 to 40 characters: lower-case letters"),
                        not(containsString("id=\"invited-password\"")))));
        assertThat(accounts.find(bad)).isEmpty();

        // the demo workspace is not one to invite colleagues into
        long demo = workspaces.findDemo().orElseThrow().id();
        String name = WorkspaceFixtures.newName("into-demo");
        mvc.perform(post("/admin/first-run/invite").param("username", name).param("workspace", String.valueOf(demo))
                        .param("role", "ANALYST").param("lang", "en").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        matchesPattern("(?s).*id=\"invite-workspace\"[^>]*aria-invalid=\"true\".*"),
                        containsString("Choose one of your company workspaces."))));
        assertThat(accounts.find(name)).isEmpty();

        // a username in use: the existing account is left alone
        mvc.perform(post("/admin/first-run/invite").param("username", "demo").param("workspace", String.valueOf(company))
                        .param("role", "ADMIN").param("lang", "en").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This username is already taken.")));
        assertThat(accounts.find("demo").orElseThrow().role()).isEqualTo(Role.VIEWER);
        assertThat(workspaces.memberRole(company, "demo")).isEmpty();

        // a missing role, a workspace that is not a number
        mvc.perform(post("/admin/first-run/invite").param("username", name).param("workspace", String.valueOf(company))
                        .param("lang", "en").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Choose a role."),
                        matchesPattern("(?s).*id=\"invite-role\"[^>]*aria-invalid=\"true\".*"))));
        mvc.perform(post("/admin/first-run/invite").param("username", name).param("workspace", "x")
                        .param("role", "VIEWER").param("lang", "fr").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("des espaces de travail de votre entreprise."),
                        matchesPattern("(?s).*id=\"invite-workspace\"[^>]*aria-invalid=\"true\".*"))));
        assertThat(accounts.find(name)).isEmpty();
    }

    @Test
    void anInvitationCreatesTheAccountWithItsRoleShowsThePasswordOnceAndLogsWithoutIt(CapturedOutput output)
            throws Exception {
        RequestPostProcessor admin = newAdmin();
        long company = companyWorkspace(admin);
        String name = WorkspaceFixtures.newName("colleague");
        String page = mvc.perform(post("/admin/first-run/invite").param("username", name)
                        .param("workspace", String.valueOf(company)).param("role", "ANALYST").param("lang", "en")
                        .with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = PASSWORD.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        String password = m.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(15);
        assertThat(accounts.find(name).orElseThrow().role()).isEqualTo(Role.ANALYST);
        assertThat(workspaces.memberRole(company, name)).contains(WorkspaceRole.ANALYST);
        assertThat(page).contains("shown only this once", "is invited into");

        // the colleague logs in with it and may work in the workspace
        mvc.perform(formLogin().user(name).password(password)).andExpect(authenticated().withRoles("ANALYST"));
        mvc.perform(get("/workspaces/" + company + "/ledgers").with(user(users.loadUserByUsername(name))))
                .andExpect(status().isOk());
        // the page afterwards does not show it again
        mvc.perform(get("/admin/first-run").with(admin)).andExpect(content().string(not(containsString(password))));

        // a viewer of the workspace stays a global viewer
        String reader = WorkspaceFixtures.newName("reader");
        mvc.perform(post("/admin/first-run/invite").param("username", reader).param("workspace", String.valueOf(company))
                .param("role", "VIEWER").with(admin).with(csrf())).andExpect(status().isOk());
        assertThat(accounts.find(reader).orElseThrow().role()).isEqualTo(Role.VIEWER);

        String log = output.getAll();
        assertThat(log).contains("security event user-created", "target.user.name=" + name);
        assertThat(log).contains("security event user-invited");
        assertThat(log).contains("security event membership-changed");
        assertThat(log).doesNotContain(password);
    }

    @Test
    void theHomePageLeadsAnAdministratorToTheFirstStepsUntilFinished(CapturedOutput output) throws Exception {
        RequestPostProcessor admin = newAdmin();
        mvc.perform(get("/").with(admin)).andExpect(redirectedUrl("/admin/first-run"));
        mvc.perform(get("/admin/first-run").param("lang", "en").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>First steps</h1>"),
                        containsString("VIGIE_DEMO=false"), containsString("Demo mode is on"),
                        containsString("href=\"/admin/first-run\""))));
        mvc.perform(post("/admin/first-run/done").with(admin).with(csrf())).andExpect(redirectedUrl("/"));
        mvc.perform(get("/").with(admin)).andExpect(status().isOk());
        assertThat(output.getAll()).contains("security event first-run-completed");
        // other users are never led there
        mvc.perform(get("/").with(user(users.loadUserByUsername("demo")))).andExpect(status().isOk());
    }

    /** Creates a company workspace through the page and returns its id. */
    private long companyWorkspace(RequestPostProcessor admin) throws Exception {
        String name = WorkspaceFixtures.newName("Entreprise");
        mvc.perform(post("/admin/first-run/workspace").param("name", name).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/first-run#invite"));
        return workspaces.findByName(name).orElseThrow().id();
    }
}
