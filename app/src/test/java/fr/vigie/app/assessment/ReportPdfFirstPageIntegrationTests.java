package fr.vigie.app.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessment PDF of the example French industrial group (its profile and ten-mineral ledger,
 * with the example scenario) opens on a page of its own: the title, the company, the reference date
 * in the document's language and the one-page summary (top supply chains, key risks, regulations
 * that apply, next actions); the tables (ranking, scenario) come after it.
 */
@VigieIntegrationTest
class ReportPdfFirstPageIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;

    @ParameterizedTest
    @CsvSource({
            "en, Mineral supply chain assessment, Reference date:, Summary, Supply chains to act on first, Key risks,"
                    + " Regulations that apply, Next actions, Ranking",
            "fr, Évaluation des chaînes d'approvisionnement en minerais, Date de référence :, Synthèse,"
                    + " Filières à traiter en premier, Risques principaux, Textes qui s'appliquent, Prochaines actions,"
                    + " Classement"})
    void theFirstPageHasTheTitleTheCompanyTheDateAndTheSummary(String lang, String title, String dateLabel,
            String summary, String filieres, String risks, String obligations, String actions, String ranking)
            throws Exception {
        String analyst = WorkspaceFixtures.newName("pdf-" + lang);
        accounts.create(analyst, "password-" + analyst, Role.ANALYST);
        String name = WorkspaceFixtures.newName("Groupe PDF");
        long ws = ((Workspaces.CreateOutcome.Created) workspaces.create(name, resource("demo/profiles/french-industrial-group.yaml"),
                "test")).workspace().id();
        workspaces.putMember(ws, analyst, WorkspaceRole.ANALYST);
        RequestPostProcessor as = user(analyst).roles("ANALYST");
        mvc.perform(multipart("/workspaces/" + ws + "/ledgers").file(new MockMultipartFile("file", "groupe-industriel.csv",
                        "text/csv", resource("demo/ledgers/groupe-industriel.csv").getBytes(StandardCharsets.UTF_8)))
                .with(as).with(csrf())).andExpect(status().is3xxRedirection());
        LocalDate date = LocalDate.of(2026, 11, 30);
        String location = mvc.perform(multipart("/workspaces/" + ws + "/assessments").param("date", date.toString())
                        .param("scenario", Files.readString(Path.of("../examples/scenarios/cobalt-finland.yaml")))
                        .with(as).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        byte[] pdf = mvc.perform(get(location + "/report.pdf").param("lang", lang).with(as))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document).replaceAll("\\s+", " ");
            // the date as every page of the application writes it in this language
            String day = date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(lang)));
            assertThat(first).contains(title, "Groupe Industriel Exemple SA", dateLabel + " " + day, summary,
                    filieres, risks, obligations, actions);
            // the summary names the first supply chain of the ranking, and no table is on the first page;
            // this company has risks, regulations that apply and roadmap actions: no section is empty
            assertThat(first).containsPattern("1\\. \\p{L}+");
            assertThat(first).doesNotContain("None.", "Aucune.");
            // the key risks are risk reasons, company-wide actions say so (no raw id such as "all")
            assertThat(first).contains(lang.equals("fr") ? "risque" : "risk at", lang.equals("fr")
                    ? "(toute l'entreprise)" : "(company-wide)").doesNotContain("(all)", "(tous)");
            assertThat(first).doesNotContain(ranking + " ", "Scenario", "Scénario", "Provenance");
            stripper.setStartPage(2);
            stripper.setEndPage(document.getNumberOfPages());
            String rest = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(rest).contains(ranking, lang.equals("fr") ? "Scénario" : "Scenario");
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
