package fr.vigie.app.assessment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard shows the baseline assessment, not a what-if run, unless people pin one; reference
 * dates outside 2017-01-01 to today + 5 years are refused; the comparison lists every input that
 * differs, the scenario included.
 */
@VigieIntegrationTest
class BaselineDashboardIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    Assessments assessments;

    String analyst;
    String viewer;
    long workspace;
    WorkspaceGrant grant;

    @BeforeEach
    void ledger() throws Exception {
        analyst = WorkspaceFixtures.newName("baseline");
        viewer = WorkspaceFixtures.newName("baseline-viewer");
        workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST, WorkspaceRole.ANALYST);
        accounts.create(viewer, "password-" + viewer, Role.ANALYST);
        workspaces.putMember(workspace, viewer, WorkspaceRole.VIEWER);
        WorkspaceFixtures.uploadLedger(mvc, workspace, as());
        grant = new WorkspaceGrant(workspaces.find(workspace).orElseThrow(), analyst, WorkspaceRole.ANALYST);
    }

    private RequestPostProcessor as() {
        return user(analyst).roles("ANALYST");
    }

    private String dashboard() throws Exception {
        return mvc.perform(get("/workspaces/" + workspace).param("lang", "en").with(as()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDashboardShowsTheBaselineUnlessAnotherIsPinned() throws Exception {
        mvc.perform(post("/workspaces/" + workspace + "/assessments").with(as()).with(csrf()));
        long baseline = assessments.latest(grant).orElseThrow().id();
        mvc.perform(multipart("/workspaces/" + workspace + "/assessments")
                .param("scenario", ScenarioAndDeclarationIntegrationTests.SCENARIO).with(as()).with(csrf()));
        long whatIf = assessments.latest(grant).orElseThrow().id();
        assertThat(whatIf).isGreaterThan(baseline);

        assertThat(dashboard()).contains("From assessment #" + baseline + " ").doesNotContain("From assessment #" + whatIf + " ");
        assertThat(assessments.shown(grant).orElseThrow().id()).isEqualTo(baseline);

        mvc.perform(post("/workspaces/" + workspace + "/assessments/" + whatIf + "/pin").with(user(viewer).roles("ANALYST"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/workspaces/" + workspace + "/assessments/" + whatIf + "/pin").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(dashboard()).contains("From assessment #" + whatIf + " ", "id=\"dashboard-pinned\"");
        mvc.perform(get("/api/workspaces/" + workspace + "/assessments/shown").with(user(viewer).roles("ANALYST")))
                .andExpect(jsonPath("$.id").value(whatIf));
        // a newer baseline run does not replace a pin
        mvc.perform(post("/workspaces/" + workspace + "/assessments").with(as()).with(csrf()));
        assertThat(assessments.shown(grant).orElseThrow().id()).isEqualTo(whatIf);

        mvc.perform(post("/workspaces/" + workspace + "/assessments/unpin").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long newest = assessments.latest(grant).orElseThrow().id();
        assertThat(dashboard()).contains("From assessment #" + newest + " ").doesNotContain("id=\"dashboard-pinned\"");

        mvc.perform(put("/api/workspaces/" + workspace + "/assessments/" + baseline + "/pin").with(as()).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(assessments.shown(grant).orElseThrow().id()).isEqualTo(baseline);
        mvc.perform(delete("/api/workspaces/" + workspace + "/assessments/pin").with(as()).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(assessments.pinned(grant)).isEmpty();
    }

    @Test
    void datesOutsideTheSensibleRangeAreRefusedWithAFormError() throws Exception {
        mvc.perform(post("/workspaces/" + workspace + "/assessments").param("date", "1900-01-01").param("lang", "en")
                        .with(as()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"date-error\""),
                        containsString("The reference date must be between 1 January 2017 and"),
                        containsString("aria-invalid=\"true\""))));
        mvc.perform(post("/workspaces/" + workspace + "/assessments").param("date", "2016-12-31").param("lang", "fr")
                        .with(as()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("La date de référence doit être comprise entre le")));
        mvc.perform(post("/api/workspaces/" + workspace + "/assessments")
                        .param("date", LocalDate.now().plusYears(5).plusDays(1).toString()).with(as()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/assessment.date.range"))
                .andExpect(jsonPath("$.field").value("date"))
                .andExpect(jsonPath("$.earliest").value("2017-01-01"));
        assertThat(assessments.list(grant)).isEmpty();
        // the first and last dates accepted
        mvc.perform(post("/api/workspaces/" + workspace + "/assessments").param("date", "2017-01-01").with(as()).with(csrf()))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/workspaces/" + workspace + "/assessments")
                        .param("date", LocalDate.now().plusYears(5).toString()).with(as()).with(csrf()))
                .andExpect(status().isCreated());
    }

    @Test
    void theComparisonListsTheScenarioAmongTheInputsThatDiffer() throws Exception {
        mvc.perform(post("/workspaces/" + workspace + "/assessments").with(as()).with(csrf()));
        long baseline = assessments.latest(grant).orElseThrow().id();
        mvc.perform(multipart("/workspaces/" + workspace + "/assessments")
                .param("scenario", ScenarioAndDeclarationIntegrationTests.SCENARIO).with(as()).with(csrf()));
        long whatIf = assessments.latest(grant).orElseThrow().id();
        mvc.perform(get("/api/workspaces/" + workspace + "/assessments/compare").param("from", "" + baseline)
                        .param("to", "" + whatIf).with(as()))
                .andExpect(jsonPath("$.provenance[?(@.what == 'scenario')].from").value("-"))
                .andExpect(jsonPath("$.provenance[?(@.what == 'ledger')]").isEmpty());
        mvc.perform(get("/workspaces/" + workspace + "/assessments/compare").param("from", "" + baseline)
                        .param("to", "" + whatIf).param("lang", "en").with(as()))
                .andExpect(content().string(allOf(containsString("Scenario: - → scenario.yaml ("),
                        not(containsString("Purchase ledger:")))));
    }

    @Test
    void theComparisonGivesItsTextsRenderedInTheRequestLanguage() throws Exception {
        mvc.perform(post("/workspaces/" + workspace + "/assessments").with(as()).with(csrf()));
        long first = assessments.latest(grant).orElseThrow().id();
        mvc.perform(post("/workspaces/" + workspace + "/assessments").with(as()).with(csrf()));
        long second = assessments.latest(grant).orElseThrow().id();
        String api = "/api/workspaces/" + workspace + "/assessments/compare";
        String en = mvc.perform(get(api).param("from", "" + first).param("to", "" + second).param("lang", "en").with(as()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filieres[0].after.name.kind").value("mineral"))
                .andExpect(jsonPath("$.filieres[0].after.name.id").isString())
                .andExpect(jsonPath("$.to.roadmap[0].title.text").isString())
                .andExpect(jsonPath("$.to.roadmap[0].justification.key").isString())
                .andExpect(jsonPath("$.to.roadmap[0].justification.text").isString())
                .andReturn().getResponse().getContentAsString();
        String fr = mvc.perform(get(api).param("from", "" + first).param("to", "" + second)
                        .header("Accept-Language", "fr").with(as()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var enTree = json.readTree(en);
        var frTree = json.readTree(fr);
        var enJustification = enTree.at("/to/roadmap/0/justification");
        var frJustification = frTree.at("/to/roadmap/0/justification");
        // the same key and arguments, rendered in each language
        assertThat(frJustification.get("key")).isEqualTo(enJustification.get("key"));
        assertThat(frJustification.get("args").size()).isEqualTo(enJustification.get("args").size());
        // a nested text keeps its key and is rendered too
        assertThat(frJustification.at("/args/0/key")).isEqualTo(enJustification.at("/args/0/key"));
        assertThat(frJustification.get("text").asString()).isNotEqualTo(enJustification.get("text").asString())
                .doesNotContain("??");
        assertThat(fr.contains("??")).isFalse();
    }
}
