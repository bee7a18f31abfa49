package fr.vigie.app.workspace;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Renaming (workspace ADMIN), deleting (global ADMIN, after typing the name again) and creating
 * workspaces, by page and API: who may, who may not, and that a deletion takes every row of the
 * workspace with it and nothing else.
 */
@VigieIntegrationTest
class WorkspaceAdministrationIntegrationTests {

    /** Tables holding a workspace's data, each with the SQL counting the rows of workspace :id. */
    private static final String[][] OWNED = {
            {"workspace", "select count(*) from workspace where id = ?"},
            {"workspace_member", "select count(*) from workspace_member where workspace_id = ?"},
            {"ledger_import", "select count(*) from ledger_import where workspace_id = ?"},
            {"ledger_filiere", "select count(*) from ledger_filiere f join ledger_import l on l.id = f.ledger_id"
                    + " where l.workspace_id = ?"},
            {"assessment", "select count(*) from assessment where workspace_id = ?"},
            {"roadmap_action", "select count(*) from roadmap_action where workspace_id = ?"},
            {"roadmap_audit", "select count(*) from roadmap_audit where workspace_id = ?"},
            {"supplier_declaration", "select count(*) from supplier_declaration where workspace_id = ?"}};

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    LedgerUploads uploads;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoWorkspace demo;

    String owner;
    String analyst;
    String viewer;
    String outsider;
    long a;

