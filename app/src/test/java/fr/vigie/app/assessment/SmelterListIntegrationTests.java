package fr.vigie.app.assessment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import fr.vigie.engine.declaration.Template;
import fr.vigie.engine.declaration.consolidate.ConsolidatedSmelter;
import fr.vigie.engine.declaration.read.Layouts;
import fr.vigie.engine.kernel.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workspace's RMI smelter list: loaded on the declarations page (all or nothing, a malformed row
 * refused with its line and column), shown with its file name, checked against the reported smelters
 * and read by the assessment, whose stored result carries the {@code smelter_audit} alert.
 */
@VigieIntegrationTest
class SmelterListIntegrationTests {

    /** The four metals of the CMRT are bought, so that an alert for any of them is raised. */
    static final String LEDGER = """
            item,material,mass_kg,origin_country,refiner_country,recycled_share
            solder,tin,50,BO,,
            capacitor,tantalum,5,RW,,
            contact,gold,1,PE,,
            tool,tungsten,20,AT,,
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    Assessments assessments;
    @Autowired
    SupplierDeclarations declarations;
    @Autowired
    JdbcClient jdbc;

    String analyst;
    long workspace;
    WorkspaceGrant grant;

    @BeforeEach
    void workspaceWithAnalyst() {
        analyst = WorkspaceFixtures.newName("smelterlist");
        workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        grant = new WorkspaceGrant(workspaces.find(workspace).orElseThrow(), analyst, WorkspaceRole.ANALYST);
    }

    private RequestPostProcessor as() {
        return user(analyst).roles("ANALYST");
    }

    private void uploadList(String name, String csv) throws Exception {
        mvc.perform(multipart("/workspaces/" + workspace + "/declarations/smelter-list")
                        .file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theLoadedListGivesEachReportedSmelterItsStatusAndTheAssessmentItsSmelterAuditAlert() throws Exception {
        mvc.perform(multipart("/workspaces/" + workspace + "/ledgers")
                .file(new MockMultipartFile("file", "ledger.csv", "text/csv", LEDGER.getBytes(StandardCharsets.UTF_8)))
                .with(as()).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/workspaces/" + workspace + "/declarations")
                        .file(new MockMultipartFile("files", "supplier-a.xlsx", "application/octet-stream",
                                ScenarioAndDeclarationIntegrationTests.declaration(Layouts.get(Template.CMRT, "6.5"),
                                        "6.5", 11, false)))
                        .with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        // a malformed list is refused whole, naming the line and the column; nothing is stored
        var refused = mvc.perform(multipart("/workspaces/" + workspace + "/declarations/smelter-list")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", """
                                Smelter ID,Metal,Standard Smelter Name,Country Location,RMAP Status
                                CID000001,Gold,Alpha Gold Refinery,Germany,Conformant
                                CID000002,Tin,Maybe Smelter,Germany,Perhaps later
                                """.getBytes(StandardCharsets.UTF_8)))
                        .with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        SupplierDeclarations.ListOutcome outcome =
                (SupplierDeclarations.ListOutcome) refused.getFlashMap().get("listOutcome");
        assertThat(outcome.stored()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.message(Messages.english())).startsWith("bad.csv, line 3, column RMAP Status: ")
                    .contains("Perhaps later").doesNotContain("??");
            assertThat(p.message(Messages.of(Locale.FRENCH))).startsWith("bad.csv, ligne 3, colonne RMAP Status : ")
                    .doesNotContain("??");
        });
        assertThat(declarations.smelterList(grant)).isEmpty();

        // the list: the first reported smelter (with an id and a country) non-conformant, the others conformant
        List<ConsolidatedSmelter> reported = declarations.consolidation(grant).smelters().stream()
                .filter(s -> s.smelterId().isPresent() && s.country().isPresent()).toList();
        assertThat(reported).hasSizeGreaterThan(1);
        StringBuilder csv = new StringBuilder("Metal,Smelter ID,Standard Smelter Name,Country Location,RMAP Status\n");
        for (ConsolidatedSmelter s : reported) {
            csv.append(String.join(",", s.metal().value(), s.smelterId().orElseThrow(), "\"" + s.name() + "\"",
                    s.country().orElseThrow(), s == reported.getFirst() ? "Non-Conformant" : "Conformant")).append('\n');
        }
        uploadList("rmi-smelters.csv", csv.toString());
        assertThat(declarations.smelterList(grant)).hasValueSatisfying(l -> {
            assertThat(l.fileName()).isEqualTo("rmi-smelters.csv");
            assertThat(l.smelters()).isEqualTo(reported.size());
        });
        mvc.perform(get("/workspaces/" + workspace + "/declarations").with(as()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("rmi-smelters.csv"),
                        containsString("Status in your smelter list"), containsString("neither conformant nor active"),
                        containsString(">conformant<"))));
        mvc.perform(get("/workspaces/" + workspace + "/declarations").with(as()).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Liste des fonderies de la RMI"),
                        containsString("rmi-smelters.csv"))));

        mvc.perform(multipart("/workspaces/" + workspace + "/assessments").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = assessments.latest(grant).orElseThrow().id();
        JsonNode result = JsonMapper.builder().build().readTree(
                jdbc.sql("select result::text from assessment where id = ?").param(id).query(String.class).single());
        List<JsonNode> alerts = result.get("alerts").valueStream()
                .filter(a -> a.get("kind").asString().equals("smelter_audit")).toList();
        assertThat(alerts).singleElement().satisfies(a ->
                assertThat(a.get("material").asString()).isEqualTo(reported.getFirst().metal().value()));
        assertThat(result.get("provenance").get("inputs").valueStream()
                .filter(i -> i.get("role").asString().equals("smelters")).map(i -> i.get("name").asString()))
                .containsExactly("rmi-smelters.csv");
    }
}
