package fr.vigie.app.assessment;

import java.nio.charset.StandardCharsets;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.methodology.Methodologies;
import fr.vigie.app.workspace.WorkspaceFixtures;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Running, storing, showing, exporting and comparing assessments: each stored with its methodology,
 * weights, engine and data versions; the comparison names what changed in the inputs and which
 * score components moved.
 */
@VigieIntegrationTest
class AssessmentIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    Assessments assessments;
    @Autowired
    Methodologies methodologies;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String analyst;
    long workspace;

    @BeforeEach
    void workspaceWithLedger() throws Exception {
        analyst = WorkspaceFixtures.newName("assessor");
        workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        upload(WorkspaceFixtures.LEDGER);
    }

    private RequestPostProcessor as() {
        return user(analyst).roles("ANALYST");
    }

    private void upload(String csv) throws Exception {
        mvc.perform(multipart("/workspaces/" + workspace + "/ledgers")
                .file(new MockMultipartFile("file", "ledger.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(as()).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void anAssessmentIsStoredWithItsVersionsAndShownExportedAndCompared() throws Exception {
        mvc.perform(post("/workspaces/" + workspace + "/assessments").param("date", "2026-11-30").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var workspaceGrant = new fr.vigie.app.workspace.WorkspaceGrant(workspaces.find(workspace).orElseThrow(),
                analyst, WorkspaceRole.ANALYST);
        StoredAssessment first = assessments.latest(workspaceGrant).orElseThrow();
        assertThat(first.methodology()).isNotBlank();
        assertThat(first.priorityWeights()).isNotBlank();
        assertThat(first.dataVersions()).isNotEmpty().anySatisfy(v -> assertThat(v).startsWith("solutions "));
        AssessmentView view = assessments.view(workspaceGrant, first);
        // the three-line ledger: 100 kg cobalt, 50 kg tin, 20 kg copper
        assertThat(view.figures().massKg()).isEqualTo(170.0);
        // known mine origin: cobalt (100 kg) and tin (50 kg) of 170 kg
        assertThat(view.figures().originCoverage()).isCloseTo(150.0 / 170.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(view.ranking()).extracting(AssessmentView.FiliereRow::material)
                .containsExactlyInAnyOrder("cobalt", "tin", "copper");
        assertThat(view.heatmap()).isNotEmpty();

        String base = "/workspaces/" + workspace + "/assessments/" + first.id();
        mvc.perform(get(base).with(as()).param("lang", "fr"))
                .andExpect(content().string(allOf(containsString("<h2>Classement</h2>"),
                        containsString("id=\"export-pdf\""))));
        byte[] pdf = mvc.perform(get(base + "/report.pdf").with(as()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] xlsx = mvc.perform(get(base + "/report.xlsx").with(as())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        mvc.perform(get(base + "/report.json").with(as()))
                .andExpect(jsonPath("$.filieres[0].rank").value(1))
                .andExpect(jsonPath("$.provenance.methodology").value(first.methodology()));
        mvc.perform(get(base + "/report.html").with(as())).andExpect(status().isOk());

        // a bigger tin volume, run again: the comparison names the ledger change and the movements
        upload(WorkspaceFixtures.LEDGER.replace("solder,tin,50", "solder,tin,50000"));
        mvc.perform(post("/api/workspaces/" + workspace + "/assessments").param("date", "2026-11-30")
                        .with(as()).with(csrf()))
                .andExpect(status().isCreated());
        StoredAssessment second = assessments.latest(workspaceGrant).orElseThrow();
        AssessmentComparison comparison = AssessmentComparison.of(view, assessments.view(workspaceGrant, second));
        assertThat(comparison.provenance()).extracting(AssessmentComparison.Change::what).containsExactly("ledger");
        AssessmentComparison.FiliereChange tin = comparison.filieres().stream()
                .filter(f -> f.material().equals("tin")).findFirst().orElseThrow();
        assertThat(tin.after().orElseThrow().massKg()).isEqualTo(50000.0);
        assertThat(tin.components()).first().satisfies(c -> assertThat(c.delta()).isNotZero());
        mvc.perform(get("/workspaces/" + workspace + "/assessments/compare").param("from", "" + first.id())
                        .param("to", "" + second.id()).param("lang", "en").with(as()))
                .andExpect(content().string(allOf(containsString("Purchase ledger: ledger.csv"),
                        containsString("id=\"comparison\""))));
        // the older assessment is still shown as it was computed
        assertThat(assessments.view(workspaceGrant, first).figures().massKg()).isEqualTo(170.0);
    }

    @Test
    void theDashboardShowsTheReasonsInTheReadersLanguage() throws Exception {
        mvc.perform(post("/workspaces/" + workspace + "/assessments").param("date", "2026-11-30").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // three filieres (cobalt, tin, copper): the first reason of rank 1 names the rank out of 3
        mvc.perform(get("/workspaces/" + workspace).param("lang", "fr").with(as()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("rang 1 sur 3 : score de priorité 0,"),
                        containsString("production mondiale : "),
                        org.hamcrest.Matchers.not(containsString("rank 1 of 3")))));
        mvc.perform(get("/workspaces/" + workspace).param("lang", "en").with(as()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("rank 1 of 3: priority score 0."),
                        org.hamcrest.Matchers.not(containsString("rang 1 sur")))));
    }

    @Test
    void anAssessmentUsesTheMethodologyInUseAndKeepsItWhenAnotherIsPublished() throws Exception {
        var shipped = fr.vigie.engine.risk.Methodology.loadDefault();
        String variant = Methodologies.shippedText().replace("version: 1.0.0", "version: 9.9.9-assessment-test");
        assertThat(methodologies.create(variant, "admin", true))
                .isInstanceOf(Methodologies.Outcome.Accepted.class);
        try {
            mvc.perform(post("/workspaces/" + workspace + "/assessments").param("date", "2026-11-30")
                    .with(as()).with(csrf())).andExpect(status().is3xxRedirection());
            var grant = new fr.vigie.app.workspace.WorkspaceGrant(workspaces.find(workspace).orElseThrow(),
                    analyst, WorkspaceRole.ANALYST);
            StoredAssessment withVariant = assessments.latest(grant).orElseThrow();
            assertThat(withVariant.methodology()).contains("9.9.9-assessment-test");

            methodologies.makeCurrent(shipped.id(), shipped.version());
            mvc.perform(post("/workspaces/" + workspace + "/assessments").param("date", "2026-11-30")
                    .with(as()).with(csrf())).andExpect(status().is3xxRedirection());
            assertThat(assessments.latest(grant).orElseThrow().methodology()).contains(shipped.version())
                    .doesNotContain("9.9.9");
            // the older assessment keeps the methodology it was computed with
            assertThat(assessments.view(grant, withVariant)).isNotNull();
            assertThat(withVariant.methodology()).contains("9.9.9-assessment-test");
        } finally {
            methodologies.makeCurrent(shipped.id(), shipped.version());
        }
    }

    @Test
    void withoutALedgerThereIsNothingToAssess() throws Exception {
        String other = WorkspaceFixtures.newName("empty");
        long empty = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, other, Role.ANALYST, WorkspaceRole.ANALYST);
        mvc.perform(post("/api/workspaces/" + empty + "/assessments").with(user(other).roles("ANALYST")).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void anAssessmentOfAnotherWorkspaceIsNotFoundWhateverTheId() throws Exception {
        mvc.perform(post("/workspaces/" + workspace + "/assessments").with(as()).with(csrf()));
        var grant = new fr.vigie.app.workspace.WorkspaceGrant(workspaces.find(workspace).orElseThrow(), analyst,
                WorkspaceRole.ANALYST);
        long id = assessments.latest(grant).orElseThrow().id();
        String intruder = WorkspaceFixtures.newName("intruder");
        long own = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, intruder, Role.ANALYST, WorkspaceRole.ANALYST);
        for (String path : new String[] {"/workspaces/" + own + "/assessments/" + id,
                "/workspaces/" + own + "/assessments/" + id + "/report.pdf",
                "/workspaces/" + own + "/assessments/" + id + "/report.json",
                "/api/workspaces/" + own + "/assessments/" + id,
                "/workspaces/" + workspace + "/assessments/" + id}) {
            mvc.perform(get(path).with(user(intruder).roles("ANALYST"))).andExpect(status().isNotFound());
        }
    }

    /**
     * An assessment stored by the release before texts became keys (schema version 1: the JSON of
     * engine/src/test/resources/fr/vigie/engine/assessment/stored-assessment-v1.json, as {@code bin/vigie
     * assess --out x.json} and this application wrote it) is shown and exported in both languages.
     */
    @Test
    void anAssessmentStoredBeforeTextsBecameKeysIsShownAndExported() throws Exception {
        mvc.perform(post("/workspaces/" + workspace + "/assessments").param("date", "2026-11-30").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var grant = new fr.vigie.app.workspace.WorkspaceGrant(workspaces.find(workspace).orElseThrow(), analyst,
                WorkspaceRole.ANALYST);
        long run = assessments.latest(grant).orElseThrow().id();
        String v1 = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("user.dir"))
                .resolve("../engine/src/test/resources/fr/vigie/engine/assessment/stored-assessment-v1.json"));
        long id = jdbc.sql("insert into assessment (workspace_id, ledger_id, created_by, reference_date, methodology,"
                        + " priority_weights, engine_version, data_versions, profile_yaml, result) select workspace_id,"
                        + " ledger_id, created_by, reference_date, methodology, priority_weights, engine_version,"
                        + " data_versions, profile_yaml, cast(? as jsonb) from assessment where id = ? returning id")
                .params(v1, run).query(Long.class).single();
        String base = "/workspaces/" + workspace + "/assessments/" + id;
        // the fixture's first reason of copper, in English and in French
        mvc.perform(get(base).param("lang", "fr").with(as())).andExpect(status().isOk())
                .andExpect(content().string(containsString("rang 1 sur 7 : score de priorité 0,58")));
        mvc.perform(get(base).param("lang", "en").with(as())).andExpect(status().isOk())
                .andExpect(content().string(containsString("rank 1 of 7: priority score 0.58")));
        mvc.perform(get(base + "/report.xlsx").with(as())).andExpect(status().isOk());
        mvc.perform(get(base + "/report.pdf").param("lang", "fr").with(as())).andExpect(status().isOk());
        // the JSON export is in the current schema, its texts rendered in the reader's language
        mvc.perform(get(base + "/report.json").param("lang", "fr").with(as())).andExpect(status().isOk())
                .andExpect(jsonPath("$.schema_version").value(fr.vigie.engine.assessment.Assessment.SCHEMA_VERSION))
                .andExpect(jsonPath("$.filieres[0].reasons[0]").value(org.hamcrest.Matchers.startsWith("rang 1 sur 7")));
    }
}
