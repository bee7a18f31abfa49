package fr.vigie.app.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import fr.vigie.app.VigieIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Security review findings 5 and 10 against the running application: login throttling, the password
 * policy on the users page, CSRF with a session and an Authorization header, security headers and
 * the security log. Each test uses its own client address and usernames (the context is shared).
 */
@VigieIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginSecurityIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;

    private static String newUsername() {
        return "s-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedWithAClearMessage() throws Exception {
        String name = newUsername();
        accounts.create(name, "the right password " + name, Role.VIEWER);
        for (int i = 1; i <= 5; i++) {
            mvc.perform(login(name, "wrong " + i, "198.51.100.1" + i))
                    .andExpect(redirectedUrl("/login?error"))
                    .andExpect(unauthenticated());
        }
        mvc.perform(login(name, "the right password " + name, "198.51.100.30"))
                .andExpect(redirectedUrl("/login?locked=30"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("locked", "30"))
                .andExpect(content().string(containsString("id=\"login-locked\"")))
                .andExpect(content().string(containsString("Wait 30 seconds")));
        // the API answers 429 with Retry-After for the same account
        mvc.perform(get("/api/workspaces").header(HttpHeaders.AUTHORIZATION, basic(name, "the right password " + name))
                        .with(from("198.51.100.31")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "30"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        // other accounts from other addresses are not affected
        mvc.perform(login("demo", "demo", "198.51.100.32"))
                .andExpect(authenticated());
    }

    @Test
    void wrongBasicCredentialsOnTheApiAreThrottledToo() throws Exception {
        String name = newUsername();
        accounts.create(name, "the right password " + name, Role.VIEWER);
        for (int i = 1; i <= 5; i++) {
            mvc.perform(get("/api/workspaces").header(HttpHeaders.AUTHORIZATION, basic(name, "wrong " + i))
                    .with(from("203.0.113.7"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/workspaces").header(HttpHeaders.AUTHORIZATION, basic(name, "the right password " + name))
                        .with(from("203.0.113.8")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER));
    }

    @Test
    void blankCommonAndShortPasswordsAreRefusedOnTheUsersPageNeverWith500() throws Exception {
        var admin = users.loadUserByUsername(VigieIntegrationTest.ADMIN_USERNAME);
        String name = newUsername();
        for (String[] c : new String[][] {
                {" ".repeat(12), "user.password.blank"},
                {" ".repeat(20), "user.password.blank"},
                {"1234567890", "user.password.tooShort"},
                {"1q2w3e4r5t6y7u8i9o0p", "user.password.common"}}) {
            mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                            .param("username", name).param("password", c[0]).param("role", "VIEWER"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("form", "password", c[1]));
        }
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", name).param("password", " ".repeat(12)).param("role", "VIEWER"))
                .andExpect(content().string(containsString("The password cannot be blank or only spaces.")));
        assertThat(accounts.find(name)).isEmpty();
    }

    @Test
    void anAuthorizationHeaderDoesNotLiftCsrfForARequestWithASession() throws Exception {
        String name = newUsername();
        accounts.create(name, "the right password " + name, Role.ANALYST);
        // the session cookie (sessions are stored in the database, found by their cookie)
        Cookie session = mvc.perform(login(name, "the right password " + name, "198.51.100.60"))
                .andExpect(authenticated())
                .andReturn().getResponse().getCookie("JSESSIONID");
        assertThat(session).isNotNull();
        // a cross-site page can make the browser send the session cookie and some Authorization header
        mvc.perform(post("/api/workspaces").cookie(session).header(HttpHeaders.AUTHORIZATION, "Bearer anything")
                        .contentType("application/json").content("{\"name\":\"csrf-" + name + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/workspaces").cookie(session).header(HttpHeaders.AUTHORIZATION, basic(name, "x"))
                        .contentType("application/json").content("{\"name\":\"csrf-" + name + "\"}"))
                .andExpect(status().isForbidden());
        // scripts without a session still work with Basic credentials and no token
        mvc.perform(post("/api/workspaces").header(HttpHeaders.AUTHORIZATION, basic(name, "the right password " + name))
                        .with(from("198.51.100.61"))
                        .contentType("application/json").content("{\"name\":\"script-" + name + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/workspaces/1/profile").header(HttpHeaders.AUTHORIZATION, "Bearer x").cookie(session)
                .contentType("application/yaml").content("name: x\n")).andExpect(status().isForbidden());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (var request : new org.springframework.test.web.servlet.RequestBuilder[] {
                get("/login"), get("/").with(user("demo").roles("VIEWER")), get("/api/workspaces")}) {
            mvc.perform(request)
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                    .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-eval"))))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("Permissions-Policy", containsString("camera=()")));
        }
    }

    @Test
    void securityEventsAreLoggedWithUserAndAddressButNoPassword(CapturedOutput output) throws Exception {
        String name = newUsername();
        String password = "the right password " + name;
        var admin = users.loadUserByUsername(VigieIntegrationTest.ADMIN_USERNAME);
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf()).with(from("192.0.2.44"))
                        .param("username", name).param("password", password).param("role", "VIEWER"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(login(name, "wrong-" + password, "192.0.2.45"));
        mvc.perform(login(name, password, "192.0.2.46"));
        String log = output.getAll();
        assertThat(log).contains("security event user-created user.name=admin client.ip=192.0.2.44 target.user.name=" + name);
        assertThat(log).contains("security event login-failure user.name=" + name + " client.ip=192.0.2.45");
        assertThat(log).contains("security event login-success user.name=" + name + " client.ip=192.0.2.46");
        assertThat(log).doesNotContain(password);
    }
}
