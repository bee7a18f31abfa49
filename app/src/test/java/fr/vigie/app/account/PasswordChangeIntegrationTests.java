package fr.vigie.app.account;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import fr.vigie.app.VigieIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /account/password} against the real embedded PostgreSQL and the database sessions: a user
 * changes their password (then only the new one logs in and their other session is ended), and the
 * refusals: wrong current password, a password the policy refuses, a different confirmation, the
 * new one equal to the current one, the shared demo user, an anonymous visitor, no CSRF token.
 */
@VigieIntegrationTest
class PasswordChangeIntegrationTests {

    private static final String SESSION_COOKIE = "JSESSIONID";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    private static String newUsername() {
        return "pw-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A client address of its own (the throttle also counts failures per address; the context is shared). */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String oldPassword(String name) {
        return "the first password of " + name;
    }

    private String newUser() {
        String name = newUsername();
        accounts.create(name, oldPassword(name), Role.ANALYST);
        return name;
    }

    private Cookie logIn(String name, String password) throws Exception {
        MvcResult login = mvc.perform(formLogin().user(name).password(password))
                .andExpect(authenticated().withUsername(name)).andReturn();
        Cookie cookie = login.getResponse().getCookie(SESSION_COOKIE);
        assertThat(cookie).as("session cookie of the login").isNotNull();
        return cookie;
    }

