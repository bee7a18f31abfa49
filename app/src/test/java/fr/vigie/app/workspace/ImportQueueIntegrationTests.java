package fr.vigie.app.workspace;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Uploads while every import slot is taken wait their turn (here 2 s at most), then are refused as
 * busy: 503 with {@code Retry-After} on the API, the "busy, try again" message on the page; nothing
 * is imported. Once a slot is free the same upload is imported.
 */
@VigieIntegrationTest
class ImportQueueIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    ImportGate gate;
    @Autowired
    LedgerStore store;

    @TempDir
    Path directory;

    @Test
    void anUploadWhileAllImportSlotsAreTakenIsRefusedAsBusyThenAcceptedOnceOneIsFree() throws Exception {
        String analyst = WorkspaceFixtures.newName("queue");
        long workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        MockMultipartFile ledger = new MockMultipartFile("file", "ledger.csv", "text/csv",
                WorkspaceFixtures.LEDGER.getBytes(StandardCharsets.UTF_8));
        Path small = Files.writeString(directory.resolve("held.csv"), "held");
        List<ImportGate.Admission> held = new ArrayList<>();
        try {
            for (ImportGate.Decision d = gate.admit(small, "held.csv"); d.admission() != null;
                    d = gate.admit(small, "held.csv")) {
                held.add(d.admission());
            }

            mvc.perform(multipart("/api/workspaces/" + workspace + "/ledgers").file(ledger)
                            .with(user(analyst).roles("ANALYST")).with(csrf()))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "60"))
                    .andExpect(jsonPath("$.reason").value("busy"))
                    .andExpect(jsonPath("$.message").value(containsString("busy with other imports")));
            mvc.perform(multipart("/workspaces/" + workspace + "/ledgers").file(ledger)
                            .with(user(analyst).roles("ANALYST")).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("refused", "ledger.refused.busy"));
            org.assertj.core.api.Assertions.assertThat(store.current(workspace)).isEmpty();
        } finally {
            held.forEach(ImportGate.Admission::close);
        }

        mvc.perform(multipart("/api/workspaces/" + workspace + "/ledgers").file(ledger)
                        .with(user(analyst).roles("ANALYST")).with(csrf()))
                .andExpect(status().isCreated());
    }
}
