package fr.vigie.app.workspace;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Demo mode: the demo user (a global VIEWER) walks the whole journey in its sandbox workspace (import
 * a ledger, run an assessment, add a roadmap action), cannot change the shared demo workspace, whose
 * pages say where to try instead; a restart deletes the sandbox with all that was done in it and
 * creates it anew from the demo profile and ledger ({@code demo.create()} is what every start does).
 */
@VigieIntegrationTest
class DemoSandboxIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Workspaces workspaces;
    @Autowired
    DemoWorkspace demo;
    @Autowired
    LedgerStore ledgers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    private static RequestPostProcessor demoUser() {
        return user(DemoWorkspace.DEMO_USER).roles("VIEWER");
    }

    private int count(String table, long workspace) {
        return jdbc.sql("select count(*) from " + table + " where workspace_id = ?").param(workspace)
                .query(Integer.class).single();
    }

    @Test
    void theDemoUserWalksTheJourneyInItsSandboxAndARestartStartsItAgain() throws Exception {
        demo.create();
        Workspace sandbox = workspaces.findSandbox().orElseThrow();
        long shared = workspaces.findDemo().orElseThrow().id();
        long id = sandbox.id();
        assertThat(workspaces.memberRole(id, DemoWorkspace.DEMO_USER)).contains(WorkspaceRole.ANALYST);
        assertThat(workspaces.memberRole(shared, DemoWorkspace.DEMO_USER)).contains(WorkspaceRole.VIEWER);
        int demoLines = count("ledger_import", id);
        assertThat(demoLines).as("the demo ledger is copied into the sandbox").isEqualTo(1);
        assertThat(jdbc.sql("select profile_yaml from workspace where id = ?").param(id).query(String.class).single())
                .isEqualTo(jdbc.sql("select profile_yaml from workspace where id = ?").param(shared).query(String.class).single());

        mvc.perform(get("/workspaces").with(demoUser()))
                .andExpect(content().string(allOf(containsString(sandbox.name()), containsString(DemoWorkspace.NAME))));

        MockMultipartFile ledger = new MockMultipartFile("file", "ledger.csv", "text/csv", WorkspaceFixtures.LEDGER.getBytes());
        mvc.perform(multipart("/workspaces/" + id + "/ledgers").file(ledger).with(demoUser()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count("ledger_import", id)).isEqualTo(2);
        mvc.perform(post("/workspaces/" + id + "/assessments").param("date", "2026-11-30").with(demoUser()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count("assessment", id)).isEqualTo(1);
        mvc.perform(post("/workspaces/" + id + "/roadmap/actions").param("title", "Ask the cobalt refiner for its RMAP audit")
                .with(demoUser()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(count("roadmap_action", id)).isGreaterThanOrEqualTo(1);
        mvc.perform(get("/workspaces/" + id + "/roadmap").with(demoUser()))
                .andExpect(content().string(allOf(containsString("Ask the cobalt refiner for its RMAP audit"),
                        not(containsString("id=\"read-only-note\"")))));

        // the shared demo workspace stays read-only and says where to try
        mvc.perform(multipart("/workspaces/" + shared + "/ledgers").file(ledger).with(demoUser()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/workspaces/" + shared + "/ledgers").param("lang", "en").with(demoUser()))
                .andExpect(content().string(allOf(containsString("id=\"read-only-note\""),
                        containsString("your own sandbox workspace"), containsString("id=\"sandbox-link\""))));
        mvc.perform(get("/workspaces/" + shared + "/roadmap").param("lang", "fr").with(demoUser()))
                .andExpect(content().string(allOf(containsString("Vous pouvez consulter cet espace mais pas le modifier"),
                        containsString("votre propre espace bac à sable"))));

        // a restart: the sandbox is deleted with everything done in it and created anew
        demo.create();
        Workspace fresh = workspaces.findSandbox().orElseThrow();
        assertThat(fresh.id()).isNotEqualTo(id);
        assertThat(workspaces.find(id)).isEmpty();
        assertThat(count("ledger_import", fresh.id())).isEqualTo(demoLines);
        assertThat(count("assessment", fresh.id())).isZero();
        assertThat(workspaces.memberRole(fresh.id(), DemoWorkspace.DEMO_USER)).contains(WorkspaceRole.ANALYST);
    }

    @Test
    void aGlobalViewerStaysReadOnlyOutsideTheSandboxEvenAsAnAnalystMember() throws Exception {
        long shared = workspaces.findDemo().orElseThrow().id();
        String viewer = WorkspaceFixtures.newName("viewer");
        accounts.create(viewer, "password-" + viewer, Role.VIEWER);
        workspaces.putMember(shared, viewer, WorkspaceRole.ANALYST);
        try {
            mvc.perform(post("/workspaces/" + shared + "/roadmap/actions").param("title", "x")
                    .with(user(viewer).roles("VIEWER")).with(csrf())).andExpect(status().isForbidden());
        } finally {
            workspaces.removeMember(shared, viewer);
        }
    }
}
