package fr.vigie.app.duediligence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.assessment.Assessments;
import fr.vigie.app.assessment.StoredAssessment;
import fr.vigie.app.roadmap.Roadmap;
import fr.vigie.app.roadmap.RoadmapAction;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import fr.vigie.engine.assessment.Assessment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OECD steps of a workspace: who may change them, the refusals naming their field, the evidence
 * files' limits, the audit trail, the summary other modules read and the assessment reading the steps.
 */
@VigieIntegrationTest
class StepsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    Roadmap roadmap;
    @Autowired
    Assessments assessments;
    @Autowired
    StepsSummaries summaries;

    String analyst;
    String viewer;
    String outsider;
    long workspace;
    WorkspaceGrant grant;
    String api;

    @BeforeEach
    void workspaceWithALedgerAndAnAssessment() throws Exception {
        analyst = WorkspaceFixtures.newName("dd-analyst");
        viewer = WorkspaceFixtures.newName("dd-viewer");
        outsider = WorkspaceFixtures.newName("dd-outsider");
        workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST, WorkspaceRole.ANALYST);
        accounts.create(viewer, "password-" + viewer, Role.ANALYST);
        accounts.create(outsider, "password-" + outsider, Role.ANALYST);
        workspaces.putMember(workspace, viewer, WorkspaceRole.VIEWER);
        WorkspaceFixtures.uploadLedger(mvc, workspace, as(analyst));
        mvc.perform(post("/workspaces/" + workspace + "/assessments").with(as(analyst)).with(csrf()));
        grant = new WorkspaceGrant(workspaces.find(workspace).orElseThrow(), analyst, WorkspaceRole.ANALYST);
        api = "/api/workspaces/" + workspace + "/due-diligence/steps";
    }

    private static RequestPostProcessor as(String name) {
        return user(name).roles("ANALYST");
    }

    private MvcResult putJson(String path, String json, String who) throws Exception {
        return mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content(json).with(as(who)).with(csrf()))
                .andReturn();
    }

    @Test
    void anAnalystRecordsASubStepLinkedToARoadmapActionAndEveryChangeIsAudited() throws Exception {
        RoadmapAction action = roadmap.actions(grant).getFirst();
        mvc.perform(put(api + "/tin/1d").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"in_progress\",\"owner\":\"Claire (purchasing)\",\"startDate\":\"2026-01-05\","
                                + "\"dueDate\":\"2026-06-30\",\"actions\":[" + action.id() + "]}")
                        .with(as(analyst)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("in_progress"))
                .andExpect(jsonPath("$.owner").value("Claire (purchasing)"))
                .andExpect(jsonPath("$.actions[0]").value(action.id()));
        // absent fields keep their value; an empty owner clears it
        mvc.perform(put(api + "/tin/1D").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"implemented\",\"owner\":\"\",\"doneDate\":\"2026-05-02\"}")
                        .with(as(analyst)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("implemented"))
                .andExpect(jsonPath("$.startDate").value("2026-01-05"))
                .andExpect(jsonPath("$.owner").doesNotExist());
        mvc.perform(get(api + "/history").with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].actor").value(analyst))
                .andExpect(jsonPath("$[?(@.field == 'action_linked')].newValue").value("#" + action.id()))
                .andExpect(jsonPath("$[?(@.field == 'status')].newValue").value(
                        org.hamcrest.Matchers.contains("implemented", "in_progress")));
        mvc.perform(get("/workspaces/" + workspace + "/due-diligence/history").param("lang", "en").with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("roadmap action linked")));
        // the page shows the filiere's sub-step with its level
        mvc.perform(get("/workspaces/" + workspace + "/due-diligence").param("scope", "tin").param("lang", "en")
                        .with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1.D Engagement with suppliers")))
                .andExpect(content().string(containsString("implemented, no evidence")));
    }

    @Test
    void aViewerReadsButChangesNothingAndANonMemberFindsNothing() throws Exception {
        mvc.perform(get(api).with(as(viewer))).andExpect(status().isOk());
        mvc.perform(get("/workspaces/" + workspace + "/due-diligence").with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"save-1a\""))));
        assertThat(putJson(api + "/company/1a", "{\"status\":\"implemented\"}", viewer).getResponse().getStatus())
                .isEqualTo(403);
        mvc.perform(post("/workspaces/" + workspace + "/due-diligence/company/1a").param("status", "implemented")
                .with(as(viewer)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(api).with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/workspaces/" + workspace + "/due-diligence").with(as(outsider))).andExpect(status().isNotFound());
        assertThat(putJson(api + "/company/1a", "{\"status\":\"implemented\"}", outsider).getResponse().getStatus())
                .isEqualTo(404);
        // the analyst's page has the forms
        mvc.perform(get("/workspaces/" + workspace + "/due-diligence").with(as(analyst)))
                .andExpect(content().string(containsString("id=\"save-1a\"")));
    }

    /**
     * The page's kept sections follow the data at once: a status changed by the analyst shows on the
     * reader's next page (level and maturity), a new ledger changes the filieres, each language keeps
     * its own sections, and the analyst's sub-steps keep their forms and token.
     */
    @Test
    void theKeptSectionsFollowAStatusChangeANewLedgerAndTheLanguageAtOnce() throws Exception {
        String before = page(viewer, "company", "en");
        assertThat(before).contains("id=\"level-1a\">not started<", "id=\"maturity-tin\"", "id=\"maturity-cobalt\"")
                .doesNotContain("id=\"save-1a\"", "name=\"_csrf\" value=\"\"");
        RoadmapAction action = roadmap.actions(grant).getFirst();
        mvc.perform(post("/workspaces/" + workspace + "/due-diligence/company/1a").param("status", "implemented")
                .param("actions", Long.toString(action.id())).with(as(analyst)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String after = page(viewer, "company", "en");
        assertThat(after).contains("id=\"level-1a\">implemented, no evidence<", "id=\"actions-1a\"",
                "href=\"/workspaces/" + workspace + "/roadmap#action-" + action.id() + "\"");
        assertThat(table(after)).isNotEqualTo(table(before));

        // each language its own sections
        String french = page(viewer, "company", "fr");
        assertThat(french).contains("id=\"level-1a\">mise en œuvre, sans preuve<").doesNotContain("implemented, no evidence");
        assertThat(page(viewer, "company", "en")).contains("id=\"level-1a\">implemented, no evidence<")
                .doesNotContain("mise en œuvre");

        // a new ledger without tin: the filiere leaves the table (nothing was recorded for it)
        mvc.perform(multipart("/workspaces/" + workspace + "/ledgers")
                .file(new MockMultipartFile("file", "ledger.csv", "text/csv",
                        WorkspaceFixtures.LEDGER.replace("solder,tin,50,BO,MY,\n", "").getBytes(StandardCharsets.UTF_8)))
                .with(as(analyst)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(viewer, "company", "en")).contains("id=\"maturity-cobalt\"").doesNotContain("id=\"maturity-tin\"");

        // the analyst's sub-steps are rendered in the request: forms with the token
        assertThat(page(analyst, "company", "en")).contains("id=\"save-1a\"", "id=\"level-1a\">implemented, no evidence<")
                .containsPattern("name=\"_csrf\" value=\"[^\"]+\"");
    }

    private String page(String who, String scope, String language) throws Exception {
        return mvc.perform(get("/workspaces/" + workspace + "/due-diligence").param("scope", scope)
                        .param("lang", language).with(as(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String table(String page) {
        return page.substring(page.indexOf("<table id=\"dd-maturity\">"), page.indexOf("</table>"));
    }

    @Test
    void aRefusedValueIsAProblemNamingItsField() throws Exception {
        String[][] cases = {
                {"{\"status\":\"done\"}", "status"},
                {"{\"dueDate\":\"31/12/2026\"}", "due_date"},
                {"{\"startDate\":\"2026-03-01\",\"doneDate\":\"2026-02-01\"}", "done_date"},
                {"{\"owner\":\"" + "x".repeat(201) + "\"}", "owner"},
                {"{\"actions\":[987654321]}", "actions"},
        };
        for (String[] c : cases) {
            mvc.perform(put(api + "/company/2a").contentType(MediaType.APPLICATION_JSON).content(c[0])
                            .header("Accept-Language", "en").with(as(analyst)).with(csrf()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.field").value(c[1]))
                    .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.startsWith("/problems/dd.invalid.")));
        }
        for (String url : new String[] {"javascript:alert(1)", "ftp://example.org/report.pdf", "https://", "not a url"}) {
            mvc.perform(post(api + "/company/5a/links").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"url\":\"" + url + "\"}").with(as(analyst)).with(csrf()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.field").value("url"));
        }
        // nothing half-written: the refused changes left no entry
        mvc.perform(get(api + "/company/2a").with(as(analyst)))
                .andExpect(jsonPath("$.status").value("not_started"))
                .andExpect(jsonPath("$.updatedBy").doesNotExist());
        // an unknown scope or sub-step is not found
        assertThat(putJson(api + "/unobtainium/1a", "{\"status\":\"implemented\"}", analyst).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(putJson(api + "/company/6z", "{\"status\":\"implemented\"}", analyst).getResponse().getStatus())
                .isEqualTo(404);
        // in French, the problem's text is French
        mvc.perform(put(api + "/company/2a").contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"fini\"}")
                        .header("Accept-Language", "fr").with(as(analyst)).with(csrf()))
                .andExpect(jsonPath("$.detail").value(containsString("choisissez")));
    }

    @Test
    void evidenceFilesAreTypeAndSizeCheckedAndOnlyServedAsDownloads() throws Exception {
        String path = api + "/company/1a/evidence";
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        // a page pretending to be a PDF, an empty file, a file above the 10 MB limit
        byte[] tooLarge = Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1);
        Object[][] refused = {
                {new MockMultipartFile("file", "policy.pdf", "application/pdf",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), "file_type"},
                {new MockMultipartFile("file", "policy.exe", "application/octet-stream", pdf), "file_type"},
                {new MockMultipartFile("file", "policy.pdf", "application/pdf", new byte[0]), "file_empty"},
                {new MockMultipartFile("file", "policy.pdf", "application/pdf", tooLarge), "file_size"},
        };
        for (Object[] r : refused) {
            mvc.perform(multipart(path).file((MockMultipartFile) r[0]).with(as(analyst)).with(csrf()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.field").value("file"))
                    .andExpect(jsonPath("$.code").value("dd.invalid." + r[1]));
        }
        MvcResult added = mvc.perform(multipart(path)
                        .file(new MockMultipartFile("file", "supply-chain policy.pdf", "text/html", pdf))
                        .with(as(analyst)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileType").value("pdf"))
                .andReturn();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(added.getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(get(path + "/" + id).with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(pdf));
        mvc.perform(get("/workspaces/" + workspace + "/due-diligence/company/1a/evidence/" + id).with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        // a viewer may not add nor remove; the analyst removes it, audited
        mvc.perform(multipart(path).file(new MockMultipartFile("file", "p.pdf", "application/pdf", pdf))
                .with(as(viewer)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(delete(path + "/" + id).with(as(viewer)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(delete(path + "/" + id).with(as(analyst)).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get(path + "/" + id).with(as(viewer))).andExpect(status().isNotFound());
        mvc.perform(get(api + "/history").with(as(analyst)))
                .andExpect(jsonPath("$[0].field").value("evidence_removed"))
                .andExpect(jsonPath("$[1].field").value("evidence_added"));
    }

    @Test
    void theSummaryAndTheAssessmentReadTheSteps() throws Exception {
        StoredAssessment before = assessments.latest(grant).orElseThrow();
        assertThat(stepFive(assessments.assessment(grant, before))).contains(false);
        // Scenario: 5.A "annual public report" implemented company-wide with a link as evidence
        assertThat(putJson(api + "/company/5a", "{\"status\":\"implemented\"}", analyst).getResponse().getStatus())
                .isEqualTo(200);
        mvc.perform(post(api + "/company/5a/links").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"https://example.org/due-diligence-report-2025.pdf\",\"label\":\"2025 report\"}")
                        .with(as(analyst)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("link"));

        // each of the three filieres (cobalt, tin, copper; downstream by default): steps 1-4 at 0, step 5 at
        // 100 (5.A evidenced company-wide counts in every filiere): (0 + 0 + 0 + 0 + 100) / 5 = 20, initial;
        // the company, each sub-step at its weakest filiere: the same 20
        StepsSummary summary = summaries.summary(grant);
        assertThat(summary.filieres()).extracting(StepsSummary.Scope::scope)
                .containsExactlyInAnyOrder("cobalt", "tin", "copper");
        assertThat(summary.filieres()).allSatisfy(f -> assertThat(f.maturity()).isCloseTo(20.0, within(1e-9)));
        assertThat(summary.company().maturity()).isCloseTo(20.0, within(1e-9));
        assertThat(summary.company().band()).isEqualTo("initial");
        StepsSummary.Step five = summary.company().steps().get(4);
        assertThat(five.levels()).containsEntry("evidenced", 1);
        assertThat(five.evidence()).isEqualTo(1);
        assertThat(summary.company().steps().get(0).levels()).containsEntry("not_started", 5);

        mvc.perform(post("/workspaces/" + workspace + "/assessments").with(as(analyst)).with(csrf()));
        StoredAssessment after = assessments.latest(grant).orElseThrow();
        assertThat(after.id()).isNotEqualTo(before.id());
        Assessment assessed = assessments.assessment(grant, after);
        assertThat(stepFive(assessed)).contains(true);
        assertThat(assessed.provenance().inputs()).extracting(Assessment.InputFile::role).contains("oecd_steps");
    }

    private static Optional<Boolean> stepFive(Assessment a) {
        return a.companyObligations().stream()
                .filter(r -> r.regulation().equals(Optional.of("oecd-ddg")) && r.id().equals("step-5-report"))
                .map(Assessment.Recommendation::inPlace).findFirst();
    }
}