    @BeforeEach
    void workspaceWithThreeRoles() {
        owner = WorkspaceFixtures.newName("owner");
        analyst = WorkspaceFixtures.newName("analyst");
        viewer = WorkspaceFixtures.newName("viewer");
        outsider = WorkspaceFixtures.newName("outsider");
        a = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, owner, Role.ANALYST, WorkspaceRole.ADMIN);
        for (String name : new String[] {analyst, viewer, outsider}) {
            accounts.create(name, "password-" + name, Role.ANALYST);
        }
        workspaces.putMember(a, analyst, WorkspaceRole.ANALYST);
        workspaces.putMember(a, viewer, WorkspaceRole.VIEWER);
    }

    private static RequestPostProcessor as(String name) {
        return user(name).roles("ANALYST");
    }

    private static RequestPostProcessor admin() {
        return user(VigieIntegrationTest.ADMIN_USERNAME).roles("ADMIN");
    }

    private String name(long id) {
        return workspaces.find(id).orElseThrow().name();
    }

    @Test
    void theWorkspaceAdministratorRenamesIt() throws Exception {
        String newName = WorkspaceFixtures.newName("Renamed company");
        mvc.perform(post("/workspaces/" + a + "/name").param("name", "  " + newName + " ").with(as(owner)).with(csrf()))
                .andExpect(redirectedUrl("/workspaces/" + a + "/members"))
                .andExpect(flash().attribute("message", "ws.rename.done"));
        Workspace renamed = workspaces.find(a).orElseThrow();
        assertThat(renamed.name()).isEqualTo(newName);
        assertThat(renamed.updatedBy()).isEqualTo(owner);
        mvc.perform(get("/workspaces/" + a + "/members").with(as(owner)))
                .andExpect(content().string(containsString("id=\"rename-workspace\"")));
    }

    @Test
    void analystsViewersAndOutsidersDoNotRename() throws Exception {
        String before = name(a);
        mvc.perform(post("/workspaces/" + a + "/name").param("name", "By analyst").with(as(analyst)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workspaces/" + a + "/name").param("name", "By viewer").with(as(viewer)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workspaces/" + a + "/name").param("name", "By outsider").with(as(outsider)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/workspaces/" + a + "/name").param("name", "No token").with(as(owner)))
                .andExpect(status().isForbidden());
        // a global VIEWER stays read-only even when ADMIN of the workspace
        String reader = WorkspaceFixtures.newName("reader");
        accounts.create(reader, "password-" + reader, Role.VIEWER);
        workspaces.putMember(a, reader, WorkspaceRole.ADMIN);
        mvc.perform(post("/workspaces/" + a + "/name").param("name", "By reader")
                .with(user(reader).roles("VIEWER")).with(csrf())).andExpect(status().isForbidden());
        assertThat(name(a)).isEqualTo(before);
    }

    @Test
    void aRenameToABlankTooLongOrTakenNameChangesNothing() throws Exception {
        String before = name(a);
        long other = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, WorkspaceFixtures.newName("o"),
                Role.ANALYST, WorkspaceRole.ADMIN);
        mvc.perform(post("/workspaces/" + a + "/name").param("name", "   ").with(as(owner)).with(csrf()))
                .andExpect(flash().attribute("error", "ws.create.invalid"));
        mvc.perform(post("/workspaces/" + a + "/name").param("name", "x".repeat(121)).with(as(owner)).with(csrf()))
                .andExpect(flash().attribute("error", "ws.create.invalid"));
        mvc.perform(post("/workspaces/" + a + "/name").param("name", name(other)).with(as(owner)).with(csrf()))
                .andExpect(flash().attribute("error", "ws.create.taken"));
        assertThat(name(a)).isEqualTo(before);
        // 120 characters is the limit, inclusive
        String longest = "y".repeat(112) + WorkspaceFixtures.newName("").substring(1);
        assertThat(longest).hasSize(120);
        mvc.perform(post("/workspaces/" + a + "/name").param("name", longest).with(as(owner)).with(csrf()))
                .andExpect(flash().attribute("message", "ws.rename.done"));
        assertThat(name(a)).isEqualTo(longest);
    }

    @Test
    void theGlobalAdministratorDeletesAWorkspaceWithAllItsDataAndNothingElse() throws Exception {
        long kept = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, WorkspaceFixtures.newName("k"),
                Role.ANALYST, WorkspaceRole.ADMIN);
        fill(a);
        fill(kept);
        long[] keptBefore = counts(kept);
        // members 3 (owner, analyst, viewer), 1 ledger with 3 filieres (cobalt, tin, copper),
        // 1 assessment, 1 roadmap action with 1 audit line, 1 declaration
        assertThat(counts(a)).containsExactly(1, 3, 1, 3, 1, 1, 1, 1);
        mvc.perform(get("/workspaces/" + a + "/delete").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-delete\"")));
        String name = name(a);
        mvc.perform(post("/workspaces/" + a + "/delete").param("confirm", name).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/workspaces"))
                .andExpect(flash().attribute("message", "ws.delete.done"));
        assertThat(counts(a)).containsOnly(0);
        assertThat(counts(kept)).containsExactly(keptBefore);
        mvc.perform(get("/workspaces/" + a).with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void aConfirmationThatIsNotTheNameDeletesNothing() throws Exception {
        String name = name(a);
        for (String wrong : new String[] {"", name.toUpperCase(), name + "x", "Company"}) {
            mvc.perform(post("/workspaces/" + a + "/delete").param("confirm", wrong).with(admin()).with(csrf()))
                    .andExpect(redirectedUrl("/workspaces/" + a + "/delete"))
                    .andExpect(flash().attribute("error", "ws.delete.mismatch"));
        }
        mvc.perform(post("/workspaces/" + a + "/delete").with(admin()).with(csrf()))
                .andExpect(flash().attribute("error", "ws.delete.mismatch"));
        assertThat(workspaces.find(a)).isPresent();
    }

    @Test
    void onlyTheGlobalAdministratorDeletes() throws Exception {
        String name = name(a);
        mvc.perform(get("/workspaces/" + a + "/delete").with(as(owner))).andExpect(status().isForbidden());
        mvc.perform(get("/workspaces/" + a + "/members").with(as(owner)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"delete-workspace\""))));
        for (String member : new String[] {owner, analyst, viewer}) {
            mvc.perform(post("/workspaces/" + a + "/delete").param("confirm", name).with(as(member)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/workspaces/" + a).with(as(member)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(post("/workspaces/" + a + "/delete").param("confirm", name).with(as(outsider)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/workspaces/" + a).with(as(outsider)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/workspaces/" + a + "/delete").param("confirm", name).with(admin()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/workspaces/" + a).with(admin())).andExpect(status().isForbidden());
        assertThat(workspaces.find(a)).isPresent();
        mvc.perform(get("/workspaces/" + a + "/members").with(admin()))
                .andExpect(content().string(containsString("id=\"delete-workspace\"")));
    }

    @Test
    void apiRenamesWithTheWorkspaceAdministratorsRightsAndTheCsrfToken() throws Exception {
        String newName = WorkspaceFixtures.newName("Api renamed");
        String body = "{\"name\":\"" + newName + "\"}";
        mvc.perform(patch("/api/workspaces/" + a).contentType("application/json").content(body).with(as(owner)))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/workspaces/" + a).contentType("application/json").content(body).with(as(analyst))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(patch("/api/workspaces/" + a).contentType("application/json").content(body).with(as(outsider))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(patch("/api/workspaces/" + a).contentType("application/json").content("{\"name\":\" \"}")
                .with(as(owner)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("invalid_name"));
        mvc.perform(patch("/api/workspaces/" + a).contentType("application/json").content(body).with(as(owner))
                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(newName))
                .andExpect(jsonPath("$.role").value("ADMIN"))
                .andExpect(jsonPath("$.updatedBy").value(owner));
        long other = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, WorkspaceFixtures.newName("o"),
                Role.ANALYST, WorkspaceRole.ADMIN);
        mvc.perform(patch("/api/workspaces/" + other).contentType("application/json").content(body).with(admin())
                .with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("name_taken"));
        assertThat(name(a)).isEqualTo(newName);
    }

    @Test
    void apiCreatesForAnalystsWhoBecomeItsAdministrator() throws Exception {
        String name = WorkspaceFixtures.newName("Api company");
        String body = "{\"name\":\"" + name + "\"}";
        mvc.perform(post("/api/workspaces").contentType("application/json").content(body).with(as(analyst)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/workspaces").contentType("application/json").content(body)
                .with(user(viewer).roles("VIEWER")).with(csrf())).andExpect(status().isForbidden());
        assertThat(workspaces.findByName(name)).isEmpty();
        mvc.perform(post("/api/workspaces").contentType("application/json").content(body).with(as(analyst))
                .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.role").value("ADMIN"));
        Workspace created = workspaces.findByName(name).orElseThrow();
        assertThat(workspaces.members(created.id())).containsExactly(new Workspaces.Member(analyst, WorkspaceRole.ADMIN));
        assertThat(workspaces.profileYaml(created.id())).contains(name);
        mvc.perform(post("/api/workspaces").contentType("application/json").content(body).with(admin()).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/workspaces").contentType("application/json").content("{}").with(admin()).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(workspaces.members(created.id())).hasSize(1);
    }

    @Test
    void apiDeletesForTheGlobalAdministratorWithBasicCredentials() throws Exception {
        fill(a);
        mvc.perform(delete("/api/workspaces/" + a)
                        .with(httpBasic(VigieIntegrationTest.ADMIN_USERNAME, VigieIntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(counts(a)).containsOnly(0);
        mvc.perform(delete("/api/workspaces/" + a).with(admin()).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void theDemoWorkspaceCanBeDeletedAndIsCreatedAgainAtTheNextStart() throws Exception {
        Workspace before = workspaces.findByName(DemoWorkspace.NAME).orElseThrow();
        mvc.perform(delete("/api/workspaces/" + before.id()).with(admin()).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(workspaces.findByName(DemoWorkspace.NAME)).isEmpty();
        demo.create(); // what the next start does
        Workspace after = workspaces.findByName(DemoWorkspace.NAME).orElseThrow();
        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(counts(after.id())[2]).isEqualTo(1); // its ledger is imported again
    }

    /** One ledger (through the real import), assessment, roadmap action, audit line and declaration. */
    private void fill(long id) throws Exception {
        byte[] csv = WorkspaceFixtures.LEDGER.getBytes(StandardCharsets.UTF_8);
        assertThat(uploads.importInto(id, "test", "ledger.csv", csv.length, new ByteArrayInputStream(csv)))
                .isInstanceOf(LedgerUploads.Outcome.Imported.class);
        long ledger = jdbc.sql("select id from ledger_import where workspace_id = ? and is_current").param(id)
                .query(Long.class).single();
        long assessment = jdbc.sql("insert into assessment (workspace_id, ledger_id, created_by, reference_date,"
                        + " methodology, priority_weights, engine_version, data_versions, profile_yaml, result)"
                        + " values (?, ?, 'test', current_date, 'm', 'w', 'e', '{}'::jsonb, 'name: x', '{}'::jsonb)"
                        + " returning id")
                .params(id, ledger).query(Long.class).single();
        long action = jdbc.sql("insert into roadmap_action (workspace_id, action_key, assessment_id, horizon, position,"
                        + " material, kind, ref_id, title, justification, updated_by)"
                        + " values (?, 'k', ?, 'short', 1, 'cobalt', 'due', 'r', '{\"key\": \"t\", \"args\": []}'::jsonb,"
                        + " '{\"key\": \"j\", \"args\": []}'::jsonb, 'test') returning id")
                .params(id, assessment).query(Long.class).single();
        jdbc.sql("insert into roadmap_audit (workspace_id, action_id, changed_by, field, old_value, new_value)"
                        + " values (?, ?, 'test', 'status', 'todo', 'done')")
                .params(id, action).update();
        jdbc.sql("insert into supplier_declaration (workspace_id, uploaded_by, file_name, sha256, template, version,"
                        + " company, findings_count, findings, smelters)"
                        + " values (?, 'test', 'd.xlsx', ?, 'CMRT', '6.5', 'Supplier', 0, '[]'::jsonb, '[]'::jsonb)")
                .params(id, "0".repeat(64)).update();
    }

    private long[] counts(long id) {
        long[] counts = new long[OWNED.length];
        for (int i = 0; i < OWNED.length; i++) {
            counts[i] = jdbc.sql(OWNED[i][1]).param(id).query(Long.class).single();
        }
        return counts;
    }
}
