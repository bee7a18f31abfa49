package fr.vigie.app.country;

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

/** Country pages and API. */
@VigieIntegrationTest
class CountryPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listHasTheMapColouredByTheChosenCategoryAndTheSameDataAsATable() throws Exception {
        mvc.perform(get("/countries").param("category", "environmental").param("lang", "en")
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"map-countries\""),
                        containsString("Environmental risk by country"),
                        containsString("<option value=\"environmental\" selected=\"selected\">"),
                        containsString("data-pieces="), containsString("Very high"),
                        containsString("href=\"#countries-table\""), containsString("href=\"/countries/FRA\""))));
    }

    @Test
    void anUnknownCategoryFallsBackToHumanRights() throws Exception {
        mvc.perform(get("/countries").param("category", "<script>").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Human rights risk by country"),
                        not(containsString("<script>")))));
    }

    @Test
    void countryPageShowsIndicatorsContributionsAndProduction() throws Exception {
        mvc.perform(get("/countries/cod").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Congo"), containsString("id=\"indicators-human_rights\""),
                        containsString("wgi_va"), containsString("Contribution"), containsString("Effective weight"),
                        containsString("href=\"/minerals/cobalt\""), containsString("Production shares"))));
    }

    @Test
    void countryPageAndApiShowTheMiningSignalsInBothLanguages() throws Exception {
        mvc.perform(get("/countries/COD").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Mining-specific signals"),
                        containsString("id=\"labour-flags\""), containsString("Cobalt ore (heterogenite)"),
                        containsString("On the EU indicative CAHRA list by 26 region(s)"), containsString("CD-NK"),
                        containsString("id=\"conflict-years\""), not(containsString("??")))));
        mvc.perform(get("/countries/COD").param("lang", "fr").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Signaux propres à la mine"),
                        containsString("Travail des enfants"), containsString("Cobalt ore (heterogenite)"),
                        containsString("Conflits armés impliquant un État"), not(containsString("??")))));
        mvc.perform(get("/countries/FRA").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(allOf(containsString("Not on the EU indicative CAHRA list"),
                        containsString("No mining good of this country is on the list."))));
        mvc.perform(get("/api/countries/CD").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.labour_flags[?(@.good == 'Cobalt ore (heterogenite)')].child_labour").value(true))
                .andExpect(jsonPath("$.labour_flags[?(@.good == 'Cobalt ore (heterogenite)')].source").value("ilab-goods-2022"))
                .andExpect(jsonPath("$.cahra.listed").value(true))
                .andExpect(jsonPath("$.conflict_years.latest_year").value(2024));
        for (String listed : new String[] {"MMR", "RUS"}) {
            mvc.perform(get("/api/countries/" + listed).with(user("viewer").roles("VIEWER")))
                    .andExpect(jsonPath("$.cahra.listed").value(true));
        }
        mvc.perform(get("/api/countries/FRA").with(user("viewer").roles("VIEWER")))
                .andExpect(jsonPath("$.cahra.listed").value(false));
    }

    @Test
    void countryPageInFrench() throws Exception {
        mvc.perform(get("/countries/FRA").param("lang", "fr").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("France"), containsString("Membre de l&#39;UE"),
                        containsString("Poids effectif"), containsString("Risque par catégorie"), not(containsString("??")))));
    }

    @Test
    void missingIndicatorsAreShownAsMissingNotAsZero() throws Exception {
        // Antarctica has no indicator in the reference data: every category is undetermined.
        mvc.perform(get("/api/countries/ATA").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories.human_rights.score").doesNotExist())
                .andExpect(jsonPath("$.categories.human_rights.indicators[0].missing").value(true))
                .andExpect(jsonPath("$.categories.human_rights.indicators[0].raw").doesNotExist());
        mvc.perform(get("/countries/ATA").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(allOf(containsString("No data (not counted as zero risk)"),
                        containsString("Undetermined"))));
    }

    @Test
    void apiListsCountriesAndGivesOneByAlpha2OrAlpha3() throws Exception {
        mvc.perform(get("/api/countries").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(greaterThan(200))));
        mvc.perform(get("/api/countries/CD").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.iso3").value("COD"))
                .andExpect(jsonPath("$.numeric").value("180"))
                .andExpect(jsonPath("$.categories.human_rights.level").exists())
                .andExpect(jsonPath("$.categories.human_rights.indicators[0].contribution").isNumber())
                .andExpect(jsonPath("$.production[?(@.mineral == 'cobalt' && @.stage == 'extraction')].rank").value(1));
    }

    @Test
    void unknownCountryIs404AndAnonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/countries/XXX").with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/countries/XXX").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No country with id 'XXX'"));
        mvc.perform(get("/countries")).andExpect(redirectedUrl("/login"));
    }
}
