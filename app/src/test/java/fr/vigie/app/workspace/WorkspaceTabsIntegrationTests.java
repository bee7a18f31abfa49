package fr.vigie.app.workspace;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The workspace head and tabs, kept as HTML per workspace, name, role, active tab and language
 * ({@link WorkspaceTabs}): what each user sees is theirs, and a change of name or role shows at once.
 */
@VigieIntegrationTest
class WorkspaceTabsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    WorkspaceTabs tabs;

    private String page(long id, String tab, String username, String lang) throws Exception {
        return mvc.perform(get("/workspaces/" + id + "/" + tab).param("lang", lang).with(user(username).roles("ANALYST")))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void eachUserSeesTheirRoleTheActiveTabAndTheWorkspaceNameInTheirLanguage() throws Exception {
        String viewer = WorkspaceFixtures.newName("tabs-viewer");
        long id = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, viewer, Role.ANALYST, WorkspaceRole.VIEWER);
        String analyst = WorkspaceFixtures.newName("tabs-analyst");
        accounts.create(analyst, "password-" + analyst, Role.ANALYST);
        workspaces.putMember(id, analyst, WorkspaceRole.ANALYST);
        String name = workspaces.find(id).orElseThrow().name();

        String read = page(id, "ledgers", viewer, "en");
        assertThat(read).contains("<strong>" + name + "</strong>", "<span class=\"badge\">Viewer (read only)</span>",
                "id=\"read-only-note\"")
                .containsPattern("href=\"/workspaces/" + id + "\"\\s+id=\"tab-dashboard\">Dashboard<")
                .containsPattern("href=\"/workspaces/" + id + "/ledgers\"\\s+id=\"tab-ledgers\" aria-current=\"page\">Ledger<")
                .containsPattern("href=\"/workspaces/" + id + "/due-diligence\"\\s+id=\"tab-due-diligence\">")
                .doesNotContain("id=\"sandbox-link\"", "<!DOCTYPE html>\n<html>");
        assertThat(read.split("aria-current=\"page\"", -1)).as("one tab and one menu entry are current").hasSize(3);
        assertThat(WorkspaceTabs.TABS).allSatisfy(tab -> assertThat(read).contains("id=\"tab-" + tab + "\""));

        String edit = page(id, "roadmap", analyst, "fr");
        assertThat(edit).contains("<span class=\"badge\">Analyste</span>")
                .containsPattern("href=\"/workspaces/" + id + "/roadmap\"\\s+id=\"tab-roadmap\" aria-current=\"page\">Feuille de route<")
                .doesNotContain("id=\"read-only-note\"", "Lecteur");

        // a new name and a new role show at once: both are part of what the kept head depends on
        String renamed = WorkspaceFixtures.newName("Renamed <b>company</b>");
        workspaces.rename(id, renamed, analyst);
        workspaces.putMember(id, viewer, WorkspaceRole.ANALYST);
        assertThat(page(id, "ledgers", viewer, "en"))
                .contains("<strong>" + renamed.replace("<", "&lt;").replace(">", "&gt;") + "</strong>",
                        "<span class=\"badge\">Analyst</span>")
                .doesNotContain("<b>company</b>", "id=\"read-only-note\"", "<strong>" + name + "</strong>");
        assertThat(tabs.kept()).isPositive();
    }
}
