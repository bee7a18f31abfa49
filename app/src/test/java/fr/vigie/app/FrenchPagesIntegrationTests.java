package fr.vigie.app;

import fr.vigie.engine.FrenchTexts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
 * The main pages in French are entirely in French: the dashboard, every page of a workspace with a
 * ledger, an assessment (with a scenario) and its roadmap, and the reference pages (minerals,
 * countries, regulations, methodology), the grievance mechanism (the public page, the case list, a
 * case and the audit trail), the administrators' pages and the password change (also with its errors),
 * each fetched with {@code lang=fr}. A page fails on any
 * {@code ??key??} placeholder and on any English sentence of its visible text ({@link FrenchPages});
 * all failures are listed at once, page by page.
 */
@VigieIntegrationTest
class FrenchPagesIntegrationTests {

    /**
     * Proper names (organisations, labels, a law's title, titles of publications that have no French
     * title: the publishers of the indicators' sources and Freedom House's report; a US court case)
     * and the test's own data; the chemical symbol of beryllium, shown in the minerals list.
     */
    static final Set<String> ALLOWED = Set.of("The Copper Mark", "Alliance for Responsible Mining",
            "Dodd-Frank Wall Street Reform and Consumer Protection Act", "OECD Due Diligence Guidance", "Vigie",
            "Yale Center for Environmental Law & Policy", "University of Notre Dame Global Adaptation Initiative",
            "Freedom in the World", "The Fund for Peace", "National Association of Manufacturers v. SEC", "Be",
            // a programme's name (RCS Global), a UK regulation's title, a path of the documentation
            "Better Mining", "Modern Slavery Act 2015 (Transparency in Supply Chains) Regulations 2015",
            "docs/ledger.md");

    private static final Pattern ASSESSMENT = Pattern.compile("/assessments/(\\d+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;

    @Test
    void theMainPagesAreInFrench() throws Exception {
        String analyst = WorkspaceFixtures.newName("analyste");
        long ws = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        RequestPostProcessor as = user(analyst).roles("ANALYST");
        mvc.perform(multipart("/workspaces/" + ws + "/ledgers").file(new MockMultipartFile("file", "registre.csv",
                        "text/csv", WorkspaceFixtures.LEDGER.getBytes(StandardCharsets.UTF_8)))
                .with(as).with(csrf())).andExpect(status().is3xxRedirection());
        String location = mvc.perform(post("/workspaces/" + ws + "/assessments").param("date", "2026-11-30")
                        .param("scenario", "name: Cobalt affiné en Finlande\nfilieres:\n  cobalt:\n"
                                + "    refining_countries: {FI: 0.5}\n")
                        .with(as).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Matcher m = ASSESSMENT.matcher(String.valueOf(location));
        assertThat(m.find()).as(location).isTrue();
        String w = "/workspaces/" + ws;
        // an OECD sub-step recorded, so that the steps' history has a line
        mvc.perform(post(w + "/due-diligence/cobalt/1c").param("status", "in_progress").param("owner", "Claire")
                .param("startDate", "2026-01-05").with(as).with(csrf())).andExpect(status().is3xxRedirection());
        // a report through the public page, read by the analyst made a case handler
        assertThat(workspaces.setCaseHandler(ws, analyst, true)).isTrue();
        String key = workspaces.grievanceKey(ws);
        mvc.perform(post("/grievance/" + key).param("category", "environment").param("country", "COD")
                .param("mineral", "cobalt").param("description", "Rejets dans la rivière.").with(csrf())
                .with(request -> {
                    request.setRemoteAddr("198.51.100.61");
                    return request;
                })).andExpect(status().isCreated());
        String cases = mvc.perform(get(w + "/grievances").param("lang", "fr").with(as)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher grievance = Pattern.compile("href=\"(/workspaces/\\d+/grievances/\\d+)\"").matcher(cases);
        assertThat(grievance.find()).as("the case list links to the case").isTrue();
        List<String> pages = List.of(w, w + "/ledgers", w + "/assessments", w + "/assessments/" + m.group(1),
                w + "/profile", w + "/regulations", w + "/roadmap", w + "/roadmap/history", w + "/solutions", w + "/reports",
                w + "/members", w + "/declarations", w + "/due-diligence", w + "/due-diligence?scope=cobalt",
                w + "/due-diligence/history", "/workspaces", "/minerals", "/minerals/cobalt", "/countries",
                "/countries/COD", "/regulations", "/methodology", w + "/grievances", grievance.group(1),
                w + "/grievances/audit", "/grievance/" + key, "/grievance/" + key + "/follow");

        List<String> failures = new ArrayList<>();
        for (String page : pages) {
            String html = mvc.perform(get(page).param("lang", "fr").with(as)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(page).contains("lang=\"fr\"");
            FrenchTexts.placeholders(html).forEach(p -> failures.add(page + ": missing key " + p));
            // English sentences; the stricter check of English data labels (FrenchTexts.LABELS) is the
            // reports' (engine FrenchFilingsTests, FrenchReportsTests): the mineral page's explanations
            // still print the data's own facts (series labels, formulas, ids) as they are
            FrenchTexts.englishSentences(FrenchTexts.visibleLines(html), ALLOWED)
                    .forEach(l -> failures.add(page + ": " + l));
        }
        assertThat(failures).as("texts of the French pages that are not French").isEmpty();
    }

    @Test
    void theAdministratorsPagesAreInFrench() throws Exception {
        String admin = WorkspaceFixtures.newName("chef");
        accounts.create(admin, "un long mot de passe pour " + admin, Role.ADMIN);
        RequestPostProcessor as = user(admin).roles("ADMIN");
        // the first steps with a company workspace (the invitation form shown), then after an invitation
        String company = WorkspaceFixtures.newName("Entreprise");
        mvc.perform(post("/admin/first-run/workspace").param("name", company).with(as).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long ws = workspaces.findByName(company).orElseThrow().id();
        List<String> failures = new ArrayList<>();
        for (String page : List.of("/admin/first-run", "/admin/users", "/account/password")) {
            check(page, mvc.perform(get(page).param("lang", "fr").with(as)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), failures);
        }
        String invited = mvc.perform(post("/admin/first-run/invite").param("lang", "fr")
                        .param("username", WorkspaceFixtures.newName("collegue")).param("workspace", String.valueOf(ws))
                        .param("role", "VIEWER").with(as).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(invited).contains("id=\"invited-password\"");
        check("/admin/first-run (invitation)", invited, failures);
        // the password change refused: a too short new password typed differently the second time
        String refused = mvc.perform(post("/account/password").param("lang", "fr")
                        .param("currentPassword", "un long mot de passe pour " + admin).param("newPassword", "court")
                        .param("confirmation", "autre").with(as).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("aria-invalid=\"true\"");
        check("/account/password (refused)", refused, failures);
        assertThat(failures).as("texts of the French pages that are not French").isEmpty();
    }

    private static void check(String page, String html, List<String> failures) {
        assertThat(html).as(page).contains("lang=\"fr\"");
        FrenchTexts.placeholders(html).forEach(p -> failures.add(page + ": missing key " + p));
        FrenchTexts.englishSentences(FrenchTexts.visibleLines(html), ALLOWED).forEach(l -> failures.add(page + ": " + l));
    }
}
