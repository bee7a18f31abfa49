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
    @Autowired
    RoadmapEvidence evidence;
    @Autowired
    RoadmapProgress progress;
    @Autowired
    fr.vigie.app.assessment.Assessments assessments;

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
        WorkspaceFixtures.uploadLedger(mvc, workspace, as());
        mvc.perform(post("/workspaces/" + workspace + "/assessments").with(as()).with(csrf()));
        grant = new WorkspaceGrant(workspaces.find(workspace).orElseThrow(), analyst, WorkspaceRole.ANALYST);
    }

    private RequestPostProcessor as() {
        return user(analyst).roles("ANALYST");
    }

    @Test
    void theDashboardsProgressSectionFollowsEveryStatusChangeInEachLanguage() throws Exception {
        List<RoadmapAction> actions = roadmap.actions(grant);
        int total = actions.size();
        String dashboard = "/workspaces/" + workspace;
        assertThat(mvc.perform(get(dashboard).param("lang", "en").with(as())).andReturn().getResponse().getContentAsString())
                .contains("id=\"progress-total\">0 / " + total + " · 0% done</a>",
                        "href=\"/workspaces/" + workspace + "/roadmap\" id=\"progress-total\"", "By OECD due diligence step");
        roadmap.update(grant, actions.getFirst().id(), new Roadmap.Change(actions.getFirst().horizon(),
                java.util.Optional.empty(), java.util.Optional.empty(), "done"));
        String english = mvc.perform(get(dashboard).param("lang", "en").with(as())).andReturn().getResponse().getContentAsString();
        String share = java.text.NumberFormat.getPercentInstance(Locale.ENGLISH).format(1.0 / total);
        assertThat(english).contains("id=\"progress-total\">1 / " + total + " · " + share + " done</a>")
                .doesNotContain(">0 / " + total + " ·");
        String french = mvc.perform(get(dashboard).param("lang", "fr").with(as())).andReturn().getResponse().getContentAsString();
        assertThat(french).contains("id=\"progress-total\">1 / " + total + " · ", "Par étape du devoir de diligence OCDE")
                .doesNotContain("By OECD due diligence step", " done</a>");
        assertThat(progress.kept()).isPositive();
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
        List<AuditEntry> history = roadmap.history(grant).stream()
                .filter(e -> e.actionId() != null && e.actionId() == action.id()).toList();
        assertThat(history).extracting(AuditEntry::field)
                .containsExactly("status", "horizon", "status", "due_date", "owner", "horizon", "created");
        assertThat(history).allSatisfy(e -> assertThat(e.changedBy()).isIn(analyst));
        mvc.perform(get("/workspaces/" + workspace + "/roadmap/history").param("lang", "fr").with(as()))
                .andExpect(content().string(allOf(containsString("Claire (purchasing)"), containsString("échéance"),
                        containsString("<td>En cours</td>"), containsString("<td>Long terme</td>"),
                        containsString("évaluation n° "), not(containsString(">in_progress<")),
                        not(containsString(">assessment #")))));
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

    /** The example ledger without its tin line. */
    static final String LEDGER_WITHOUT_TIN = """
            item,material,mass_kg,origin_country,refiner_country,recycled_share
            pack A,cobalt,100,CD,CN,0.1
            cable,copper,20,,,
            """;

    private void importAndAssess(String ledger) throws Exception {
        mvc.perform(multipart("/workspaces/" + workspace + "/ledgers")
                        .file(new MockMultipartFile("file", "ledger.csv", "text/csv", ledger.getBytes(StandardCharsets.UTF_8)))
                        .with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/workspaces/" + workspace + "/assessments").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aLedgerChangeRetiresActionsWithTheirReasonAndKeepsThemInTheHistory() throws Exception {
        List<RoadmapAction> before = roadmap.actions(grant);
        List<RoadmapAction> tin = before.stream().filter(a -> a.material().equals("tin")).toList();
        assertThat(tin).as("the example ledger buys tin: the roadmap has tin actions").isNotEmpty();
        RoadmapAction kept = tin.getFirst();
        roadmap.update(grant, kept.id(), new Roadmap.Change(kept.horizon(), java.util.Optional.of("Ana"),
                java.util.Optional.empty(), "in_progress"));

        importAndAssess(LEDGER_WITHOUT_TIN);

        List<RoadmapAction> after = roadmap.actions(grant);
        assertThat(after).as("nothing is deleted").hasSizeGreaterThanOrEqualTo(before.size());
        assertThat(after.stream().filter(a -> a.material().equals("tin")))
                .hasSize(tin.size())
                .allSatisfy(a -> {
                    assertThat(a.retired()).isTrue();
                    assertThat(a.retiredReason()).contains("material_gone");
                    assertThat(a.open()).isFalse();
                });
        RoadmapAction retired = roadmap.find(grant, kept.id()).orElseThrow();
        assertThat(retired.owner()).contains("Ana");
        assertThat(retired.status()).isEqualTo("in_progress");
        assertThat(roadmap.board(grant).values().stream().flatMap(List::stream).filter(a -> a.material().equals("tin")))
                .isEmpty();
        long activeBefore = before.stream().filter(a -> !a.retired()).count();
        assertThat(after.stream().filter(a -> !a.retired()).count()).as("the roadmap no longer only grows")
                .isLessThan(activeBefore);
        assertThat(roadmap.history(grant)).filteredOn(e -> e.field().equals("retired"))
                .extracting(AuditEntry::actionId).contains(kept.id());
        mvc.perform(get("/workspaces/" + workspace + "/roadmap").param("lang", "en").with(as()))
                .andExpect(content().string(allOf(containsString("id=\"retired-" + kept.id() + "\""),
                        containsString("The mineral is no longer in the purchase ledger."))));
        mvc.perform(get("/workspaces/" + workspace + "/roadmap/history").param("lang", "fr").with(as()))
                .andExpect(content().string(containsString("Le minerai n&#39;est plus dans le registre d&#39;achats.")));

        // tin bought again: the same actions come back, with what people set
        importAndAssess(WorkspaceFixtures.LEDGER);
        RoadmapAction back = roadmap.find(grant, kept.id()).orElseThrow();
        assertThat(back.retired()).isFalse();
        assertThat(back.owner()).contains("Ana");
        assertThat(roadmap.history(grant)).filteredOn(e -> e.field().equals("reinstated"))
                .extracting(AuditEntry::actionId).contains(kept.id());
    }

    @Test
    void dueDatesFollowTheAssessmentsUntilAPersonSetsOne() throws Exception {
        List<RoadmapAction> solutions = roadmap.actions(grant).stream()
                .filter(a -> a.kind().equals("solution") && a.dueDate().isPresent()).toList();
        assertThat(solutions).hasSizeGreaterThanOrEqualTo(2);
        RoadmapAction set = solutions.get(0);
        RoadmapAction untouched = solutions.get(1);
        java.time.LocalDate chosen = java.time.LocalDate.of(2028, 2, 29);
        roadmap.update(grant, set.id(), new Roadmap.Change(set.horizon(), set.owner(), java.util.Optional.of(chosen),
                set.status()));
        // an assessment ten days earlier: a solution's due date counts from the reference date, so the
        // untouched action takes the new assessment's due date; the one a person set stays
        mvc.perform(post("/workspaces/" + workspace + "/assessments")
                        .param("date", java.time.LocalDate.now().minusDays(10).toString()).with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(roadmap.find(grant, set.id()).orElseThrow().dueDate()).contains(chosen);
        var latest = assessments.latest(grant).orElseThrow();
        String proposed = assessments.view(grant, latest).roadmap().stream()
                .filter(i -> i.key().equals(untouched.key())).findFirst().orElseThrow().dueDate();
        assertThat(proposed).isNotEqualTo(untouched.dueDate().get().toString());
        assertThat(roadmap.find(grant, untouched.id()).orElseThrow().dueDate())
                .contains(java.time.LocalDate.parse(proposed));
    }

    @Test
    void ownActionsAreAddedChangedAndRemovedAndAssessmentsLeaveThemAlone() throws Exception {
        String board = "/workspaces/" + workspace + "/roadmap";
        mvc.perform(post(board + "/actions").param("title", "Write the sourcing clause into supplier contracts")
                        .param("description", "Legal and purchasing, all contracts renewed in 2027.")
                        .param("material", "cobalt").param("oecdStep", "3").param("horizon", "medium")
                        .param("owner", "Legal").param("dueDate", "2027-06-30").param("status", "todo")
                        .with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        RoadmapAction own = roadmap.actions(grant).stream().filter(RoadmapAction::own).findFirst().orElseThrow();
        assertThat(texts.render(own.title(), Locale.FRENCH)).isEqualTo("Write the sourcing clause into supplier contracts");
        assertThat(own.oecdStep()).contains(3);
        assertThat(own.material()).isEqualTo("cobalt");
        assertThat(own.dueDate()).contains(java.time.LocalDate.of(2027, 6, 30));

        mvc.perform(post(board + "/actions/" + own.id()).param("title", "Write the sourcing clause")
                        .param("description", "").param("material", "all").param("oecdStep", "")
                        .param("horizon", "short").param("owner", "Legal").param("dueDate", "2027-06-30")
                        .param("status", "in_progress").param("comment", "Draft sent to legal.").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        RoadmapAction changed = roadmap.find(grant, own.id()).orElseThrow();
        assertThat(texts.render(changed.title(), Locale.ENGLISH)).isEqualTo("Write the sourcing clause");
        assertThat(changed.material()).isEqualTo("all");
        assertThat(changed.oecdStep()).isEmpty();
        assertThat(changed.status()).isEqualTo("in_progress");
        assertThat(roadmap.comments(grant, own.id())).singleElement()
                .satisfies(c -> {
                    assertThat(c.body()).isEqualTo("Draft sent to legal.");
                    assertThat(c.author()).isEqualTo(analyst);
                });

        // a new assessment leaves own actions as they are (never retired)
        importAndAssess(LEDGER_WITHOUT_TIN);
        assertThat(roadmap.find(grant, own.id()).orElseThrow()).isEqualTo(changed);

        // refused values change nothing
        mvc.perform(post(board + "/actions").param("title", " ").with(as()).with(csrf()));
        mvc.perform(post(board + "/actions").param("title", "x").param("material", "kryptonite").with(as()).with(csrf()));
        mvc.perform(post(board + "/actions").param("title", "x").param("oecdStep", "6").with(as()).with(csrf()));
        assertThat(roadmap.actions(grant).stream().filter(RoadmapAction::own)).hasSize(1);

        // a generated action cannot be rewritten or removed
        RoadmapAction generated = roadmap.actions(grant).stream().filter(a -> !a.own() && !a.retired()).findFirst().orElseThrow();
        mvc.perform(post(board + "/actions/" + generated.id()).param("title", "Mine").param("horizon", "short")
                .param("status", "todo").with(as()).with(csrf()));
        mvc.perform(post(board + "/actions/" + generated.id() + "/remove").with(as()).with(csrf()));
        assertThat(roadmap.find(grant, generated.id()).orElseThrow().title()).isEqualTo(generated.title());

        mvc.perform(post(board + "/actions/" + own.id() + "/remove").with(user(viewer).roles("ANALYST")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(board + "/actions/" + own.id() + "/remove").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(roadmap.find(grant, own.id())).isEmpty();
        assertThat(roadmap.history(grant)).filteredOn(e -> e.field().equals("removed")).singleElement()
                .satisfies(e -> assertThat(texts.render(e.title(), Locale.ENGLISH)).isEqualTo("Write the sourcing clause"));
        mvc.perform(get(board + "/history").with(as())).andExpect(status().isOk());
    }

    @Test
    void evidenceFilesAreCheckedStoredAndOnlyEverDownloaded() throws Exception {
        RoadmapAction action = roadmap.actions(grant).getFirst();
        String files = "/workspaces/" + workspace + "/roadmap/actions/" + action.id() + "/evidence";
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        // the browser claims text/html: the type served is the checked one
        mvc.perform(multipart(files).file(new MockMultipartFile("file", "audit-2026.pdf", "text/html", pdf))
                        .with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart(files).file(new MockMultipartFile("file", "page.html", "text/html",
                        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart(files).file(new MockMultipartFile("file", "fake.pdf", "application/pdf",
                        "<html>".getBytes(StandardCharsets.UTF_8))).with(as()).with(csrf()));
        mvc.perform(multipart(files).file(new MockMultipartFile("file", "big.txt", "text/plain",
                        new byte[(int) evidence.maxBytes() + 1])).with(as()).with(csrf()));
        mvc.perform(multipart(files).file(new MockMultipartFile("file", "notes.txt", "text/plain", new byte[0]))
                .with(as()).with(csrf()));
        mvc.perform(multipart(files).file(new MockMultipartFile("file", "notes.txt", "text/plain",
                        "x".getBytes(StandardCharsets.UTF_8))).with(user(viewer).roles("ANALYST")).with(csrf()))
                .andExpect(status().isForbidden());
        List<RoadmapEvidence.Evidence> stored = evidence.list(grant, action.id());
        assertThat(stored).singleElement().satisfies(e -> {
            assertThat(e.fileName()).isEqualTo("audit-2026.pdf");
            assertThat(e.type()).isEqualTo(RoadmapEvidence.FileType.PDF);
            assertThat(e.bytes()).isEqualTo(pdf.length);
        });
        long id = stored.getFirst().id();
        mvc.perform(get(files + "/" + id).with(user(viewer).roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString("attachment")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(pdf));
        mvc.perform(get("/api/workspaces/" + workspace + "/roadmap/" + action.id() + "/evidence/" + id).with(as()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString("attachment")));
        mvc.perform(get("/workspaces/" + workspace + "/roadmap").param("lang", "fr").with(as()))
                .andExpect(content().string(containsString("audit-2026.pdf")));
        assertThat(roadmap.history(grant)).filteredOn(e -> e.field().equals("evidence_added")).hasSize(1);
        // another workspace's member cannot read it
        String other = WorkspaceFixtures.newName("other");
        long own = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, other, Role.ANALYST, WorkspaceRole.ANALYST);
        mvc.perform(get("/workspaces/" + own + "/roadmap/actions/" + action.id() + "/evidence/" + id)
                .with(user(other).roles("ANALYST"))).andExpect(status().isNotFound());
        mvc.perform(post(files + "/" + id + "/remove").with(as()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(evidence.list(grant, action.id())).isEmpty();
    }

    @Test
    void theApiAddsChangesCommentsAndRemovesOwnActions() throws Exception {
        String api = "/api/workspaces/" + workspace + "/roadmap";
        String location = mvc.perform(post(api).contentType("application/json")
                        .content("{\"title\":\"Survey tier-1 suppliers with the EMRT\",\"material\":\"cobalt\","
                                + "\"oecdStep\":2,\"dueDate\":\"2027-03-31\"}").with(as()).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.origin").value("own"))
                .andExpect(jsonPath("$.oecdStep").value(2))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(patch(location).contentType("application/json")
                        .content("{\"status\":\"done\",\"comment\":\"All 12 answered.\"}").with(as()).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("done"));
        mvc.perform(get(location + "/comments").with(user(viewer).roles("ANALYST")))
                .andExpect(jsonPath("$[0].body").value("All 12 answered."));
        mvc.perform(post(api).contentType("application/json").content("{\"title\":\"\"}").with(as()).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("title"));
        long generated = roadmap.actions(grant).stream().filter(a -> !a.own()).findFirst().orElseThrow().id();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(api + "/" + generated)
                .with(as()).with(csrf())).andExpect(status().isUnprocessableContent());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(location)
                .with(user(viewer).roles("ANALYST")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(location)
                .with(as()).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get(location).with(as())).andExpect(status().isNotFound());
    }

    @Autowired
    RoadmapBoards boards;

    /** The reader's page with the CSRF token of its logout form masked (a fresh mask at every rendering). */
    private String readerPage(String lang, String flashMessage) throws Exception {
        var request = get("/workspaces/" + workspace + "/roadmap").param("lang", lang).with(user(viewer).roles("ANALYST"));
        if (flashMessage != null) {
            request = request.flashAttr("message", flashMessage);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"masked\"");
    }

    @Test
    void aReadersBoardIsKeptUntilTheRoadmapChangesAndIsTheBoardRenderedPerRequest() throws Exception {
        String kept = readerPage("en", null);
        assertThat(readerPage("en", null)).isEqualTo(kept);
        assertThat(boards.kept(workspace)).isEqualTo(1);
        // the same board rendered for this request (a message is shown in it: never kept), message removed
        String fresh = readerPage("en", "roadmap.saved")
                .replaceAll("\\s*<p id=\"board-status\"[^>]*>[^<]*</p>", "");
        assertThat(kept).isEqualTo(fresh).contains("id=\"board\"");
        assertThat(kept.split("<form", -1)).hasSize(2); // the logout form only

        RoadmapAction action = roadmap.actions(grant).getFirst();
        roadmap.comment(grant, action.id(), "Asked the smelter for its audit report.");
        assertThat(readerPage("en", null)).contains("Asked the smelter for its audit report.");
        mvc.perform(post("/workspaces/" + workspace + "/assessments").with(as()).with(csrf()));
        roadmap.update(grant, action.id(), new Roadmap.Change("long", java.util.Optional.of("Claire"),
                java.util.Optional.empty(), "in_progress"));
        String changed = readerPage("en", null);
        assertThat(changed).contains("Owner: Claire");
        assertThat(readerPage("fr", null)).contains("Responsable: Claire");
        assertThat(boards.kept(workspace)).isEqualTo(4);
        // editors get their forms, rendered for them
        mvc.perform(get("/workspaces/" + workspace + "/roadmap").with(as()))
                .andExpect(content().string(containsString("id=\"save-" + action.id() + "\"")));
        assertThat(boards.kept(workspace)).isEqualTo(4);
    }

    @Test
    void theApiGivesEachTextRenderedInTheRequestLanguageBesideItsKey() throws Exception {
        // a generated action whose title (a solution or obligation term) and justification (a text)
        // read differently in English and French
        RoadmapAction action = roadmap.actions(grant).stream().filter(a -> !a.own())
                .filter(a -> a.justification() instanceof fr.vigie.engine.kernel.Text)
                .filter(a -> !texts.render(a.title(), Locale.ENGLISH).equals(texts.render(a.title(), Locale.FRENCH)))
                .findFirst().orElseThrow();
        fr.vigie.engine.kernel.Text why = (fr.vigie.engine.kernel.Text) action.justification();
        String english = texts.render(action.title(), Locale.ENGLISH);
        String french = texts.render(action.title(), Locale.FRENCH);
        assertThat(english).doesNotContain("??");
        assertThat(french).doesNotContain("??");
        String path = "/api/workspaces/" + workspace + "/roadmap/" + action.id();
        // the stored form stays ({key, args}); text is added, by Accept-Language or the lang parameter
        mvc.perform(get(path).header("Accept-Language", "fr").with(as())).andExpect(status().isOk())
                .andExpect(jsonPath("$.title.text").value(french))
                .andExpect(jsonPath("$.justification.key").value(why.key()))
                .andExpect(jsonPath("$.justification.args").isArray())
                .andExpect(jsonPath("$.justification.text").value(texts.render(why, Locale.FRENCH)));
        mvc.perform(get(path).header("Accept-Language", "fr").param("lang", "en").with(as()))
                .andExpect(jsonPath("$.justification.key").value(why.key()))
                .andExpect(jsonPath("$.justification.text").value(texts.render(why, Locale.ENGLISH)))
                .andExpect(jsonPath("$.title.text").value(english));
        mvc.perform(get("/api/workspaces/" + workspace + "/roadmap").param("lang", "fr").with(as()))
                .andExpect(jsonPath("$[?(@.id == " + action.id() + ")].title.text").value(french));
    }
}
