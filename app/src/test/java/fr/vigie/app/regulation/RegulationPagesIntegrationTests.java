package fr.vigie.app.regulation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.vigie.app.VigieIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The regulations catalogue page and API. */
@VigieIntegrationTest
class RegulationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RegulationController controller;

    @Test
    void catalogueShowsEveryTextWithStatusDatesObligationsSourcesAndAsOf() throws Exception {
        mvc.perform(get("/regulations").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Regulations</h1>"),
                        containsString("id=\"text-eu-conflict-minerals\""), containsString("id=\"text-eu-batteries\""),
                        containsString("In force"), containsString("Obligations ("), containsString("Key dates ("),
                        containsString("As of"), containsString("https://eur-lex.europa.eu"),
                        containsString("href=\"/minerals/cobalt\""),
                        // every Annex I row with its figure and, when not verified, the reason
                        containsString("id=\"annex-eu-conflict-minerals\""), containsString("2849 90 30"),
                        containsString("100,000"), containsString("not re-read from the Official Journal"),
                        containsString("href=\"/regulations/as-of\""))));
    }

    @Test
    void asOfPageListsTheTextsAndTheChangesSinceADate() throws Exception {
        mvc.perform(get("/regulations/as-of").param("since", "2026-12-01").param("lang", "en")
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Regulations as of"),
                        containsString("id=\"asof-eu-russia-gold-sanctions\""),
                        containsString("data-text=\"ch-ddtro\""), containsString("data-kind=\"new_text\""),
                        not(containsString("data-text=\"eu-batteries\"")), not(containsString("??")))));
    }

    @Test
    void catalogueInFrenchWithFrenchDates() throws Exception {
        mvc.perform(get("/regulations").param("lang", "fr").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Réglementation"), containsString("En vigueur"),
                        containsString("À jour au"),
                        org.hamcrest.Matchers.matchesPattern("(?s).*\\d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) 20\\d\\d.*"),
                        not(containsString("??")))));
    }

    @Test
    void apiGivesTheCatalogueAndOneTextOr404() throws Exception {
        mvc.perform(get("/api/regulations").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(greaterThan(9))))
                .andExpect(jsonPath("$[?(@.id == 'eu-conflict-minerals')].status").value("in_force"));
        mvc.perform(get("/api/regulations/eu-batteries").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minerals").isArray())
                .andExpect(jsonPath("$.asOf").exists())
                .andExpect(jsonPath("$.obligations[0].text").exists())
                .andExpect(jsonPath("$.obligations[0].texts.fr").exists());
        mvc.perform(get("/api/regulations/no-such-law").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No regulation with id 'no-such-law'"));
    }

    @Test
    void theCatalogueIsRenderedOncePerDateAndLanguageAndTheLanguagesDoNotMix() throws Exception {
        LocalDate today = LocalDate.now();
        for (String lang : new String[] {"en", "fr", "en", "fr"}) { // the second ones use the kept parts
            String page = mvc.perform(get("/regulations").param("lang", lang).with(user("viewer").roles("VIEWER")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            RegulationController.Catalogue kept = controller.catalogue(today, Locale.forLanguageTag(lang), "/");
            assertThat(page).contains(kept.lead(), kept.catalogue());
            String date = today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(lang)));
            if (lang.equals("en")) {
                assertThat(page).contains("with their status on " + date, "status-in_force\">In force</span>")
                        .doesNotContain("En vigueur", "leur statut au");
            } else {
                assertThat(page).contains("avec leur statut au " + date, "status-in_force\">En vigueur</span>")
                        .doesNotContain("In force</span>", "with their status on");
            }
        }
        assertThat(controller.catalogue(today, Locale.ENGLISH, "/")).isSameAs(controller.catalogue(today, Locale.ENGLISH, "/"));
        // the statuses are those of the date: before its adoption, the CSDDD was only proposed
        RegulationController.Catalogue before = controller.catalogue(LocalDate.of(2023, 1, 1), Locale.ENGLISH, "/");
        assertThat(before.lead()).contains("1 January 2023");
        assertThat(section(before.catalogue(), "eu-csddd")).contains("status-proposed");
        assertThat(section(controller.catalogue(today, Locale.ENGLISH, "/").catalogue(), "eu-csddd"))
                .doesNotContain("status-proposed");
        // the application's root address is part of the key: under a context path the links start with it;
        // a mineral named by an alias (the CRMA's silicon_metal) links to its page (silicon)
        String crma = section(controller.catalogue(today, Locale.ENGLISH, "/").catalogue(), "eu-crma");
        String underVigie = section(controller.catalogue(today, Locale.ENGLISH, "/vigie/").catalogue(), "eu-crma");
        assertThat(crma).contains("href=\"/minerals/cobalt\"", "href=\"/minerals/silicon\"").doesNotContain("/vigie/");
        assertThat(underVigie).contains("href=\"/vigie/minerals/cobalt\"", "href=\"/vigie/minerals/silicon\"")
                .doesNotContain("href=\"/minerals/");
    }

    /** The article of a text in the catalogue. */
    private static String section(String html, String id) {
        int start = html.indexOf("<article class=\"regulation\" id=\"text-" + id + "\"");
        assertThat(start).as("article of %s", id).isNotNegative();
        return html.substring(start, html.indexOf("</article>", start));
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/regulations")).andExpect(redirectedUrl("/login"));
    }
}
