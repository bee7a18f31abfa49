package fr.vigie.app.filing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.assessment.Assessments;
import fr.vigie.app.assessment.StoredAssessment;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import fr.vigie.engine.FrenchTexts;
import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.filing.FilingKind;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Text;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reports page and its downloads: each report in each format, in French and English, read back
 * (DOCX with POI's XWPF, PDF with PDFBox, HTML as text) and checked against the workspace's stored
 * assessment; who may read them; unknown kinds, formats and languages; a workspace without assessment.
 */
@VigieIntegrationTest
class ReportsIntegrationTests {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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
    String name;

    @BeforeEach
    void workspaceWithAnAssessment() throws Exception {
        analyst = WorkspaceFixtures.newName("reporter");
        viewer = WorkspaceFixtures.newName("report-reader");
        workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        accounts.create(viewer, "password-" + viewer, Role.VIEWER);
        workspaces.putMember(workspace, viewer, WorkspaceRole.VIEWER);
        name = workspaces.find(workspace).orElseThrow().name();
        WorkspaceFixtures.uploadLedger(mvc, workspace, as(analyst, "ANALYST"));
        mvc.perform(post("/workspaces/" + workspace + "/assessments").param("date", "2026-11-30")
                .with(as(analyst, "ANALYST")).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private static RequestPostProcessor as(String username, String role) {
        return user(username).roles(role);
    }

    private StoredAssessment stored() {
        return assessments.shown(grant()).orElseThrow();
    }

    private WorkspaceGrant grant() {
        return new WorkspaceGrant(workspaces.find(workspace).orElseThrow(), analyst, WorkspaceRole.ANALYST);
    }

    private static String title(FilingKind kind, Locale locale) {
        String title = Messages.of(locale).render(Text.of("filing." + kind.id() + ".title"));
        assertThat(title).doesNotContain("??");
        return title;
    }

    private MockHttpServletResponse download(FilingKind kind, String format, String lang, String contentType)
            throws Exception {
        return mvc.perform(get("/workspaces/" + workspace + "/reports/" + kind.id() + "/download")
                        .param("format", format).param("lang", lang).with(as(viewer, "VIEWER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString(contentType)))
                .andExpect(header().string("Content-Disposition", containsString("attachment;")))
                .andExpect(header().string("Content-Disposition",
                        containsString("filename*=UTF-8''" + kind.id() + "%20" + name)))
                .andReturn().getResponse();
    }

    @Test
    void aViewerDownloadsEveryReportInEveryFormatAndLanguageBuiltFromTheStoredAssessment() throws Exception {
        StoredAssessment stored = stored();
        Assessment assessment = assessments.assessment(grant(), stored);
        // the three-line ledger of WorkspaceFixtures, uploaded as ledger.csv: its hash is an input of the assessment
        Assessment.InputFile ledger = assessment.provenance().inputs().stream()
                .filter(f -> f.role().equals("ledger")).findFirst().orElseThrow();
        assertThat(ledger.name()).isEqualTo("ledger.csv");
        for (FilingKind kind : FilingKind.values()) {
            for (String lang : new String[] {"en", "fr"}) {
                Locale locale = Locale.forLanguageTag(lang);
                String where = kind.id() + " " + lang;

                byte[] docx = download(kind, "docx", lang, DOCX).getContentAsByteArray();
                try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                     XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                    String text = extractor.getText();
                    assertThat(document.getParagraphs()).as(where).isNotEmpty();
                    XWPFParagraph first = document.getParagraphs().stream().filter(p -> !p.getText().isBlank())
                            .findFirst().orElseThrow();
                    assertThat(first.getText()).as(where).isEqualTo(title(kind, locale));
                    assertThat(first.getStyle()).as(where).isEqualTo("Title");
                    // the closing sections, in Word's heading style (seen by its navigation pane)
                    assertThat(document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                            .map(XWPFParagraph::getText).toList()).as(where).contains(
                            Messages.of(locale).render(Text.of("filing.heading.missing")),
                            Messages.of(locale).render(Text.of("filing.heading.sources")),
                            Messages.of(locale).render(Text.of("filing.heading.versions")));
                    assertThat(text).as(where).contains(name, stored.methodology(), ledger.sha256(),
                            Messages.of(locale).render(Text.of("filing.heading.missing")));
                    // nothing is recorded in the workspace's OECD steps register: the report says it is missing
                    assertThat(text).as(where).contains(Messages.of(locale).render(Text.of("filing.missing.steps")));
                }

                byte[] pdf = download(kind, "pdf", lang, "application/pdf").getContentAsByteArray();
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    // without white space: the PDF breaks lines anywhere, even inside "2017/821"
                    String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
                    assertThat(text).as(where).contains(title(kind, locale).replaceAll("\\s+", ""), name,
                            stored.methodology().replaceAll("\\s+", ""), ledger.sha256());
                }

                String html = download(kind, "html", lang, "text/html").getContentAsString(StandardCharsets.UTF_8);
                assertThat(html).as(where).contains("lang=\"" + lang + "\"", name, stored.methodology(),
                        ledger.sha256());
            }
        }
    }

    /** The cells of every table row of a Word document, trimmed. */
    private static List<List<String>> rows(XWPFDocument document) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                rows.add(row.getTableCells().stream().map(c -> c.getText().strip()).toList());
            }
        }
        return rows;
    }

    @Test
    void theLedgerTheCampaignsTheGrievancesAndTheStepsReachTheVigilancePlanAsFigures() throws Exception {
        // two suppliers asked by one campaign, no answer yet; one anonymous grievance about cobalt in the DR Congo
        long first = supplier("Fonderie Alpha", "alpha@example.com");
        long second = supplier("Beta Metals", "beta@example.com");
        String body = "{\"template\":\"CMRT\",\"due_date\":\"" + LocalDate.now().plusDays(30)
                + "\",\"supplier_ids\":[" + first + "," + second + "],\"message\":\"Merci\"}";
        mvc.perform(post("/api/workspaces/" + workspace + "/campaigns").with(as(analyst, "ANALYST")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        mvc.perform(post("/grievance/" + workspaces.grievanceKey(workspace)).with(csrf())
                .param("category", "human_rights").param("mineral", "Cobalt").param("country", "CD")
                .param("description", "Children at the mine.").param("anonymous", "true"))
                .andExpect(status().isCreated());
        // one OECD sub-step of the cobalt supply chain in progress
        mvc.perform(post("/workspaces/" + workspace + "/due-diligence/cobalt/1c").param("status", "in_progress")
                .param("owner", "Claire").param("startDate", "2026-01-05").with(as(analyst, "ANALYST")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        byte[] docx = download(FilingKind.VIGILANCE_PLAN, "docx", "en", DOCX).getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<List<String>> rows = rows(document);
            // the ledger: 100 kg of cobalt, 50 kg of tin, 20 kg of copper (WorkspaceFixtures.LEDGER)
            assertThat(rows).anySatisfy(r -> assertThat(r).contains("Cobalt", "100 kg"))
                    .anySatisfy(r -> assertThat(r).contains("Tin", "50 kg"))
                    .anySatisfy(r -> assertThat(r).contains("Copper", "20 kg"));
            // the campaign: one run, two suppliers asked, none answered (0 %), no declaration
            assertThat(rows).contains(List.of("Campaigns run", "1"), List.of("Suppliers asked for a declaration", "2"),
                    List.of("Suppliers who answered", "0 (0%)"), List.of("Declarations received", "0"));
            // no RMI smelter list loaded in the workspace: the conformant smelters are not checked, not 0
            assertThat(rows).contains(List.of("Of them, found conformant by an audit programme",
                    "not checked (no RMI smelter reference list loaded)"));
            // the grievance: one case in the twelve months before today
            LocalDate today = LocalDate.now();
            String grievances = Messages.of(Locale.ENGLISH).render(Text.of("filing.grievances.some", 1,
                    today.minusYears(1).plusDays(1), today));
            assertThat(grievances).startsWith("1 case(s) received from ");
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).contains(grievances);
            // the steps register: reported, no longer missing; step 1 of cobalt has one sub-step in progress
            // (the company's step 1 does not: a company sub-step stands at its least advanced supply chain)
            String stepOne = Messages.of(Locale.ENGLISH).render(Text.of("filing.step.1"));
            assertThat(text).doesNotContain(Messages.of(Locale.ENGLISH).render(Text.of("filing.missing.steps")))
                    .contains(Messages.of(Locale.ENGLISH).render(Text.of("filing.steps.text")));
            assertThat(rows).filteredOn(r -> r.size() == 7 && r.get(0).equals(stepOne))
                    .extracting(r -> r.get(3)).contains("1", "0");
        }
        String page = mvc.perform(get("/workspaces/" + workspace + "/reports").with(as(viewer, "VIEWER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("id=\"reports-steps\"");
    }

    private long supplier(String supplier, String email) throws Exception {
        String answer = mvc.perform(post("/api/workspaces/" + workspace + "/suppliers").with(as(analyst, "ANALYST"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + supplier + "\",\"country\":\"FR\",\"email\":\"" + email
                                + "\",\"language\":\"fr\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(answer);
        assertThat(m.find()).as(answer).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void thePageListsTheReportsWithTheirTextsAndPreviewsOneInASandbox() throws Exception {
        String page = mvc.perform(get("/workspaces/" + workspace + "/reports").param("kind", "form-sd")
                        .param("lang", "en").with(as(viewer, "VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (FilingKind kind : FilingKind.values()) {
            assertThat(page).contains("id=\"report-" + kind.id() + "\"",
                    "/workspaces/" + workspace + "/reports/" + kind.id() + "/download?format=docx",
                    "/workspaces/" + workspace + "/reports/" + kind.id() + "/download?format=pdf",
                    "/workspaces/" + workspace + "/reports/" + kind.id() + "/download?format=html",
                    "/workspaces/" + workspace + "/regulations#text-" + ReportTexts.regulation(kind));
        }
        // the profile says nothing of the company: whether the French duty of vigilance applies cannot be told
        assertThat(page).contains("id=\"outcome-vigilance-plan\"", "id=\"reports-basis\"", "id=\"tab-reports\"",
                "src=\"/workspaces/" + workspace + "/reports/form-sd/preview\"", "sandbox=\"\"");
        assertThat(page).doesNotContain("id=\"reports-none\"");
        // nothing recorded in the OECD steps register yet: said, with a link to it
        assertThat(page).contains("id=\"reports-steps\"", "href=\"/workspaces/" + workspace + "/due-diligence\"");

        MockHttpServletResponse preview = mvc.perform(get("/workspaces/" + workspace + "/reports/form-sd/preview")
                        .with(as(viewer, "VIEWER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/html")))
                .andExpect(header().string("Content-Security-Policy", ReportDownloads.PREVIEW_POLICY))
                .andReturn().getResponse();
        assertThat(preview.getHeader("Content-Disposition")).isNull();
        assertThat(preview.getContentAsString(StandardCharsets.UTF_8))
                .contains("<h1>" + title(FilingKind.FORM_SD, Locale.ENGLISH) + "</h1>").doesNotContain("<script");
    }

    /**
     * The page's kept section follows the data at once: a first step recorded removes the note that the
     * register is empty, another preview is chosen, and each language keeps its own section.
     */
    @Test
    void theKeptSectionFollowsTheStepsTheChosenPreviewAndTheLanguageAtOnce() throws Exception {
        assertThat(page("vigilance-plan", "en")).contains("id=\"reports-steps\"", "Vigilance plan (mineral supply chains)",
                "id=\"preview-link-form-sd\"").doesNotContain("id=\"preview-link-vigilance-plan\"");
        assertThat(page("form-sd", "en")).contains("id=\"preview-link-vigilance-plan\"",
                "src=\"/workspaces/" + workspace + "/reports/form-sd/preview\"");
        mvc.perform(post("/workspaces/" + workspace + "/due-diligence/company/1a").param("status", "in_progress")
                .with(as(analyst, "ANALYST")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page("vigilance-plan", "en")).doesNotContain("id=\"reports-steps\"");
        assertThat(page("vigilance-plan", "fr")).contains("Plan de vigilance (chaînes d&#39;approvisionnement en minerais)",
                ">Aperçu<").doesNotContain("Vigilance plan (mineral", ">Preview<");
        assertThat(page("vigilance-plan", "en")).contains(">Preview<").doesNotContain("Plan de vigilance");
    }

    /** A profile importing 150 kg of unrefined gold a year (at or above the 100 kg of Annex I part A), on line 4. */
    static final String GOLD_IMPORTER = """
            name: Exemple Gold Trading
            headquarters: BE
            eu_imports:
              - {cn_code: "7108 12 00", material: gold, form: unrefined, kg_per_year: 150}
            """;

    /**
     * The workspace's ledger buys cobalt, tin and copper but no gold: the profile's 150 kg of unrefined gold
     * a year (>= 100 kg, Annex I part A) are shown under the conflict minerals report, in English and French,
     * with the profile's line; once a ledger with gold is assessed, the finding is gone.
     */
    @Test
    void goldImportsTheLedgerDoesNotCoverAreShownUnderTheConflictMineralsReport() throws Exception {
        workspaces.saveProfile(workspace, GOLD_IMPORTER, analyst);
        String en = page("eu-cmr-annual", "en");
        assertThat(en).contains("id=\"findings-eu-cmr-annual\"", "data-code=\"eu_cmr.imports_not_in_ledger\"",
                ">Company profile, line 4<", "href=\"/workspaces/" + workspace + "/profile\"",
                "Import line CN 7108 12 00 (Gold, 150 kg per year) reaches the Annex I threshold of Regulation (EU) 2017/821",
                "150 kg per year counted against a threshold of 100 kg per year",
                "the purchase ledger has no supply chain for Gold, so their due diligence cannot be assessed");
        String fr = page("eu-cmr-annual", "fr");
        assertThat(fr).contains("id=\"findings-eu-cmr-annual\"", ">Profil de l&#39;entreprise, ligne 4<",
                "La ligne d&#39;importation NC 7108 12 00 (Or, 150\u00a0kg par an) atteint le seuil de l&#39;annexe I",
                "le registre des achats ne contient aucune filière « Or »")
                .doesNotContain("Import line", "purchase ledger");
        String block = fr.substring(fr.indexOf("id=\"findings-eu-cmr-annual\""));
        block = block.substring(block.indexOf('>') + 1, block.indexOf("</div>"));
        assertThat(FrenchTexts.englishLines(FrenchTexts.visibleLines("<p>" + block + "</p>"), Set.of())).isEmpty();
        // the conflict minerals report says it under what is missing
        String report = mvc.perform(get("/workspaces/" + workspace + "/reports/eu-cmr-annual/preview")
                        .param("lang", "en").with(as(viewer, "VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("Import line CN 7108 12 00 (Gold, 150 kg per year) reaches the Annex I threshold");

        String withGold = WorkspaceFixtures.LEDGER + "ingot,gold,2,,CH,\n";
        mvc.perform(multipart("/workspaces/" + workspace + "/ledgers").file(new MockMultipartFile("file", "gold.csv",
                        "text/csv", withGold.getBytes(StandardCharsets.UTF_8)))
                .with(as(analyst, "ANALYST")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/workspaces/" + workspace + "/assessments").param("date", "2026-11-30")
                .with(as(analyst, "ANALYST")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(assessments.assessment(grant(), stored()).filiere("gold")).isPresent();
        assertThat(page("eu-cmr-annual", "en")).doesNotContain("id=\"findings-eu-cmr-annual\"", "Import line");
    }

    @Test
    void importsBelowTheThresholdAreNoFinding() throws Exception {
        // 249,999 kg of tungsten ores < 250,000 kg (Annex I part A), and 99 kg of unrefined gold < 100 kg; the
        // ledger buys neither: no due diligence duty, no finding
        workspaces.saveProfile(workspace, """
                name: Exemple
                headquarters: FR
                eu_imports:
                  - {cn_code: "2611 00 00", kg_per_year: 249999}
                  - {cn_code: "7108 12 00", material: gold, form: unrefined, kg_per_year: 99}
                """, analyst);
        assertThat(page("eu-cmr-annual", "en")).doesNotContain("id=\"findings-eu-cmr-annual\"", "Import line");
    }

    private String page(String kind, String language) throws Exception {
        return mvc.perform(get("/workspaces/" + workspace + "/reports").param("kind", kind).param("lang", language)
                        .with(as(viewer, "VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theApiGivesEachReportAndNamesWhatItRefuses() throws Exception {
        String api = "/api/workspaces/" + workspace + "/reports/";
        byte[] docx = mvc.perform(get(api + "eu-cmr-annual").param("format", "docx").param("lang", "fr")
                        .with(as(viewer, "VIEWER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", DOCX))
                .andExpect(header().string("Content-Disposition", containsString("attachment;")))
                .andExpect(header().string("Content-Disposition", containsString("%20fr.docx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(new XWPFWordExtractor(document).getText()).contains(title(FilingKind.EU_CMR_ANNUAL, Locale.FRENCH));
        }
        mvc.perform(get(api + "annual-report").param("format", "pdf").with(as(viewer, "VIEWER")))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.code").value("filing.unknown_kind"))
                .andExpect(jsonPath("$.detail").value(containsString("annual-report")))
                .andExpect(jsonPath("$.detail").value(containsString("vigilance-plan")));
        mvc.perform(get(api + "form-sd").param("format", "odt").with(as(viewer, "VIEWER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("filing.unknown_format"))
                .andExpect(jsonPath("$.detail").value(containsString("odt")));
        mvc.perform(get(api + "form-sd").param("format", "pdf").param("lang", "de").with(as(viewer, "VIEWER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("filing.problem.lang"));
        // the page's routes: an unknown kind is 404, an unknown format 400
        mvc.perform(get("/workspaces/" + workspace + "/reports/annual-report/download").param("format", "pdf")
                .with(as(viewer, "VIEWER"))).andExpect(status().isNotFound());
        mvc.perform(get("/workspaces/" + workspace + "/reports").param("kind", "annual-report")
                .with(as(viewer, "VIEWER"))).andExpect(status().isNotFound());
        mvc.perform(get("/workspaces/" + workspace + "/reports/form-sd/download").param("format", "odt")
                .with(as(viewer, "VIEWER"))).andExpect(status().isBadRequest());
    }

    @Test
    void outsidersGetWhatAMissingWorkspaceGivesAndAnonymousCallersLogIn() throws Exception {
        String outsider = WorkspaceFixtures.newName("report-outsider");
        accounts.create(outsider, "password-" + outsider, Role.ANALYST);
        for (String path : new String[] {"/workspaces/" + workspace + "/reports",
                "/workspaces/" + workspace + "/reports/form-sd/preview",
                "/workspaces/" + workspace + "/reports/form-sd/download?format=pdf",
                "/api/workspaces/" + workspace + "/reports/form-sd?format=pdf"}) {
            mvc.perform(get(path).with(as(outsider, "ANALYST"))).andExpect(status().isNotFound());
            mvc.perform(get(path.replace("/" + workspace + "/", "/987654321/")).with(as(outsider, "ANALYST")))
                    .andExpect(status().isNotFound());
            if (path.startsWith("/api/")) {
                mvc.perform(get(path)).andExpect(status().isUnauthorized());
            } else {
                mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
            }
        }
    }

    @Test
    void aWorkspaceWithoutAssessmentSaysSoAndLinksToTheAssessments() throws Exception {
        String other = WorkspaceFixtures.newName("no-assessment");
        long empty = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, other, Role.ANALYST,
                WorkspaceRole.VIEWER);
        String page = mvc.perform(get("/workspaces/" + empty + "/reports").param("lang", "en")
                        .with(as(other, "ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"reports-none\"", "href=\"/workspaces/" + empty + "/assessments\"",
                "This workspace has no assessment yet").doesNotContain("id=\"preview-frame\"", "/download?format=");
        mvc.perform(get("/api/workspaces/" + empty + "/reports/vigilance-plan").with(as(other, "ANALYST")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("filing.problem.no_assessment"));
        mvc.perform(get("/workspaces/" + empty + "/reports/vigilance-plan/download").param("format", "pdf")
                .with(as(other, "ANALYST"))).andExpect(status().isNotFound());
    }
}
