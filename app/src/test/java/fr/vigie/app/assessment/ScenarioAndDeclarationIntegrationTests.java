package fr.vigie.app.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.knowledge.ReferenceNames;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.generate.Language;
import fr.vigie.engine.declaration.generate.SampleDeclarations;
import fr.vigie.engine.declaration.generate.TemplateWriter;
import fr.vigie.engine.declaration.read.Layout;
import fr.vigie.engine.declaration.Template;
import fr.vigie.engine.declaration.read.Layouts;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scenarios on the assessment form and API (read by the engine's scenario reader, refused with their
 * line), and supplier declarations (uploaded per workspace, hostile files refused alone, findings
 * shown, their smelter countries replacing the world refining mix), with the workspace's rights.
 */
@VigieIntegrationTest
class ScenarioAndDeclarationIntegrationTests {

    /** For {@link WorkspaceFixtures#LEDGER}: cobalt, tin and copper are bought. */
    static final String SCENARIO = """
            name: Cobalt refined in Finland
            filieres:
              cobalt:
                refining_countries: {FI: 1.0}
              tin:
                volume_factor: 0.5
            """;

    /** Tin traced to its mine, refiner unknown: the refining stage reads the declarations or the world mix. */
    static final String TIN_LEDGER = """
            item,material,mass_kg,origin_country,refiner_country,recycled_share
            solder,tin,50,BO,,
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    ReferenceNames names;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    Assessments assessments;
    @Autowired
    SupplierDeclarations declarations;

    String analyst;
    long workspace;
    WorkspaceGrant grant;

    @BeforeEach
    void workspaceWithAnalyst() {
        analyst = WorkspaceFixtures.newName("scenarist");
        workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        grant = new WorkspaceGrant(workspaces.find(workspace).orElseThrow(), analyst, WorkspaceRole.ANALYST);
    }

    private RequestPostProcessor as() {
        return user(analyst).roles("ANALYST");
    }

    private void upload(String csv) throws Exception {
        mvc.perform(multipart("/workspaces/" + workspace + "/ledgers")
                .file(new MockMultipartFile("file", "ledger.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(as()).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private Assessment engineAssessment(StoredAssessment stored) {
        return assessments.assessment(grant, stored);
    }

    /** A declaration workbook written by the engine's template writer (as {@code bin/vigie declarations generate}). */
    static byte[] declaration(Layout layout, String version, long seed, boolean redFlags) throws IOException {
        Declaration d = SampleDeclarations.generate(layout, version, Language.EN, seed, 12, LocalDate.now(), redFlags);
        try (Workbook wb = new TemplateWriter(layout, Language.EN).build(d, false);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theReportPdfHasTheScenarioSectionWithItsArrows() throws Exception {
        upload(WorkspaceFixtures.LEDGER);
        mvc.perform(multipart("/workspaces/" + workspace + "/assessments").param("date", "2026-11-30")
                        .param("scenario", SCENARIO).with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        StoredAssessment stored = assessments.latest(grant).orElseThrow();
        String html = assessments.xhtml(grant, stored, Locale.FRENCH);
        assertThat(html).contains("id=\"scenario-changes\"", "Scénario : Cobalt refined in Finland",
                "Risque, référence", "→");

        byte[] pdf = mvc.perform(get("/workspaces/" + workspace + "/assessments/" + stored.id() + "/report.pdf")
                        .param("lang", "fr").with(as()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // table cells wrap their text over lines
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Scénario : Cobalt refined in Finland", "Risque, référence",
                    "côte à côte, par filière (dans l'ordre", "Étain : volume x 0,5", "1 → 1")
                    .doesNotContain("#", "''");
        }
    }

    @Test
    void aScenarioRunIsStoredAndShownBesideTheBaseline() throws Exception {
        upload(WorkspaceFixtures.LEDGER);
        mvc.perform(multipart("/workspaces/" + workspace + "/assessments").param("date", "2026-11-30")
                        .param("scenario", SCENARIO).with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        StoredAssessment stored = assessments.latest(grant).orElseThrow();
        Assessment.ScenarioResult result = assessments.scenario(grant, stored).orElseThrow();
        assertThat(result.name()).isEqualTo("Cobalt refined in Finland");
        assertThat(result.changes()).extracting(Assessment.FiliereChange::material)
                .containsExactlyInAnyOrder("cobalt", "tin", "copper");
        // volume_factor 0.5 on the 50 kg of tin: 25 kg in the scenario
        assertThat(result.filieres()).filteredOn(f -> f.material().equals("tin"))
                .singleElement().satisfies(f -> assertThat(f.massKg()).isEqualTo(25.0));
        assertThat(engineAssessment(stored).provenance().inputs()).extracting(Assessment.InputFile::role)
                .contains("scenario");

        mvc.perform(get("/workspaces/" + workspace + "/assessments/" + stored.id()).with(as()).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"scenario-changes\""),
                        containsString("Scénario : Cobalt refined in Finland"),
                        containsString("Risque, référence"))));

        // the same through the API, the scenario as a text part
        mvc.perform(multipart("/api/workspaces/" + workspace + "/assessments").param("date", "2026-11-30")
                        .part(new MockPart("scenario", SCENARIO.getBytes(StandardCharsets.UTF_8)))
                        .with(as()).with(csrf()))
                .andExpect(status().isCreated());
        assertThat(assessments.scenario(grant, assessments.latest(grant).orElseThrow())).isPresent();
    }

    @Test
    void theFormsExampleIsAllCommentsAndRunsWithoutAScenario() throws Exception {
        upload(WorkspaceFixtures.LEDGER);
        String page = mvc.perform(get("/workspaces/" + workspace + "/assessments").with(as()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"scenario\"", "#filieres:");
        assertThat(Assessments.hasContent("# a\n#name: x\n\n")).isFalse();
        mvc.perform(multipart("/workspaces/" + workspace + "/assessments").param("scenario", "# only\n#name: x\n")
                .with(as()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(assessments.scenario(grant, assessments.latest(grant).orElseThrow())).isEmpty();
    }

    @Test
    void aMalformedScenarioIsRefusedWithItsLineAndNothingIsStored() throws Exception {
        upload(WorkspaceFixtures.LEDGER);
        String bad = "name: x\nfilieres:\n  unobtainium:\n    volume_factor: 2\n";
        mvc.perform(multipart("/workspaces/" + workspace + "/assessments")
                        .file(new MockMultipartFile("scenarioFile", "bad.yaml", "application/yaml",
                                bad.getBytes(StandardCharsets.UTF_8)))
                        .with(as()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"scenario-error\""), containsString("Line 3:"),
                        containsString("unknown mineral &#39;unobtainium&#39;"), containsString("unobtainium:"))));
        mvc.perform(multipart("/api/workspaces/" + workspace + "/assessments").param("scenario", "name: [unclosed\n")
                        .with(as()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.line").value(1));
        assertThat(assessments.list(grant)).isEmpty();
    }

    @Test
    void theSameFileUploadedAgainAsksToKeepBothReplaceOrCancel() throws Exception {
        byte[] file = declaration(Layouts.get(Template.CMRT, "6.5"), "6.5", 11, false);
        mvc.perform(multipart("/workspaces/" + workspace + "/declarations")
                .file(new MockMultipartFile("files", "supplier-a.xlsx", "application/octet-stream", file))
                .with(as()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(declarations.list(grant)).hasSize(1);

        // the same bytes under another name: nothing stored, a choice offered
        String keep = duplicateChoice(file);
        assertThat(declarations.list(grant)).hasSize(1);
        mvc.perform(post("/workspaces/" + workspace + "/declarations/duplicates/" + keep).param("action", "keep")
                .with(as()).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("duplicateChoice", "keep"));
        assertThat(declarations.list(grant)).extracting(StoredDeclaration::fileName)
                .containsExactly("supplier-a.xlsx", "again.xlsx");

        // replace: the stored copies go, the new upload stays
        String replace = duplicateChoice(file);
        mvc.perform(post("/workspaces/" + workspace + "/declarations/duplicates/" + replace).param("action", "replace")
                .with(as()).with(csrf())).andExpect(flash().attribute("duplicateChoice", "replace"));
        assertThat(declarations.list(grant)).extracting(StoredDeclaration::fileName).containsExactly("again.xlsx");

        // cancel: nothing changes; a choice is made once only
        String cancel = duplicateChoice(file);
        mvc.perform(post("/workspaces/" + workspace + "/declarations/duplicates/" + cancel).param("action", "cancel")
                .with(as()).with(csrf())).andExpect(flash().attribute("duplicateChoice", "cancel"));
        mvc.perform(post("/workspaces/" + workspace + "/declarations/duplicates/" + cancel).param("action", "keep")
                .with(as()).with(csrf())).andExpect(flash().attribute("duplicateChoice", "expired"));
        assertThat(declarations.list(grant)).hasSize(1);
    }

    /** Uploads the file again as again.xlsx; checks the page offers the choice; returns its token. */
    private String duplicateChoice(byte[] file) throws Exception {
        var result = mvc.perform(multipart("/workspaces/" + workspace + "/declarations")
                        .file(new MockMultipartFile("files", "again.xlsx", "application/octet-stream", file))
                        .with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        @SuppressWarnings("unchecked")
        List<SupplierDeclarations.FileOutcome> outcomes =
                (List<SupplierDeclarations.FileOutcome>) result.getFlashMap().get("outcomes");
        var duplicate = (SupplierDeclarations.FileOutcome.Duplicate) outcomes.getFirst();
        assertThat(duplicate.existing()).isIn("supplier-a.xlsx", "again.xlsx");
        // the outcomes come back from the session (stored in the database), as after a browser's redirect
        mvc.perform(get("/workspaces/" + workspace + "/declarations").param("lang", "en").with(as())
                        .cookie(result.getResponse().getCookie("JSESSIONID")))
                .andExpect(content().string(allOf(containsString("this exact file is already stored"),
                        containsString("value=\"keep\""), containsString("value=\"replace\""),
                        containsString("value=\"cancel\""),
                        containsString("/declarations/duplicates/" + duplicate.choice()))));
        return duplicate.choice();
    }

    @Test
    void declarationsAreStoredWithFindingsHostileFilesRefusedAloneAndFeedTheRefiningStage() throws Exception {
        upload(TIN_LEDGER);
        mvc.perform(multipart("/workspaces/" + workspace + "/assessments").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Assessment.Filiere before = engineAssessment(assessments.latest(grant).orElseThrow()).filiere("tin").orElseThrow();
        assertThat(before.declaredRefining()).isFalse();
        assertThat(fr.vigie.engine.kernel.Messages.english().render(before.stage(Stage.REFINING).orElseThrow().basis())).startsWith("world production mix");

        var result = mvc.perform(multipart("/workspaces/" + workspace + "/declarations")
                        .file(new MockMultipartFile("files", "supplier-a.xlsx", "application/octet-stream",
                                declaration(Layouts.get(Template.CMRT, "6.5"), "6.5", 11, false)))
                        .file(new MockMultipartFile("files", "bomb.xlsx", "application/octet-stream",
                                WorkspaceFixtures.zipBomb()))
                        .file(new MockMultipartFile("files", "notes.xlsx", "application/octet-stream",
                                "not a workbook".getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("files", "supplier-b.xlsx", "application/octet-stream",
                                declaration(Layouts.get(Template.CMRT, "6.4"), "6.4", 12, true)))
                        .with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("outcomes", org.hamcrest.Matchers.hasSize(4)))
                .andReturn();
        @SuppressWarnings("unchecked")
        List<SupplierDeclarations.FileOutcome> outcomes =
                (List<SupplierDeclarations.FileOutcome>) result.getFlashMap().get("outcomes");
        assertThat(outcomes).extracting(SupplierDeclarations.FileOutcome::stored).containsExactly(true, false, false, true);
        // each refused file carries the engine's reason, in English and French, and names no cell
        assertThat(outcomes.subList(1, 3)).allSatisfy(o -> assertThat(o.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo("error");
            assertThat(f.key()).startsWith("declaration.finding.");
            assertThat(f.texts()).isEmpty();
            assertThat(f.message(Messages.english())).isNotBlank().doesNotContain("??");
            assertThat(f.message(Messages.of(Locale.FRENCH))).isNotBlank().doesNotContain("??")
                    .isNotEqualTo(f.message(Messages.english()));
        }));

        List<StoredDeclaration> stored = declarations.list(grant);
        assertThat(stored).extracting(StoredDeclaration::fileName).containsExactly("supplier-a.xlsx", "supplier-b.xlsx");
        assertThat(stored).allSatisfy(d -> {
            assertThat(d.template()).isEqualTo("CMRT");
            assertThat(d.smelters()).isPositive();
        });
        assertThat(stored.get(1).findings()).isNotEmpty();
        DeclarationFinding finding = stored.get(1).findings().getFirst();
        mvc.perform(get("/workspaces/" + workspace + "/declarations").with(as()).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("supplier-b.xlsx"), containsString("CMRT 6.4"),
                        containsString(HtmlUtils.htmlEscape(finding.message(names.engine(Locale.FRENCH)), "UTF-8")),
                        containsString("Liste consolidée des fonderies"), not(containsString("bomb.xlsx")))));
        assertThat(declarations.consolidation(grant).smelters()).isNotEmpty();

        mvc.perform(multipart("/workspaces/" + workspace + "/assessments").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        StoredAssessment after = assessments.latest(grant).orElseThrow();
        Assessment.Filiere tin = engineAssessment(after).filiere("tin").orElseThrow();
        assertThat(tin.declaredRefining()).isTrue();
        assertThat(fr.vigie.engine.kernel.Messages.english().render(tin.stage(Stage.REFINING).orElseThrow().basis())).startsWith("declared smelters (2 declaration files");
        assertThat(engineAssessment(after).provenance().inputs()).extracting(Assessment.InputFile::name)
                .contains("supplier-a.xlsx", "supplier-b.xlsx");
        // the dashboard's "Volume bought -> Explain" names each declaration file (it once showed
        // ??explain.source.declaration_en?? per file)
        mvc.perform(get("/workspaces/" + workspace).with(as()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Supplier declaration: supplier-a.xlsx"),
                        containsString("Supplier declaration: supplier-b.xlsx"), not(containsString("??")))));
        mvc.perform(get("/workspaces/" + workspace).with(as()).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Déclaration fournisseur : supplier-a.xlsx"),
                        not(containsString("??")))));
    }

    @Test
    void declarationsFollowTheWorkspaceRights() throws Exception {
        String viewer = WorkspaceFixtures.newName("reader");
        accounts.create(viewer, "password-" + viewer, Role.VIEWER);
        workspaces.putMember(workspace, viewer, WorkspaceRole.VIEWER);
        String outsider = WorkspaceFixtures.newName("outsider");
        WorkspaceFixtures.workspaceWithMember(accounts, workspaces, outsider, Role.ANALYST, WorkspaceRole.ADMIN);
        MockMultipartFile file = new MockMultipartFile("files", "a.xlsx", "application/octet-stream",
                declaration(Layouts.get(Template.CMRT, "6.5"), "6.5", 21, false));

        mvc.perform(get("/workspaces/" + workspace + "/declarations").with(user(outsider).roles("ANALYST")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/workspaces/" + workspace + "/declarations").file(file)
                .with(user(outsider).roles("ANALYST")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/workspaces/" + workspace + "/declarations").with(user(viewer).roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("id=\"declaration-form\"")),
                        not(containsString("id=\"declarations-refused\"")))));
        // where the upload size filter sends an upload above the multipart limit
        mvc.perform(get("/workspaces/" + workspace + "/declarations").param("refused", "size").with(as()))
                .andExpect(content().string(containsString("id=\"declarations-refused\"")));
        mvc.perform(multipart("/workspaces/" + workspace + "/declarations").file(file)
                .with(user(viewer).roles("VIEWER")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/workspaces/" + workspace + "/declarations").file(file).with(as()))
                .andExpect(status().isForbidden());
        assertThat(declarations.list(grant)).isEmpty();
        mvc.perform(multipart("/workspaces/" + workspace + "/assessments").param("scenario", SCENARIO)
                .with(user(viewer).roles("VIEWER")).with(csrf())).andExpect(status().isForbidden());

        // the analyst adds one, a text file beside it is refused by its name; the outsider cannot remove it
        mvc.perform(multipart("/workspaces/" + workspace + "/declarations").file(file)
                        .file(new MockMultipartFile("files", "notes.txt", "text/plain", new byte[] {1}))
                        .with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = declarations.list(grant).getFirst().id();
        assertThat(declarations.list(grant)).hasSize(1);
        String delete = "/workspaces/" + workspace + "/declarations/" + id + "/delete";
        mvc.perform(post(delete).with(user(outsider).roles("ANALYST")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(delete).with(user(viewer).roles("VIEWER")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(delete).with(as()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(declarations.list(grant)).isEmpty();
        mvc.perform(post(delete).with(as()).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void uploadedFileNamesLoseTheirPathAndControlCharacters() {
        assertThat(SupplierDeclarations.fileName("C:\\fakepath\\cmrt.xlsx")).isEqualTo("cmrt.xlsx");
        assertThat(SupplierDeclarations.fileName("../../etc/a\u0000b.xls")).isEqualTo("ab.xls");
        assertThat(SupplierDeclarations.fileName(" ")).isEqualTo("declaration");
    }
}
