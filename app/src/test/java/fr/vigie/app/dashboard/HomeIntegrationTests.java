package fr.vigie.app.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.roadmap.Roadmap;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page keeps the HTML of each workspace's card, keyed by the card's data read at each
 * request and the language ({@link HomeController}): a new assessment, an action past its due date,
 * a campaign and a supplier's answer show on the card at once; English and French cards never mix;
 * each user sees the cards of the workspaces they may see, with their own name in the page.
 */
@VigieIntegrationTest
class HomeIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    Roadmap roadmap;
    @Autowired
    JdbcClient jdbc;

    String analyst;
    long workspace;

    @BeforeEach
    void workspaceWithALedger() throws Exception {
        analyst = WorkspaceFixtures.newName("home");
        workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        WorkspaceFixtures.uploadLedger(mvc, workspace, as());
    }

    private RequestPostProcessor as() {
        return user(analyst).roles("ANALYST");
    }

    private String page(RequestPostProcessor who, String lang) throws Exception {
        return mvc.perform(get("/").param("lang", lang).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The card of a workspace in a page, from its opening tag to its end. */
    private static String card(String page, long workspaceId) {
        Matcher m = Pattern.compile("(?s)<li class=\"card portfolio-card\" id=\"portfolio-" + workspaceId + "\">.*?</li>")
                .matcher(page);
        assertThat(m.find()).as("card of workspace %d", workspaceId).isTrue();
        return m.group();
    }

    private String card(String lang) throws Exception {
        return card(page(as(), lang), workspace);
    }

    private void assess(String date) throws Exception {
        mvc.perform(post("/workspaces/" + workspace + "/assessments").param("date", date)
                .with(as()).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private long supplier(String name) throws Exception {
        String body = JSON.writeValueAsString(Map.of("name", name, "country", "DE", "email",
                name.toLowerCase().replace(' ', '.') + "@example.org", "language", "en"));
        return JSON.readTree(mvc.perform(post("/api/workspaces/" + workspace + "/suppliers").with(as()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("id").asLong();
    }

    @Test
    void aNewAssessmentAnOverdueActionACampaignAndAnAnswerShowOnTheCardAtOnce() throws Exception {
        assertThat(card("en")).contains("No assessment yet", "href=\"/workspaces/" + workspace + "\"",
                "href=\"/workspaces/" + workspace + "/roadmap\">0</a>", "no campaign yet");

        assess("2026-11-30");
        assertThat(card("en")).contains("Assessment of 30 November 2026", "<dd class=\"filieres\">3</dd>")
                .doesNotContain("No assessment yet");
        assess("2026-12-01"); // the latest baseline is shown
        assertThat(card("en")).contains("Assessment of 1 December 2026").doesNotContain("30 November 2026");

        WorkspaceGrant grant = new WorkspaceGrant(workspaces.find(workspace).orElseThrow(), analyst, WorkspaceRole.ANALYST);
        var action = (Roadmap.UpdateOutcome.Updated) roadmap.add(grant,
                new Roadmap.Content("Ask the refiner for its audit", "", Roadmap.COMPANY_LEVEL, Optional.empty()),
                new Roadmap.Change("short", Optional.empty(), Optional.of(LocalDate.now().plusDays(10)), "todo"));
        assertThat(card("en")).contains("/roadmap\">0</a>");
        jdbc.sql("update roadmap_action set due_date = ? where id = ?")
                .params(LocalDate.now().minusDays(3), action.action().id()).update();
        assertThat(card("en")).contains("/roadmap\">1</a>");

        String body = JSON.writeValueAsString(Map.of("template", "CMRT", "due_date", LocalDate.now().plusDays(20).toString(),
                "supplier_ids", List.of(supplier("Acme Metals"), supplier("Tin Works")), "message", "thank you"));
        long campaign = JSON.readTree(mvc.perform(post("/api/workspaces/" + workspace + "/campaigns").with(as()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("id").asLong();
        // 0 of 2 requests answered
        assertThat(card("en")).contains("<dd class=\"campaigns\">0 of 2 (0%)</dd>");
        // a supplier's file arrives (what the portal records when a file is received)
        jdbc.sql("update supplier_request set status = 'received' where id = (select min(id) from supplier_request"
                + " where campaign_id = ?)").param(campaign).update();
        assertThat(card("en")).contains("<dd class=\"campaigns\">1 of 2 (50%)</dd>");
        assertThat(card("fr")).contains("<dd class=\"campaigns\">1 sur 2 (50 %)</dd>");
    }

    @Test
    void englishAndFrenchCardsDoNotMix() throws Exception {
        assess("2026-11-30");
        for (String lang : new String[] {"en", "fr", "en", "fr"}) { // the second ones use the kept cards
            String card = card(lang);
            if (lang.equals("en")) {
                assertThat(card).contains("Assessment of 30 November 2026", "Supply chains", "Overdue roadmap actions",
                        "no campaign yet").doesNotContain("Évaluation", "Filières", "novembre", "aucune campagne");
            } else {
                assertThat(card).contains("Évaluation du 30 novembre 2026", "Filières", "aucune campagne pour l&#39;instant")
                        .doesNotContain("Assessment of", "Supply chains", "November", "no campaign");
            }
        }
    }

    @Test
    void anUnreadableStoredAssessmentLeavesItsCardWithoutFiguresAndThePageUp() throws Exception {
        assess("2026-11-30");
        jdbc.sql("update assessment set data_versions = '{\"not\": \"a list\"}'::jsonb where workspace_id = ?")
                .param(workspace).update();
        assertThat(card("en")).contains("No assessment yet").doesNotContain("Assessment of");
    }

    @Test
    void eachUserSeesTheCardsOfTheWorkspacesTheyMaySee() throws Exception {
        String outsider = WorkspaceFixtures.newName("outsider");
        long other = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, outsider, Role.VIEWER,
                WorkspaceRole.ANALYST);
        String page = page(as(), "en");
        assertThat(page).contains("id=\"portfolio-" + workspace + "\"", "<span>" + analyst + "</span>")
                .doesNotContain("id=\"portfolio-" + other + "\"");
        String theirs = page(user(outsider).roles("VIEWER"), "en");
        assertThat(theirs).contains("id=\"portfolio-" + other + "\"", "<span>" + outsider + "</span>")
                .doesNotContain("id=\"portfolio-" + workspace + "\"", analyst);
        // an administrator (past the first steps) sees every workspace
        String admin = WorkspaceFixtures.newName("admin");
        accounts.create(admin, "password-" + admin, Role.ADMIN);
        jdbc.sql("insert into admin_first_run (username) values (?)").param(admin).update();
        assertThat(page(user(admin).roles("ADMIN"), "en"))
                .contains("id=\"portfolio-" + workspace + "\"", "id=\"portfolio-" + other + "\"");
    }
}
