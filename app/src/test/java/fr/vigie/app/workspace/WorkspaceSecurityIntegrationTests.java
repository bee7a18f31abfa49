package fr.vigie.app.workspace;

import java.nio.charset.StandardCharsets;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Workspace isolation: a member of workspace A reads and changes nothing of workspace B, by page or
 * API, whatever id they try; a VIEWER changes nothing; forms need the CSRF token.
 */
@VigieIntegrationTest
class WorkspaceSecurityIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    LedgerStore ledgers;

    String alice;
    String bob;
    String victor;
    long a;
    long b;

    @BeforeEach
    void twoWorkspaces() {
        alice = WorkspaceFixtures.newName("alice");
        bob = WorkspaceFixtures.newName("bob");
        victor = WorkspaceFixtures.newName("victor");
        a = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, alice, Role.ANALYST, WorkspaceRole.ANALYST);
        b = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, bob, Role.ANALYST, WorkspaceRole.ANALYST);
        accounts.create(victor, "password-" + victor, Role.ANALYST);
        workspaces.putMember(a, victor, WorkspaceRole.VIEWER);
    }

    private RequestPostProcessor as(String name) {
        return user(name).roles("ANALYST");
    }

    @Test
    void memberOfAGetsNotFoundForEveryPageAndApiOfB() throws Exception {
        for (String path : new String[] {"", "/profile", "/profile.yaml", "/ledgers", "/regulations", "/members",
                "/assessments", "/roadmap", "/solutions", "/roadmap/history"}) {
            mvc.perform(get("/workspaces/" + b + path).with(as(alice))).andExpect(status().isNotFound());
            mvc.perform(get("/workspaces/" + a + path).with(as(alice))).andExpect(status().isOk());
        }
        for (String path : new String[] {"", "/profile", "/members", "/ledgers", "/assessments", "/roadmap"}) {
            mvc.perform(get("/api/workspaces/" + b + path).with(as(alice))).andExpect(status().isNotFound());
        }
        // id guessing: a workspace that does not exist answers exactly like one of another company
        mvc.perform(get("/workspaces/" + (b + 100_000)).with(as(alice))).andExpect(status().isNotFound());
        mvc.perform(get("/api/workspaces").with(as(alice)))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains((int) a)));
        mvc.perform(get("/workspaces").with(as(alice)))
                .andExpect(content().string(allOf(containsString("/workspaces/" + a + "\""),
                        not(containsString("/workspaces/" + b + "\"")))));
    }

    @Test
    void memberOfAChangesNothingOfB() throws Exception {
        String before = workspaces.profileYaml(b);
        mvc.perform(post("/workspaces/" + b + "/profile").param("name", "Taken over").with(as(alice)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/workspaces/" + b + "/profile").contentType("application/yaml").content("name: X")
                .with(as(alice)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(multipart("/workspaces/" + b + "/ledgers").file(csv()).with(as(alice)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/workspaces/" + b + "/ledgers").file(csv()).with(as(alice)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/workspaces/" + b + "/members").param("username", alice).param("role", "ADMIN")
                .with(as(alice)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/workspaces/" + b + "/assessments").with(as(alice)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(workspaces.profileYaml(b)).isEqualTo(before);
        assertThat(ledgers.current(b)).isEmpty();
        assertThat(workspaces.memberRole(b, alice)).isEmpty();
    }

    @Test
    void viewerReadsButChangesNothing() throws Exception {
        mvc.perform(get("/workspaces/" + a + "/profile").with(as(victor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<fieldset disabled"),
                        not(containsString("id=\"ledger-upload\"")))));
        mvc.perform(post("/workspaces/" + a + "/profile").param("name", "Changed").with(as(victor)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/workspaces/" + a + "/ledgers").file(csv()).with(as(victor)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/workspaces/" + a + "/ledgers").file(csv()).with(as(victor)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workspaces/" + a + "/members").param("username", victor).param("role", "ADMIN")
                .with(as(victor)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/workspaces/" + a + "/assessments").with(as(victor)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(ledgers.current(a)).isEmpty();
        assertThat(workspaces.memberRole(a, victor)).contains(WorkspaceRole.VIEWER);
    }

    @Test
    void aGlobalViewerStaysReadOnlyEvenAsWorkspaceAnalyst() throws Exception {
        String demoLike = WorkspaceFixtures.newName("reader");
        accounts.create(demoLike, "password-" + demoLike, Role.VIEWER);
        workspaces.putMember(a, demoLike, WorkspaceRole.ANALYST);
        mvc.perform(post("/workspaces/" + a + "/profile").param("name", "Changed")
                .with(user(demoLike).roles("VIEWER")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aWorkspaceAdministratorManagesItsMembersOnly() throws Exception {
        String owner = WorkspaceFixtures.newName("owner");
        accounts.create(owner, "password-" + owner, Role.ANALYST);
        workspaces.putMember(a, owner, WorkspaceRole.ADMIN);
        mvc.perform(post("/workspaces/" + a + "/members").param("username", bob).param("role", "VIEWER")
                .with(as(owner)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(workspaces.memberRole(a, bob)).contains(WorkspaceRole.VIEWER);
        mvc.perform(post("/workspaces/" + b + "/members").param("username", owner).param("role", "ADMIN")
                .with(as(owner)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/workspaces/" + a + "/members").param("username", victor).param("role", "ADMIN")
                .with(as(alice)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/workspaces").param("name", "New company").with(as(owner)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void formsAndApiNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/workspaces/" + a + "/profile").param("name", "No token").with(as(alice)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/workspaces/" + a + "/ledgers").file(csv()).with(as(alice)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/workspaces/" + a + "/profile").contentType("application/yaml").content("name: X")
                .with(as(alice))).andExpect(status().isForbidden());
        assertThat(workspaces.profileYaml(a)).doesNotContain("No token");
    }

    @Test
    void globalAdministratorManagesMembersOfAnyWorkspace() throws Exception {
        mvc.perform(post("/workspaces/" + b + "/members").param("username", alice).param("role", "VIEWER")
                .with(user("admin").roles("ADMIN")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(workspaces.memberRole(b, alice)).contains(WorkspaceRole.VIEWER);
        mvc.perform(get("/workspaces/" + b + "/profile").with(as(alice))).andExpect(status().isOk());
        mvc.perform(post("/workspaces/" + b + "/profile").param("name", "x").with(as(alice)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private static MockMultipartFile csv() {
        return new MockMultipartFile("file", "ledger.csv", "text/csv",
                WorkspaceFixtures.LEDGER.getBytes(StandardCharsets.UTF_8));
    }
}
