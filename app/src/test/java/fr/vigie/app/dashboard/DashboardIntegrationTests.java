package fr.vigie.app.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard keeps the view data of an assessment per language ({@link DashboardViews}) and
 * renders the page for each request as the user who asks: each reader sees their own name, role,
 * CSRF token and open actions, in their language; a new assessment shows its own content; a deleted
 * workspace's data is dropped. Minerals are named, in the page's language.
 */
@VigieIntegrationTest
class DashboardIntegrationTests {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    DashboardViews views;

    String analyst;
    String viewer;
    long workspace;

    @BeforeEach
    void workspaceWithAnAssessment() throws Exception {
        analyst = WorkspaceFixtures.newName("analyst");
        viewer = WorkspaceFixtures.newName("viewer");
        workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        accounts.create(viewer, "password-" + viewer, Role.VIEWER);
        workspaces.putMember(workspace, viewer, WorkspaceRole.VIEWER);
        WorkspaceFixtures.uploadLedger(mvc, workspace, as(analyst));
        assess();
    }

    private RequestPostProcessor as(String name) {
        return user(name).roles(name.equals(analyst) ? "ANALYST" : "VIEWER");
    }

    private void assess() throws Exception {
        mvc.perform(post("/workspaces/" + workspace + "/assessments").param("date", "2026-11-30")
                .with(as(analyst)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private String page(String name, String lang, MockHttpSession session) throws Exception {
        return mvc.perform(get("/workspaces/" + workspace).param("lang", lang).session(session).with(as(name)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("logout form's CSRF token").isTrue();
        return m.group(1);
    }

    @Test
    void eachReaderSeesTheirOwnPartsInTheirLanguage() throws Exception {
        for (String lang : new String[] {"en", "fr", "en"}) { // the second English page uses the kept view data
            for (String name : new String[] {analyst, viewer}) {
                String page = page(name, lang, new MockHttpSession());
                String other = name.equals(analyst) ? viewer : analyst;
                assertThat(page).contains("<span>" + name + "</span>").doesNotContain(other)
                        .contains("<html lang=\"" + lang + "\"")
                        .contains(lang.equals("fr") ? "Tableau de bord" : "Dashboard");
                assertThat(page).containsPattern("(?s)id=\"figure-actions\">.*?<span class=\"value\">\\d+</span>");
                String role = name.equals(analyst) ? (lang.equals("fr") ? "Analyste" : "Analyst")
                        : (lang.equals("fr") ? "Lecteur" : "Viewer");
                assertThat(page).containsPattern("class=\"badge\">" + role);
                assertThat(token(page)).isNotBlank();
            }
        }
    }

    @Test
    void eachRequestGetsTheTokenOfItsOwnSession() throws Exception {
        MockHttpSession first = new MockHttpSession();
        MockHttpSession second = new MockHttpSession();
        String a = page(analyst, "en", first);
        String b = page(analyst, "en", second);
        assertThat(a).contains("<span>" + analyst + "</span>");
        assertThat(token(a)).isNotEqualTo(token(b));
    }

    @Test
    void mineralsAreNamedInThePagesLanguage() throws Exception {
        String en = page(analyst, "en", new MockHttpSession());
        String fr = page(analyst, "fr", new MockHttpSession());
        // the ledger has cobalt, tin and copper: the ranking and the heatmap name them
        assertThat(en).containsPattern("<tr id=\"rank-tin\">\\s*<td>\\d</td>\\s*<th scope=\"row\">Tin</th>")
                .containsPattern("<tr>\\s*<th scope=\"row\">Copper</th>");
        assertThat(fr).containsPattern("<tr id=\"rank-tin\">\\s*<td>\\d</td>\\s*<th scope=\"row\">Étain</th>")
                .containsPattern("<tr>\\s*<th scope=\"row\">Cuivre</th>");
        assertThat(en + fr).doesNotContain("<th scope=\"row\">tin</th>", "<th scope=\"row\">copper</th>");
        // every message key resolves, the heatmap's combined sources ("ledger+world") included
        assertThat(en + fr).doesNotContain("??");
    }

    @Test
    void aNewAssessmentShowsItsOwnContent() throws Exception {
        Pattern basis = Pattern.compile("From assessment #(\\d+) run");
        Matcher before = basis.matcher(page(analyst, "en", new MockHttpSession()));
        assertThat(before.find()).isTrue();
        assess();
        Matcher after = basis.matcher(page(analyst, "en", new MockHttpSession()));
        assertThat(after.find()).isTrue();
        assertThat(Long.parseLong(after.group(1))).isGreaterThan(Long.parseLong(before.group(1)));
    }

    @Test
    void theViewDataIsKeptPerLanguageAndDroppedWithTheWorkspace() throws Exception {
        page(analyst, "en", new MockHttpSession());
        page(viewer, "en", new MockHttpSession());
        page(analyst, "fr", new MockHttpSession());
        assertThat(views.kept(workspace)).isEqualTo(2);
        assertThat(workspaces.delete(workspace)).isTrue();
        assertThat(views.kept(workspace)).isZero();
    }
}
