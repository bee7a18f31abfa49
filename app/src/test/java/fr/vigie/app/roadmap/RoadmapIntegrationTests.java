package fr.vigie.app.roadmap;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.assessment.AssessmentTexts;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The roadmap board: actions taken up from assessments, changed in place, every change audited. */
@VigieIntegrationTest
class RoadmapIntegrationTests {

    @Autowired
    AssessmentTexts texts;

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
    String viewer;
    long workspace;
    WorkspaceGrant grant;

    @BeforeEach
    void assessedWorkspace() throws Exception {
        analyst = WorkspaceFixtures.newName("planner");
        viewer = WorkspaceFixtures.newName("reader");
        workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST, WorkspaceRole.ANALYST);
        accounts.create(viewer, "password-" + viewer, Role.ANALYST);
        workspaces.putMember(workspace, viewer, WorkspaceRole.VIEWER);
        mvc.perform(multipart("/workspaces/" + workspace + "/ledgers")
                .file(new MockMultipartFile("file", "ledger.csv", "text/csv",
                        WorkspaceFixtures.LEDGER.getBytes(StandardCharsets.UTF_8)))
                .with(as()).with(csrf()));
        mvc.perform(post("/workspaces/" + workspace + "/assessments").with(as()).with(csrf()));
        grant = new WorkspaceGrant(workspaces.find(workspace).orElseThrow(), analyst, WorkspaceRole.ANALYST);
    }

    private RequestPostProcessor as() {
        return user(analyst).roles("ANALYST");
    }

    @Test
    void actionsComeFromTheAssessmentAndAreKeptWhenItRunsAgain() throws Exception {
        List<RoadmapAction> actions = roadmap.actions(grant);
        assertThat(actions).isNotEmpty().allSatisfy(a -> assertThat(a.status()).isEqualTo("todo"));
        RoadmapAction first = actions.getFirst();
        roadmap.update(grant, first.id(), new Roadmap.Change("long", java.util.Optional.of("Ana"),
                java.util.Optional.empty(), "in_progress"));
        mvc.perform(post("/workspaces/" + workspace + "/assessments").with(as()).with(csrf()));
        RoadmapAction again = roadmap.find(grant, first.id()).orElseThrow();
        assertThat(again.status()).isEqualTo("in_progress");
        assertThat(again.horizon()).isEqualTo("long");
        assertThat(again.owner()).contains("Ana");
        assertThat(roadmap.actions(grant)).hasSameSizeAs(actions);
    }

    @Test
    void movingAnActionWithAFormOrHtmxIsSavedAndAudited() throws Exception {
        RoadmapAction action = roadmap.actions(grant).getFirst();
        String path = "/workspaces/" + workspace + "/roadmap/actions/" + action.id();
        mvc.perform(post(path).param("horizon", "medium").param("owner", "Claire (purchasing)")
                        .param("dueDate", "2027-03-31").param("status", "in_progress").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path).header("HX-Request", "true").param("horizon", "long").param("owner", "Claire (purchasing)")
                        .param("dueDate", "2027-03-31").param("status", "done").param("lang", "en").with(as()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<div id=\"board\">"),
                        containsString("The action is saved."), not(containsString("<html")))));
        RoadmapAction moved = roadmap.find(grant, action.id()).orElseThrow();
        assertThat(moved.horizon()).isEqualTo("long");
        assertThat(moved.status()).isEqualTo("done");
        assertThat(moved.dueDate()).hasValue(java.time.LocalDate.of(2027, 3, 31));
        List<AuditEntry> history = roadmap.history(grant).stream().filter(e -> e.actionId() == action.id()).toList();
        assertThat(history).extracting(AuditEntry::field)
                .containsExactly("status", "horizon", "status", "due_date", "owner", "horizon", "created");
        assertThat(history).allSatisfy(e -> assertThat(e.changedBy()).isIn(analyst));
        mvc.perform(get("/workspaces/" + workspace + "/roadmap/history").param("lang", "fr").with(as()))
                .andExpect(content().string(allOf(containsString("Claire (purchasing)"), containsString("échéance"))));
    }

    @Test
    void invalidValuesAreRefusedAndNothingChanges() throws Exception {
        RoadmapAction action = roadmap.actions(grant).getFirst();
        String path = "/workspaces/" + workspace + "/roadmap/actions/" + action.id();
        mvc.perform(post(path).param("horizon", "someday").param("status", "todo").with(as()).with(csrf()));
        mvc.perform(post(path).param("horizon", "short").param("status", "todo").param("dueDate", "31/03/2027")
                .with(as()).with(csrf()));
        mvc.perform(post(path).param("horizon", "short").param("status", "todo").param("owner", "x".repeat(81))
                .with(as()).with(csrf()));
        assertThat(roadmap.find(grant, action.id()).orElseThrow()).isEqualTo(action);
    }

    @Test
    void viewersAndOtherWorkspacesChangeNothing() throws Exception {
        RoadmapAction action = roadmap.actions(grant).getFirst();
        String path = "/workspaces/" + workspace + "/roadmap/actions/" + action.id();
        mvc.perform(post(path).param("horizon", "long").param("status", "done").with(user(viewer).roles("ANALYST"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/workspaces/" + workspace + "/roadmap").with(user(viewer).roles("ANALYST")))
                .andExpect(content().string(not(containsString("id=\"save-" + action.id() + "\""))));
        String other = WorkspaceFixtures.newName("other");
        long own = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, other, Role.ANALYST, WorkspaceRole.ANALYST);
        mvc.perform(post("/workspaces/" + own + "/roadmap/actions/" + action.id()).param("horizon", "long")
                .param("status", "done").with(user(other).roles("ANALYST")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(patch("/api/workspaces/" + own + "/roadmap/" + action.id()).contentType("application/json")
                .content("{\"status\":\"done\"}").with(user(other).roles("ANALYST")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(path).param("horizon", "long").param("status", "done").with(as()))
                .andExpect(status().isForbidden());
        assertThat(roadmap.find(grant, action.id()).orElseThrow()).isEqualTo(action);
    }

    @Test
    void theFrenchBoardShowsFrenchTextsAndFallsBackToEnglishWhenThereAreNone() throws Exception {
        RoadmapAction action = roadmap.actions(grant).stream()
                .filter(a -> !texts.render(a.title(), Locale.FRENCH).equals(texts.render(a.title(), Locale.ENGLISH)))
                .findFirst().orElseThrow();
        String french = HtmlUtils.htmlEscape(texts.render(action.title(), Locale.FRENCH), "UTF-8");
        String english = HtmlUtils.htmlEscape(texts.render(action.title(), Locale.ENGLISH), "UTF-8");
        String board = "/workspaces/" + workspace + "/roadmap";
        mvc.perform(get(board).param("lang", "fr").with(as()))
                .andExpect(content().string(allOf(containsString(french), not(containsString(">" + english + "<")))));
        mvc.perform(get(board).param("lang", "en").with(as()))
                .andExpect(content().string(allOf(containsString(">" + english + "<"), not(containsString(french)))));
        // an action stored before French texts were kept (V31), as migration V50 keeps it: its English
        // text as both arguments of the stored text, so the French board shows the English text
        jdbc.sql("update roadmap_action set title = jsonb_build_object('key', 'assessment.stored', 'args',"
                        + " jsonb_build_array('Survey the smelters', 'Survey the smelters')) where id = ?")
                .param(action.id()).update();
        mvc.perform(get(board).param("lang", "fr").with(as()))
                .andExpect(content().string(containsString(">Survey the smelters<")));
    }

    @Test
    void theApiChangesAnActionWithTheSameAudit() throws Exception {
        RoadmapAction action = roadmap.actions(grant).getFirst();
        mvc.perform(patch("/api/workspaces/" + workspace + "/roadmap/" + action.id()).contentType("application/json")
                        .content("{\"status\":\"in_progress\",\"owner\":\"Bea\"}").with(as()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("in_progress"))
                .andExpect(jsonPath("$.owner").value("Bea"));
        mvc.perform(get("/api/workspaces/" + workspace + "/roadmap/history").with(as()))
                .andExpect(jsonPath("$[0].changedBy").value(analyst));
    }
}
