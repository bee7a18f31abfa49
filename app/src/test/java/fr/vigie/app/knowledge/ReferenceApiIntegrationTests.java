package fr.vigie.app.knowledge;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.methodology.Methodologies;
import fr.vigie.engine.risk.Methodology;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API's OpenAPI description and its authentication and CSRF rules. */
@VigieIntegrationTest
class ReferenceApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Methodologies methodologies;

    @Test
    void openApiDescribesTheReferenceApiToLoggedInUsers() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/api/minerals/{id}"), containsString("/api/countries/{iso}"),
                        containsString("/api/regulations"), containsString("/api/methodologies"))));
        mvc.perform(get("/v3/api-docs")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void demoCredentialsWorkWithHttpBasicAndWrongOnesAreRefusedWithoutABrowserChallenge() throws Exception {
        mvc.perform(get("/api/minerals/lithium").with(httpBasic("demo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("lithium"));
        mvc.perform(get("/api/minerals").with(httpBasic("demo", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void sessionRequestsSendTheCsrfTokenInAHeader() throws Exception {
        String text = Methodologies.shippedText().replace("version: 1.0.0", "version: 6.0.0-csrf");
        mvc.perform(post("/api/methodologies").contentType("application/yaml").content(text)
                        .with(user("boss").roles("ADMIN")).with(csrf().asHeader()))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/methodologies").contentType("application/yaml").content(text.replace("6.0.0-csrf", "6.0.1"))
                        .with(user("boss").roles("ADMIN")).with(csrf().useInvalidToken().asHeader()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        org.assertj.core.api.Assertions.assertThat(methodologies.current().ref()).isEqualTo(Methodology.loadDefault().ref());
    }
}
