package fr.vigie.app.workspace;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The workspace regulations page gives the applicability reasons in the user's language. */
@VigieIntegrationTest
class RegulationsPageIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;

    String analyst;
    long workspace;

    @BeforeEach
    void workspaceWithAFrenchGroup() throws Exception {
        analyst = WorkspaceFixtures.newName("regfr");
        workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        mvc.perform(put("/api/workspaces/" + workspace + "/profile").contentType("application/yaml")
                        .content("name: Groupe\nheadquarters: FR\nemployees: {FR: 6200, worldwide: 6300}\n"
                                + "employees_previous_year: {FR: 6100, worldwide: 6200}\n")
                        .with(as()).with(csrf()))
                .andExpect(status().is2xxSuccessful());
    }

    private RequestPostProcessor as() {
        return user(analyst).roles("ANALYST");
    }

    @Test
    void reasonsAreInFrenchWhenTheLocaleIsFrench() throws Exception {
        mvc.perform(get("/workspaces/" + workspace + "/regulations").param("date", "2026-11-30")
                        .param("lang", "fr").with(as()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<li>rempli\u00a0: 6\u202f200 salariés en FR ≥ 5\u202f000</li>"),
                        containsString("<li>obligations applicables depuis le 29 mars 2017</li>"),
                        not(containsString("employees in FR")))));
    }

    @Test
    void reasonsStayInEnglishWhenTheLocaleIsEnglish() throws Exception {
        mvc.perform(get("/workspaces/" + workspace + "/regulations").param("date", "2026-11-30")
                        .param("lang", "en").with(as()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<li>met: 6,200 employees in FR ≥ 5,000</li>")));
    }
}
