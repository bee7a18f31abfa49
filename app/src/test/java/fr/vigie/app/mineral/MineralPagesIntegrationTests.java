package fr.vigie.app.mineral;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Mineral pages and API: content in both languages, explanations, maps, 404s, authentication. */
@VigieIntegrationTest
class MineralPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listShowsEveryMineralWithLinks() throws Exception {
        mvc.perform(get("/minerals").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Minerals</h1>"),
                        containsString("href=\"/minerals/cobalt\""), containsString("href=\"/minerals/lithium\""),
                        containsString("aria-current=\"page\""))));
    }

    @Test
    void cobaltPageShowsValueChainMapsCountryTableAndExplanations() throws Exception {
        mvc.perform(get("/minerals/cobalt").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<span>Cobalt</span>"),
                        containsString("id=\"map-extraction\""), containsString("id=\"map-refining\""),
                        containsString("data-map=\"shares\""), containsString("/assets/data/world-110m.geo"),
                        containsString("/assets/vendor/echarts/echarts.min"),
                        // the country table links to the country page of the largest producer
                        containsString("href=\"/countries/COD\""), containsString("Congo"),
                        containsString("HHI_WGI,t"), containsString("Gross supply risk (EU method)"),
                        containsString("<details class=\"explain\">"), containsString("Herfindahl-Hirschman index"),
                        containsString("Extraction"), containsString("Refining and processing"),
                        containsString("Processes"), containsString("Country shares: Mineral Commodity Summaries 2025"),
                        containsString("No production series of its own"), not(containsString("2,024")))));
    }

    @Test
    void processCellsShowTheirPublishedSourceOrJudgementInBothLanguages() throws Exception {
        // artisanal cobalt: its own cell on armed conflict cites UCDP with its reference; no mercury
        // (a gold issue); cells without a published source say so
        mvc.perform(get("/minerals/cobalt").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("UCDP/PRIO Armed Conflict Dataset version 25.1"),
                        containsString("conflict_id 265 (Katanga)"),
                        containsString("judgement: no published source states this level"),
                        not(containsString("Mercury amalgamation")))));
        mvc.perform(get("/minerals/gold").param("lang", "fr").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Amalgamation au mercure"),
                        containsString("jugement : aucune source publiée"),
                        not(containsString("??")))));
    }

    @Test
    void frenchPageUsesFrenchLabelsAndDecimalCommas() throws Exception {
        mvc.perform(get("/minerals/cobalt").param("lang", "fr").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pays producteurs"),
                        containsString("Risque d&#39;approvisionnement brut"), containsString("Expliquer"),
                        containsString("Affinage et transformation"),
                        // a percentage in French: decimal comma and a (narrow) no-break space before %
                        org.hamcrest.Matchers.matchesPattern("(?s).*\\d+,\\d[\\u00a0\\u202f]%.*"),
                        not(containsString("??")))));
    }

    @Test
    void unknownMineralIsA404PageAndA404ProblemInTheApi() throws Exception {
        mvc.perform(get("/minerals/unobtainium").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/minerals/unobtainium").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value("No mineral with id 'unobtainium'"))
                .andExpect(jsonPath("$.id").value("unobtainium"))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void apiListsMineralsAndGivesOneWithStagesCountriesAndExplanations() throws Exception {
        mvc.perform(get("/api/minerals").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(greaterThan(9))))
                .andExpect(jsonPath("$[?(@.id == 'cobalt')].names.fr").value("Cobalt"));
        mvc.perform(get("/api/minerals/cobalt").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("cobalt"))
                .andExpect(jsonPath("$.methodology").value("vigie-default 1.0.0"))
                .andExpect(jsonPath("$.stages[0].stage").value("extraction"))
                .andExpect(jsonPath("$.stages[0].countries[0].iso3").value("COD"))
                .andExpect(jsonPath("$.stages[0].hhiExplanation.label").value("hhi"))
                .andExpect(jsonPath("$.supplyExplanation.facts.rule").value("max over stages of HHI_WGI,t"));
    }

    @Test
    void anonymousUsersAreSentToTheLoginPageOrRefusedByTheApi() throws Exception {
        mvc.perform(get("/minerals/cobalt")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/minerals"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(jsonPath("$.status").value(401));
    }
}
