package fr.vigie.app.workspace;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No CSRF token or other form field ends in the address bar: the error paths of the forms (refused
 * ledger, invalid profile, refused workspace name) redirect to addresses without parameters or answer
 * on the form's own address; forms that carry the token are POST forms; an address holding the token
 * is redirected to the same one without it.
 */
@VigieIntegrationTest
class NoTokenInAddressBarIntegrationTests {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;

    String analyst;
    long workspace;

    @BeforeEach
    void workspace() {
        analyst = WorkspaceFixtures.newName("csrf");
        workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
    }

    private RequestPostProcessor as() {
        return user(analyst).roles("ANALYST");
    }

    @Test
    void errorPathsLeaveNoFormFieldInTheAddress() throws Exception {
        MockMultipartFile bad = new MockMultipartFile("file", "bad.csv", "text/csv",
                "item,material,mass_kg\npack,unobtainium,-3\n".getBytes());
        String ledger = mvc.perform(multipart("/workspaces/" + workspace + "/ledgers").file(bad).with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(ledger).isEqualTo("/workspaces/" + workspace + "/ledgers");

        var profile = mvc.perform(post("/workspaces/" + workspace + "/profile").param("name", "")
                .param("headquarters", "Atlantis").with(as()).with(csrf())).andReturn().getResponse();
        assertThat(profile.getRedirectedUrl() == null ? "" : profile.getRedirectedUrl()).doesNotContain("?", "_csrf");

        String created = mvc.perform(post("/workspaces").param("name", "").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(created).isEqualTo("/workspaces");

        String roadmap = mvc.perform(post("/workspaces/" + workspace + "/roadmap/actions").param("title", "")
                .with(as()).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        if (roadmap != null) {
            assertThat(roadmap).doesNotContain("?", "_csrf");
        }
    }

    @Test
    void onlyPostFormsCarryTheToken() throws Exception {
        for (String page : List.of("/countries", "/workspaces", "/workspaces/" + workspace + "/profile",
                "/workspaces/" + workspace + "/ledgers", "/workspaces/" + workspace + "/assessments",
                "/workspaces/" + workspace + "/regulations", "/workspaces/" + workspace + "/roadmap",
                "/workspaces/" + workspace + "/declarations")) {
            String html = mvc.perform(get(page).with(as())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            Matcher form = FORM.matcher(html);
            while (form.find()) {
                assertThat(form.group(1)).as(page + ": the token goes in a hidden field, never in the action")
                        .doesNotContain("_csrf");
                if (form.group(2).contains("name=\"_csrf\"")) {
                    assertThat(form.group(1)).as(page + ": " + form.group(1)).containsIgnoringCase("method=\"post\"");
                }
            }
        }
    }

    @Test
    void anAddressHoldingTheTokenIsRedirectedWithoutIt() throws Exception {
        mvc.perform(get("/countries").queryParam("category", "supply").queryParam("_csrf", "abc").with(as()))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/countries?category=supply"));
        mvc.perform(get("/workspaces").queryParam("_csrf", "abc").with(as()))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/workspaces"));
        mvc.perform(get("/countries").queryParam("category", "supply").with(as())).andExpect(status().isOk());
    }
}
