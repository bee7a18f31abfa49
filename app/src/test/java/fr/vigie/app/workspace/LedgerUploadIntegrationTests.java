package fr.vigie.app.workspace;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.ledger.LedgerImport;
import fr.vigie.engine.ledger.LedgerOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ledger uploads: accepted files become current with their per-filiere aggregation; invalid lines,
 * wrong types, oversized files, zip bombs and XML entities are refused with a clear message and leave
 * the previous ledger current; a failure in the middle of storing rolls everything back.
 */
@VigieIntegrationTest
class LedgerUploadIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    LedgerStore store;
    @Autowired
    LedgerUploads uploads;
    @Autowired
    WorkspaceEngine engine;
    @Autowired
    JdbcClient jdbc;

    String analyst;
    long workspace;

    @BeforeEach
    void workspace() {
        analyst = WorkspaceFixtures.newName("ana");
        workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
    }

    private RequestPostProcessor as() {
        return user(analyst).roles("ANALYST");
    }

    @Test
    void acceptedCsvBecomesCurrentWithItsAggregationReportAndOriginal() throws Exception {
        mvc.perform(multipart("/workspaces/" + workspace + "/ledgers").file(file("ledger.csv", WorkspaceFixtures.LEDGER))
                        .with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("imported", true));
        StoredLedger current = store.current(workspace).orElseThrow();
        assertThat(current.acceptedLines()).isEqualTo(3);
        assertThat(current.originalKept()).isTrue();
        assertThat(store.original(current.id())).hasValueSatisfying(
                bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(WorkspaceFixtures.LEDGER));
        Ledger ledger = store.ledger(current.id());
        // cobalt 100 kg, all of known origin (CD) and refiner (CN), 10% recycled = 10 kg
        FiliereAggregate cobalt = ledger.filieres().getFirst();
        assertThat(cobalt.material().toString()).isEqualTo("cobalt");
        assertThat(cobalt.massKg()).isEqualTo(100.0);
        assertThat(cobalt.recycledMassKg()).isEqualTo(10.0);
        assertThat(cobalt.massByOriginCountry().keySet()).extracting(c -> c.alpha2()).containsExactly("CD");
        // stored and read back: the same aggregation as the engine's importer gives directly
        Ledger direct = ((LedgerImport.Accepted) engine.ledgerImporter().importCsv(
                new java.io.ByteArrayInputStream(WorkspaceFixtures.LEDGER.getBytes(StandardCharsets.UTF_8)), "x",
                LedgerOptions.defaults())).ledger();
        assertThat(ledger.filieres()).isEqualTo(direct.filieres());

        mvc.perform(get("/workspaces/" + workspace + "/ledgers").with(as()))
                .andExpect(content().string(allOf(containsString("id=\"filieres\""), containsString("cobalt"),
                        containsString("ledger.csv"))));
        assertThat(store.report(current.id())).containsEntry("source", "ledger.csv");
    }

    @Test
    void xlsxIsReadByTheSameImporter() throws Exception {
        mvc.perform(multipart("/api/workspaces/" + workspace + "/ledgers")
                        .file(new MockMultipartFile("file", "achats.xlsx", null, WorkspaceFixtures.xlsx()))
                        .with(as()).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.report.format").value("xlsx"))
                .andExpect(jsonPath("$.report.accepted_lines").value(3));
        mvc.perform(get("/api/workspaces/" + workspace + "/ledgers/current").with(as()))
                .andExpect(jsonPath("$.filieres[0].material").value("cobalt"))
                .andExpect(jsonPath("$.filieres[0].mass_kg").value(100.0));
    }

    @Test
    void aFileWithInvalidLinesIsRefusedWholeWithEachLineAndReasonAndThePreviousLedgerStays() throws Exception {
        long previous = importValid();
        String bad = """
                item,material,mass_kg
                a,cobalt,10
                b,unobtainium,5
                c,tin,-3
                """;
        var refused = mvc.perform(multipart("/workspaces/" + workspace + "/ledgers").file(file("bad.csv", bad)).with(as()).with(csrf()))
                .andExpect(flash().attribute("rejected", true))
                .andReturn().getResponse().getCookie("JSESSIONID");
        // a French reader sees each rejected line's reason in French, rendered from its code and values
        // (the flash attributes come back from the session, stored in the database, as after a browser's redirect)
        mvc.perform(get("/workspaces/" + workspace + "/ledgers").cookie(refused).header("Accept-Language", "fr").with(as()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("minerai inconnu « unobtainium »"),
                        containsString("masse négative -3"))));
        mvc.perform(multipart("/api/workspaces/" + workspace + "/ledgers").file(file("bad.csv", bad)).with(as()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.report.accepted_lines").value(0))
                .andExpect(jsonPath("$.report.errors[0].line").value(3))
                .andExpect(jsonPath("$.report.errors[0].message").value(containsString("unobtainium")))
                .andExpect(jsonPath("$.report.errors[0].code").value("ledger.unknown_mineral"))
                .andExpect(jsonPath("$.report.errors[0].args[0]").value("unobtainium"))
                .andExpect(jsonPath("$.report.errors[1].line").value(4));
        assertThat(store.current(workspace).orElseThrow().id()).isEqualTo(previous);
        assertThat(store.history(workspace)).hasSize(1);
    }

    @Test
    void wrongTypesAreRefusedWithAClearMessage() throws Exception {
        long previous = importValid();
        expectRefused(new MockMultipartFile("file", "ledger.pdf", null, "%PDF-1.4".getBytes()), "type", "only CSV");
        expectRefused(new MockMultipartFile("file", "ledger.xlsx", null, WorkspaceFixtures.LEDGER.getBytes()), "type",
                "not an Excel workbook");
        expectRefused(new MockMultipartFile("file", "ledger.csv", null, WorkspaceFixtures.xlsx()), "type",
                "named as CSV");
        expectRefused(new MockMultipartFile("file", "empty.csv", null, new byte[0]), "unreadable", "empty");
        assertThat(store.current(workspace).orElseThrow().id()).isEqualTo(previous);
    }

    @Test
    void zipBombsAndXmlEntityExpansionAreRefused() throws Exception {
        long previous = importValid();
        expectRefused(new MockMultipartFile("file", "bomb.xlsx", null, WorkspaceFixtures.zipBomb()), "unreadable",
                "bomb.xlsx");
        expectRefused(new MockMultipartFile("file", "laughs.xlsx", null, WorkspaceFixtures.entityExpansion()),
                "unreadable", "entity expansion is refused");
        assertThat(store.current(workspace).orElseThrow().id()).isEqualTo(previous);
    }

    @Test
    void filesAboveTheSizeLimitAreRefused() throws Exception {
        byte[] large = new byte[(int) uploads.maxBytes() + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        expectRefused(new MockMultipartFile("file", "huge.csv", null, large), "size", "upload limit");
        assertThat(store.current(workspace)).isEmpty();
    }

    @Test
    void aFailureInTheMiddleOfStoringLeavesThePreviousStateIntact() throws Exception {
        long previous = importValid();
        long rowsBefore = jdbc.sql("select count(*) from ledger_filiere").query(Long.class).single();
        Ledger ledger = store.ledger(previous);
        var upload = new LedgerStore.Upload("second.csv", "csv", 10, "0".repeat(64), Optional.empty());
        assertThatThrownBy(() -> store.store(workspace, upload, ledger,
                report(), analyst,
                () -> {
                    throw new IllegalStateException("crash after the first filiere");
                }))
                .hasMessageContaining("crash after the first filiere");
        assertThat(store.current(workspace).orElseThrow().id()).isEqualTo(previous);
        assertThat(store.history(workspace)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from ledger_filiere").query(Long.class).single()).isEqualTo(rowsBefore);
    }

    private fr.vigie.engine.ledger.ImportReport report() throws Exception {
        return engine.ledgerImporter().importCsv(
                new java.io.ByteArrayInputStream(WorkspaceFixtures.LEDGER.getBytes(StandardCharsets.UTF_8)), "second.csv",
                LedgerOptions.defaults()).report();
    }

    private long importValid() throws Exception {
        mvc.perform(multipart("/workspaces/" + workspace + "/ledgers").file(file("ledger.csv", WorkspaceFixtures.LEDGER))
                .with(as()).with(csrf())).andExpect(flash().attribute("imported", true));
        return store.current(workspace).orElseThrow().id();
    }

    private void expectRefused(MockMultipartFile file, String code, String text) throws Exception {
        mvc.perform(multipart("/workspaces/" + workspace + "/ledgers").file(file).with(as()).with(csrf()))
                .andExpect(flash().attribute("refused", "ledger.refused." + code))
                .andExpect(flash().attribute("refusedDetail", containsString(text)));
        mvc.perform(multipart("/api/workspaces/" + workspace + "/ledgers").file(file).with(as()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value(code));
    }

    private static MockMultipartFile file(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
