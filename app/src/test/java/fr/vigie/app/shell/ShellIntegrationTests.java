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
        // (the home page leads an administrator to the first steps until finished: another page)
        mvc.perform(get("/workspaces").param("lang", "en").with(user("boss").roles("ADMIN")))
                .andExpect(content().string(allOf(containsString("href=\"/admin/users\""),
                        containsString("href=\"/admin/first-run\""))));
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

    @Test
    void faviconIsServedWithoutLoginAndLinkedFromEveryPage() throws Exception {
        byte[] ico = mvc.perform(get("/favicon.ico")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        // an ICO file starts with reserved 0, type 1 (icon), then the number of images
        org.assertj.core.api.Assertions.assertThat(ico).startsWith(0, 0, 1, 0, 1, 0);
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher svg = java.util.regex.Pattern
                .compile("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"(/assets/favicon[-0-9a-f]*\\.svg)\">").matcher(login);
        org.assertj.core.api.Assertions.assertThat(svg.find()).as("the login page links the icon").isTrue();
        mvc.perform(get(svg.group(1))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/").with(user("demo").roles("VIEWER")))
                .andExpect(content().string(containsString("href=\"/favicon.ico\"")));
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void staticFilesAreLinkedByTheirHashedNameAndEveryOtherLinkIsLeftAsWritten() throws Exception {
        String page = mvc.perform(get("/workspaces").param("lang", "en").with(user("boss").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page)
                .containsPattern("href=\"/assets/css/vigie-[0-9a-f]{32}\\.css\"")
                .containsPattern("href=\"/assets/favicon-[0-9a-f]{32}\\.svg\"")
                .contains("href=\"/favicon.ico\"", "href=\"/admin/users\"", "href=\"/minerals\"", "href=\"?lang=fr\"")
                .doesNotContain("href=\"/assets/css/vigie.css\"");
        // one filter writes the hashed names: Spring Boot's own is not created beside it
        org.assertj.core.api.Assertions.assertThat(context.getBeansOfType(org.springframework.boot.web.servlet.FilterRegistrationBean.class)
                        .values().stream().map(org.springframework.boot.web.servlet.FilterRegistrationBean::getFilter)
                        .filter(org.springframework.web.servlet.resource.ResourceUrlEncodingFilter.class::isInstance).toList())
                .singleElement().isInstanceOf(AssetUrlEncodingFilter.class);
        org.assertj.core.api.Assertions.assertThat(context.getBeansOfType(org.springframework.web.servlet.resource.ResourceUrlEncodingFilter.class)
                .values()).singleElement().isInstanceOf(AssetUrlEncodingFilter.class);
    }

    @Test
    void theLiteralStartOfAStaticFilePatternIsTheTextBeforeItsFirstWildcard() {
        org.assertj.core.api.Assertions.assertThat(AssetUrlEncodingFilter.literalStart("/assets/**")).isEqualTo("/assets/");
        org.assertj.core.api.Assertions.assertThat(AssetUrlEncodingFilter.literalStart("/favicon.ico")).isEqualTo("/favicon.ico");
        org.assertj.core.api.Assertions.assertThat(AssetUrlEncodingFilter.literalStart("/files/{name}/*.js")).isEqualTo("/files/");
        org.assertj.core.api.Assertions.assertThat(AssetUrlEncodingFilter.literalStart("/a?c")).isEqualTo("/a");
    }

    @Test
    void theNavigationMarksTheCurrentSectionInTheUsersLanguageAndShowsAdministratorsTheirEntries() throws Exception {
        String minerals = mvc.perform(get("/minerals/cobalt").param("lang", "en").with(user("demo").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(minerals)
                .containsPattern("<a href=\"/minerals\"\\s+aria-current=\"page\">Minerals</a>")
                .containsPattern("<a href=\"/\">Dashboard</a>")
                .doesNotContain("href=\"/admin/users\"", "id=\"nav-first-run\"");
        org.assertj.core.api.Assertions.assertThat(minerals.split("aria-current=\"page\"", -1)).hasSize(2);

        String users = mvc.perform(get("/workspaces").param("lang", "fr").with(user("boss").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(users)
                .containsPattern("<a href=\"/workspaces\"\\s+id=\"nav-workspaces\"\\s+aria-current=\"page\">Espaces</a>")
                .contains("href=\"/admin/users\"", "id=\"nav-first-run\"", "aria-label=\"Navigation principale\"");
        org.assertj.core.api.Assertions.assertThat(users.split("aria-current=\"page\"", -1)).hasSize(2);

        String home = mvc.perform(get("/").param("lang", "en").with(user("demo").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(home).containsPattern("<a href=\"/\"\\s+aria-current=\"page\">Dashboard</a>");
    }
}
