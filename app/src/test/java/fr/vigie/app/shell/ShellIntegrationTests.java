package fr.vigie.app.shell;

import fr.vigie.app.VigieIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The layout and dashboard in both languages. */
@VigieIntegrationTest
class ShellIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void dashboardSwitchesToFrenchAndRemembersItInACookie() throws Exception {
        mvc.perform(get("/").param("lang", "fr").with(user("demo").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(cookie().value(LocaleConfiguration.COOKIE, "fr"))
                .andExpect(content().string(allOf(containsString("<html lang=\"fr\">"),
                        containsString("<h1>Tableau de bord</h1>"), containsString("Prochaines étapes"),
                        containsString("Réglementation"))));

        mvc.perform(get("/").cookie(new Cookie(LocaleConfiguration.COOKIE, "fr")).with(user("demo").roles("VIEWER")))
                .andExpect(content().string(containsString("<h1>Tableau de bord</h1>")));
    }

    @Test
    void dashboardInEnglishShowsTheNavigationTheUserMenuAndALogoutFormWithCsrf() throws Exception {
        mvc.perform(get("/").param("lang", "en").with(user("demo").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"en\">"),
                        containsString("<h1>Dashboard</h1>"), containsString("Next steps"),
                        containsString("Minerals"), containsString("Countries"), containsString("Regulations"),
                        containsString("Assessments"), containsString("<span>demo</span>"),
                        containsString("action=\"/logout\""), containsString("name=\"_csrf\""),
                        not(containsString("href=\"/admin/users\"")))));
    }

    @Test
    void administratorsSeeTheUsersLink() throws Exception {
        mvc.perform(get("/").param("lang", "en").with(user("boss").roles("ADMIN")))
                .andExpect(content().string(containsString("href=\"/admin/users\"")));
    }

    @Test
    void browserLanguageIsUsedWithoutACookieAndUnsupportedOnesFallBackToEnglish() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "fr-FR,fr;q=0.9"))
                .andExpect(content().string(containsString("<h1>Se connecter à Vigie</h1>")));
        mvc.perform(get("/login").header("Accept-Language", "de-DE"))
                .andExpect(content().string(allOf(containsString("<html lang=\"en\">"),
                        containsString("<h1>Log in to Vigie</h1>"))));
    }

    @Test
    void stylesheetIsPublic() throws Exception {
        mvc.perform(get("/assets/css/vigie.css")).andExpect(status().isOk());
    }
}
