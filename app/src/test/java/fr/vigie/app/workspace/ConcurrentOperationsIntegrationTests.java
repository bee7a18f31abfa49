package fr.vigie.app.workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.engine.ledger.LedgerImport;
import fr.vigie.engine.ledger.LedgerOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Simultaneous ledger imports and assessment runs of one workspace: a second one while the first is in
 * progress answers 409 (an RFC 9457 problem on the API, the page with its message), never a 500 and
 * never a duplicate; forms sent twice with their one-time token do the work once.
 */
@VigieIntegrationTest
class ConcurrentOperationsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    WorkspaceOperations operations;
    @Autowired
    LedgerStore store;
    @Autowired
    WorkspaceEngine engine;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path directory;

    String analyst;
    long workspace;

    @BeforeEach
    void workspace() {
        analyst = WorkspaceFixtures.newName("race");
        workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST, WorkspaceRole.ANALYST);
    }

    private RequestPostProcessor as() {
        return user(analyst).roles("ANALYST");
    }

    private static MockMultipartFile ledger() {
        return new MockMultipartFile("file", "ledger.csv", "text/csv", WorkspaceFixtures.LEDGER.getBytes(StandardCharsets.UTF_8));
    }

    private long ledgers() {
        return jdbc.sql("select count(*) from ledger_import where workspace_id = ?").param(workspace).query(Long.class).single();
    }

    private long assessments() {
        return jdbc.sql("select count(*) from assessment where workspace_id = ?").param(workspace).query(Long.class).single();
    }

    @Test
    void anImportWhileAnotherIsInProgressAnswers409OnTheApiAndThePage() throws Exception {
        Optional<Boolean> ran = operations.runAlone(WorkspaceOperations.Kind.LEDGER_IMPORT, workspace, () -> {
            mvc.perform(multipart("/api/workspaces/" + workspace + "/ledgers").file(ledger()).with(as()).with(csrf()))
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.type").value("/problems/workspace.in_progress"))
                    .andExpect(jsonPath("$.kind").value("ledger-import"))
                    .andExpect(jsonPath("$.detail").value(containsString("Another ledger import")));
            mvc.perform(multipart("/workspaces/" + workspace + "/ledgers").file(ledger()).param("lang", "fr")
                            .with(as()).with(csrf()))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(containsString("Un autre import de registre de cet espace est en cours")));
            return true;
        });
        assertThat(ran).contains(true);
        assertThat(ledgers()).isZero();
        mvc.perform(multipart("/api/workspaces/" + workspace + "/ledgers").file(ledger()).with(as()).with(csrf()))
                .andExpect(status().isCreated());
    }

    @Test
    void aRunWhileAnotherIsInProgressAnswers409OnTheApiAndThePage() throws Exception {
        mvc.perform(multipart("/api/workspaces/" + workspace + "/ledgers").file(ledger()).with(as()).with(csrf()))
                .andExpect(status().isCreated());
        operations.runAlone(WorkspaceOperations.Kind.ASSESSMENT_RUN, workspace, () -> {
            mvc.perform(post("/api/workspaces/" + workspace + "/assessments").with(as()).with(csrf()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.type").value("/problems/workspace.in_progress"))
                    .andExpect(jsonPath("$.kind").value("assessment-run"));
            mvc.perform(post("/workspaces/" + workspace + "/assessments").param("lang", "en").with(as()).with(csrf()))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(containsString("Another assessment of this workspace is being run")));
            return true;
        });
        assertThat(assessments()).isZero();
    }

    /** Runs {@code count} copies of a call at once (released together), and their answers' statuses. */
    private List<Integer> together(int count, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void simultaneousImportsNeverFailAndLeaveOneCurrentLedger() throws Exception {
        List<Integer> statuses = together(4, () -> mvc.perform(multipart("/api/workspaces/" + workspace + "/ledgers")
                .file(ledger()).with(as()).with(csrf())).andReturn().getResponse().getStatus());
        assertThat(statuses).allMatch(s -> s == 201 || s == 409).contains(201);
        assertThat(ledgers()).isEqualTo(statuses.stream().filter(s -> s == 201).count());
        assertThat(jdbc.sql("select count(*) from ledger_import where workspace_id = ? and is_current").param(workspace)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void simultaneousStoresOfAcceptedLedgersKeepOneCurrent() throws Exception {
        // below the operation guard: two transactions storing a ledger at once take turns on the workspace
        // row instead of colliding on the one-current-ledger index
        Path file = Files.writeString(directory.resolve("ledger.csv"), WorkspaceFixtures.LEDGER);
        LedgerImport.Accepted accepted = (LedgerImport.Accepted) engine.ledgerImporter().importFile(file, LedgerOptions.defaults());
        LedgerStore.Upload upload = new LedgerStore.Upload("ledger.csv", "csv", 10, "0".repeat(64), Optional.empty());
        List<Integer> stored = together(3, () -> {
            store.store(workspace, upload, accepted.ledger(), accepted.report(), analyst);
            return 1;
        });
        assertThat(stored).containsExactly(1, 1, 1);
        assertThat(ledgers()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from ledger_import where workspace_id = ? and is_current").param(workspace)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void simultaneousRunsStoreOneAssessmentPerAcceptedRun() throws Exception {
        mvc.perform(multipart("/api/workspaces/" + workspace + "/ledgers").file(ledger()).with(as()).with(csrf()))
                .andExpect(status().isCreated());
        List<Integer> statuses = together(3, () -> mvc.perform(post("/api/workspaces/" + workspace + "/assessments")
                .with(as()).with(csrf())).andReturn().getResponse().getStatus());
        assertThat(statuses).allMatch(s -> s == 201 || s == 409).contains(201);
        assertThat(assessments()).isEqualTo(statuses.stream().filter(s -> s == 201).count());
    }

    @Test
    void aFormSentTwiceWithItsTokenRunsOnceAndBothLandOnTheResult() throws Exception {
        mvc.perform(multipart("/workspaces/" + workspace + "/ledgers").file(ledger()).param("formToken", "a".repeat(32))
                        .with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/workspaces/" + workspace + "/ledgers").file(ledger()).param("formToken", "a".repeat(32))
                        .with(as()).with(csrf()))
                .andExpect(redirectedUrl("/workspaces/" + workspace + "/ledgers"));
        assertThat(ledgers()).isEqualTo(1);

        String token = "0123456789abcdef0123456789abcdef";
        String first = mvc.perform(post("/workspaces/" + workspace + "/assessments").param("formToken", token)
                        .param("date", LocalDate.now().toString()).with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(first).matches("/workspaces/" + workspace + "/assessments/\\d+");
        mvc.perform(post("/workspaces/" + workspace + "/assessments").param("formToken", token)
                        .param("date", LocalDate.now().toString()).with(as()).with(csrf()))
                .andExpect(redirectedUrl(first));
        assertThat(assessments()).isEqualTo(1);
        // a form without a token (older pages, scripts) is not deduplicated
        mvc.perform(post("/workspaces/" + workspace + "/assessments").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(assessments()).isEqualTo(2);
    }
}
