package fr.vigie.app.workspace;

import fr.vigie.app.VigieIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security review finding 8 (demo mode leaks): a renamed demo workspace kept {@code demo/demo} as a
 * viewer, and after a restart any workspace named like the demo one got the demo user (reproduced
 * with another user's private workspace). The demo workspace is now known by its flag; renaming it
 * ends its demo status (chosen: a renamed demo workspace is being adopted for real data).
 * {@code demo.create()} is what every start does.
 */
@VigieIntegrationTest
class DemoWorkspaceSecurityIntegrationTests {

    @Autowired
    Workspaces workspaces;
    @Autowired
    DemoWorkspace demo;
    @Autowired
    JdbcClient jdbc;

    private boolean demoUserIn(long workspaceId) {
        return workspaces.memberRole(workspaceId, DemoWorkspace.DEMO_USER).isPresent();
    }

    private long demoWorkspaceId() throws Exception {
        demo.create();
        return workspaces.findDemo().orElseThrow().id();
    }

    @Test
    void aPrivateWorkspaceWithTheDemoNameNeverGetsTheDemoUser() throws Exception {
        long original = demoWorkspaceId();
        assertThat(demoUserIn(original)).isTrue();
        workspaces.delete(original);
        long imposter = ((Workspaces.CreateOutcome.Created) workspaces.createOwned(DemoWorkspace.NAME,
                "name: \"x\"\n", "admin")).workspace().id();
        try {
            demo.create(); // restart
            demo.create(); // and another one
            assertThat(demoUserIn(imposter)).isFalse();
            assertThat(workspaces.findDemo()).isEmpty();
            assertThat(workspaces.members(imposter)).extracting(Workspaces.Member::username).containsExactly("admin");
        } finally {
            workspaces.delete(imposter);
            demo.create();
        }
        assertThat(demoUserIn(demoWorkspaceId())).isTrue();
    }

    @Test
    void renamingTheDemoWorkspaceEndsItsDemoStatusAndRemovesTheDemoUser() throws Exception {
        long original = demoWorkspaceId();
        String newName = WorkspaceFixtures.newName("Adopted demo");
        assertThat(workspaces.rename(original, newName, "admin")).isInstanceOf(Workspaces.RenameOutcome.Renamed.class);
        try {
            assertThat(demoUserIn(original)).isFalse();
            assertThat(jdbc.sql("select demo from workspace where id = ?").param(original).query(Boolean.class).single())
                    .isFalse();
            demo.create(); // restart: a new demo workspace, the renamed one stays without the demo user
            long fresh = workspaces.findDemo().orElseThrow().id();
            assertThat(fresh).isNotEqualTo(original);
            assertThat(demoUserIn(fresh)).isTrue();
            assertThat(demoUserIn(original)).isFalse();
        } finally {
            workspaces.delete(original);
        }
    }

    @Test
    void renamingAnotherWorkspaceLeavesItsMembersAlone() throws Exception {
        long id = ((Workspaces.CreateOutcome.Created) workspaces.createOwned(WorkspaceFixtures.newName("Plain"),
                "name: \"x\"\n", "admin")).workspace().id();
        workspaces.putMember(id, DemoWorkspace.DEMO_USER, WorkspaceRole.VIEWER); // added by an administrator
        workspaces.rename(id, WorkspaceFixtures.newName("Plain renamed"), "admin");
        assertThat(demoUserIn(id)).isTrue();
        workspaces.delete(id);
    }
}
