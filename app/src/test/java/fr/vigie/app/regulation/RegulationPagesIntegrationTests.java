package fr.vigie.app.regulation;

import fr.vigie.app.VigieIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/regulations")).andExpect(redirectedUrl("/login"));
    }
}