    @Test
    void aUserChangesTheirPasswordThenOnlyTheNewOneLogsInAndTheirOtherSessionIsEnded() throws Exception {
        String name = newUser();
        String fresh = "a brand new passphrase for " + name;
        Cookie here = logIn(name, oldPassword(name));
        Cookie elsewhere = logIn(name, oldPassword(name));
        assertThat(sessions.findByPrincipalName(name)).hasSize(2);
        mvc.perform(get("/").cookie(elsewhere)).andExpect(status().isOk());

        MvcResult changed = mvc.perform(post("/account/password").cookie(here).with(csrf())
                        .param("currentPassword", oldPassword(name)).param("newPassword", fresh)
                        .param("confirmation", fresh))
                .andExpect(redirectedUrl("/account/password"))
                .andExpect(flash().attribute("changed", true))
                .andReturn();

        // the other session is gone, this one stays (under a new id)
        assertThat(sessions.findByPrincipalName(name)).hasSize(1);
        mvc.perform(get("/").cookie(elsewhere)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        Cookie renewed = changed.getResponse().getCookie(SESSION_COOKIE);
        Cookie current = renewed == null ? here : renewed;
        // the redirect's page says it is done (a flash message: no token or password in its address)
        mvc.perform(get("/account/password").cookie(current))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"password-changed\"")))
                .andExpect(content().string(containsString("Your password is changed.")));

        assertThat(jdbc.sql("select password_hash from app_user where username = ?").param(name)
                .query(String.class).single()).startsWith("{bcrypt}$2");
        mvc.perform(post("/login").param("username", name).param("password", oldPassword(name)).with(csrf())
                        .with(from("203.0.113.40")))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        mvc.perform(formLogin().user(name).password(fresh)).andExpect(authenticated().withRoles("ANALYST"));
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndCountsAsAFailedLogin() throws Exception {
        String name = newUser();
        String fresh = "a brand new passphrase for " + name;

        String html = mvc.perform(post("/account/password").with(user(name).roles("ANALYST")).with(csrf())
                        .with(from("203.0.113.1")).param("currentPassword", "not my password at all")
                        .param("newPassword", fresh).param("confirmation", fresh))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "account.password.current.wrong"))
                .andExpect(model().attributeErrorCount("form", 1))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("This is not your current password.")
                .containsPattern("id=\"current-password\"[^>]*aria-invalid=\"true\"")
                .doesNotContain("not my password at all").doesNotContain(fresh);

        // after the free failures of the login throttle, even the right password is not checked
        for (int i = 2; i <= LoginThrottle.ACCOUNT_FREE_FAILURES; i++) {
            mvc.perform(post("/account/password").with(user(name).roles("ANALYST")).with(csrf())
                            .with(from("203.0.113." + i)).param("currentPassword", "wrong " + i)
                            .param("newPassword", fresh).param("confirmation", fresh))
                    .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword",
                            "account.password.current.wrong"));
        }
        String locked = mvc.perform(post("/account/password").with(user(name).roles("ANALYST")).with(csrf())
                        .with(from("203.0.113.20")).param("currentPassword", oldPassword(name))
                        .param("newPassword", fresh).param("confirmation", fresh))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "account.password.locked"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(locked).contains("Wait 30 seconds");
        // the login page counts the same failures
        mvc.perform(post("/login").param("username", name).param("password", oldPassword(name)).with(csrf())
                        .with(from("203.0.113.21")))
                .andExpect(redirectedUrl("/login?locked=30"));
        assertThat(accounts.passwordMatches(name, oldPassword(name))).isTrue();
    }

    @Test
    void aPasswordThePolicyRefusesIsRefusedWithTheUserCreationMessage() throws Exception {
        String name = newUser();

        String html = mvc.perform(post("/account/password").with(user(name).roles("ANALYST")).with(csrf())
                        .param("currentPassword", oldPassword(name)).param("newPassword", "short")
                        .param("confirmation", "short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "user.password.tooShort"))
                .andExpect(model().attributeErrorCount("form", 1))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("At least 15 characters.")
                .containsPattern("id=\"new-password\"[^>]*aria-invalid=\"true\"");
        mvc.perform(post("/account/password").with(user(name).roles("ANALYST")).with(csrf())
                        .param("currentPassword", oldPassword(name)).param("newPassword", "1q2w3e4r5t6y7u8i9o0p")
                        .param("confirmation", "1q2w3e4r5t6y7u8i9o0p"))
                .andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "user.password.common"));
        mvc.perform(post("/account/password").with(user(name).roles("ANALYST")).with(csrf())
                        .param("currentPassword", oldPassword(name)).param("newPassword", oldPassword(name))
                        .param("confirmation", oldPassword(name)))
                .andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "account.password.same"));

        mvc.perform(formLogin().user(name).password(oldPassword(name))).andExpect(authenticated());
    }

    @Test
    void aDifferentConfirmationIsRefused() throws Exception {
        String name = newUser();
        String fresh = "a brand new passphrase for " + name;

        String html = mvc.perform(post("/account/password").param("lang", "fr").with(user(name).roles("ANALYST"))
                        .with(csrf()).param("currentPassword", oldPassword(name)).param("newPassword", fresh)
                        .param("confirmation", fresh + "!"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "confirmation",
                        "account.password.confirmation.different"))
                .andExpect(model().attributeErrorCount("form", 1))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Les deux nouveaux mots de passe sont différents")
                .containsPattern("id=\"confirmation\"[^>]*aria-invalid=\"true\"");

        mvc.perform(formLogin().user(name).password(oldPassword(name))).andExpect(authenticated());
    }

    @Test
    void theSharedDemoUserSeesANoteAndCannotChangeThePassword() throws Exception {
        mvc.perform(get("/account/password").with(user("demo").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"password-demo\"")))
                .andExpect(content().string(not(containsString("id=\"current-password\""))));
        mvc.perform(post("/account/password").with(user("demo").roles("VIEWER")).with(csrf())
                        .param("currentPassword", "demo").param("newPassword", "a new password for the demo")
                        .param("confirmation", "a new password for the demo"))
                .andExpect(status().isForbidden());

        mvc.perform(formLogin().user("demo").password("demo")).andExpect(authenticated());
    }

    @Test
    void everyLoggedInUserHasTheLinkAndTheForm() throws Exception {
        String name = newUsername();
        accounts.create(name, oldPassword(name), Role.VIEWER);

        mvc.perform(get("/account/password").with(user(name).roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"current-password\"")))
                .andExpect(content().string(containsString("href=\"/account/password\"")))
                .andExpect(content().string(not(containsString("id=\"password-demo\""))));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageAndATokenlessPostIsRefused() throws Exception {
        mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/password").with(csrf()).param("currentPassword", "x"))
                .andExpect(redirectedUrl("/login"));

        String name = newUser();
        String fresh = "a brand new passphrase for " + name;
        mvc.perform(post("/account/password").with(user(name).roles("ANALYST"))
                        .param("currentPassword", oldPassword(name)).param("newPassword", fresh)
                        .param("confirmation", fresh))
                .andExpect(status().isForbidden());
        mvc.perform(formLogin().user(name).password(oldPassword(name))).andExpect(authenticated());
    }
}
