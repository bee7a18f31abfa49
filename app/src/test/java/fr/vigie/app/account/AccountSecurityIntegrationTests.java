package fr.vigie.app.account;

import java.util.UUID;

import fr.vigie.app.VigieIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Login, roles, CSRF and the users page, against the real embedded PostgreSQL. */
@VigieIntegrationTest
class AccountSecurityIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private static String newUsername() {
        return "u-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UserDetails admin() {
        return users.loadUserByUsername(VigieIntegrationTest.ADMIN_USERNAME);
    }

    @Test
    void anonymousPageRequestRedirectsToLogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin().user("demo").password("not-the-password"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(formLogin().user("nobody-here").password("whatever"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void rightPasswordLogsInWithTheUsersRole() throws Exception {
        mvc.perform(formLogin().user("demo").password("demo"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("demo").withRoles("VIEWER"));
        mvc.perform(formLogin().user(VigieIntegrationTest.ADMIN_USERNAME).password(VigieIntegrationTest.ADMIN_PASSWORD))
                .andExpect(authenticated().withRoles("ADMIN"));
    }

    @Test
    void viewerCannotReachTheAdminPage() throws Exception {
        mvc.perform(get("/admin/users").with(user(users.loadUserByUsername("demo"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void analystCannotReachTheAdminPageEither() throws Exception {
        String name = newUsername();
        accounts.create(name, "analyst-password", Role.ANALYST);

        mvc.perform(get("/admin/users").with(user(users.loadUserByUsername(name))))
                .andExpect(status().isForbidden());
    }

    @Test
    void adminListsUsers() throws Exception {
        mvc.perform(get("/admin/users").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>demo</td>")))
                .andExpect(content().string(not(containsString("{bcrypt}"))));
    }

    @Test
    void adminCreatesAUserWhoCanThenLogIn() throws Exception {
        String name = newUsername();

        mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
                        .param("username", name).param("password", "a-long-password").param("role", "ANALYST"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("created", name));

        assertThat(accounts.find(name)).map(UserAccount::role).contains(Role.ANALYST);
        assertThat(jdbc.sql("select password_hash from app_user where username = ?").param(name)
                .query(String.class).single()).startsWith("{bcrypt}$2");
        mvc.perform(formLogin().user(name).password("a-long-password"))
                .andExpect(authenticated().withRoles("ANALYST"));
    }

    @Test
    void invalidUserFormIsShownAgainWithErrorsAndCreatesNothing() throws Exception {
        String name = newUsername();

        mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
                        .param("username", name).param("password", "short").param("role", "VIEWER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "password"));
        mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
                        .param("username", "Bad Name!").param("password", "a-long-password").param("role", "VIEWER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "username"));
        mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
                        .param("username", name).param("password", "a-long-password").param("role", "NOPE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "role"));

        assertThat(accounts.find(name)).isEmpty();
    }

    @Test
    void takenUsernameIsRefused() throws Exception {
        mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
                        .param("username", "demo").param("password", "a-long-password").param("role", "ADMIN"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "user.username.taken"));

        assertThat(accounts.find("demo")).map(UserAccount::role).contains(Role.VIEWER);
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        String name = newUsername();

        mvc.perform(post("/admin/users").with(user(admin()))
                        .param("username", name).param("password", "a-long-password").param("role", "ADMIN"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(user(admin())).with(csrf().useInvalidToken())
                        .param("username", name).param("password", "a-long-password").param("role", "ADMIN"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "demo").param("password", "demo"))
                .andExpect(status().isForbidden());

        assertThat(accounts.find(name)).isEmpty();
    }

    @Test
    void loginPageShowsTheDemoCredentialsInDemoMode() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"demo-username\">demo<")))
                .andExpect(content().string(containsString("id=\"demo-password\">demo<")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void logoutNeedsAPostWithCsrfAndEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(user("demo").roles("VIEWER")).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"))
                .andExpect(unauthenticated());
    }

    @Test
    void actuatorHealthIsUpForAnyoneAndInfoShowsTheBuildToAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/info").with(user(users.loadUserByUsername("demo")))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/info").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.build.artifact").value("vigie-app"));
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
    }
}
