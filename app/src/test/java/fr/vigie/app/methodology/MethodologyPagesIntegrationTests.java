package fr.vigie.app.methodology;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.engine.risk.Methodology;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Methodology page, the administrators' form and the API: validation messages with their line,
 * versions kept, one current, authorisation and CSRF. Tests that make another version current put
 * the shipped one back afterwards (the database is shared by the integration test classes).
 */
@VigieIntegrationTest
class MethodologyPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Methodologies methodologies;

    private static final Methodology SHIPPED = Methodology.loadDefault();

    @AfterEach
    void shippedMethodologyIsCurrentAgain() {
        methodologies.makeCurrent(SHIPPED.id(), SHIPPED.version());
    }

    /** The shipped text with another version and a human-rights weight of 2 for wgi_va. */
    private static String variant(String version) {
        return Methodologies.shippedText()
                .replace("version: 1.0.0", "version: " + version)
                .replace("{id: wgi_va, weight: 1,", "{id: wgi_va, weight: 2,");
    }

    @Test
    void pageShowsWeightsOrientationsNormalisationThresholdsAndStageCombination() throws Exception {
        mvc.perform(get("/methodology").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("vigie-default 1.0.0"), containsString("in use"),
                        containsString("id=\"weights-human_rights\""), containsString("wgi_va"),
                        containsString("higher is better"), containsString("33.3%"),
                        containsString("weighted arithmetic mean"), containsString("min-max"),
                        containsString("id=\"levels\""), containsString("0.80"),
                        containsString("weighted mean of the process risk (weight 0.5)"),
                        not(containsString("href=\"/methodology/new\"")))));
        mvc.perform(get("/methodology").param("lang", "fr").with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(allOf(containsString("Méthodologie de risque"), containsString("33,3"),
                        containsString("0,80"), containsString("plus élevé = meilleur"),
                        // apostrophes in messages with arguments survive MessageFormat
                        containsString("Risque d&#39;une étape pour une catégorie : moyenne pondérée du risque des procédés (poids 0,5)"),
                        containsString("une catégorie n&#39;est notée que si"), not(containsString("??")))));
    }

    @Test
    void theBuiltInRecord2023IsStoredAndAnAdministratorCanPutItInUse() throws Exception {
        assertThat(methodologies.byId("record-2023", "1.0.0")).isPresent();
        mvc.perform(get("/methodology/record-2023/1.0.0").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("record-2023 1.0.0"), containsString("cahra_eu"),
                        containsString("ilab_child_labour"), containsString("Child labour in mining goods"),
                        containsString("(floor 0.40"), not(containsString("??")))));
        mvc.perform(get("/methodology/record-2023/1.0.0").param("lang", "fr").with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(allOf(containsString("(plancher 0,40"),
                        containsString("Travail des enfants dans les biens miniers"), not(containsString("??")))));
        mvc.perform(post("/methodology/record-2023/1.0.0/current").with(csrf()).with(user("boss").roles("ADMIN")))
                .andExpect(status().is3xxRedirection());
        assertThat(methodologies.current().ref().toString()).isEqualTo("record-2023 1.0.0");
        // Australia: very low on human rights by default, medium under record-2023
        mvc.perform(get("/api/countries/AUS").with(user("viewer").roles("VIEWER")))
                .andExpect(jsonPath("$.methodology").value("record-2023 1.0.0"))
                .andExpect(jsonPath("$.categories.human_rights.level").value("medium"));
    }

    @Test
    void viewersAndAnalystsCannotCreateAVersion() throws Exception {
        mvc.perform(get("/methodology/new").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(post("/methodology").param("yaml", variant("9.9.9")).with(csrf()).with(user("analyst").roles("ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/methodologies").contentType("application/yaml").content(variant("9.9.9"))
                        .with(user("viewer").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        assertThat(methodologies.byId("vigie-default", "9.9.9")).isEmpty();
        mvc.perform(post("/methodology/vigie-default/1.0.0/current").with(csrf()).with(user("analyst").roles("ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/methodology/vigie-default/0.0.1/current").with(csrf()).with(user("boss").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void formNeedsACsrfToken() throws Exception {
        mvc.perform(post("/methodology").param("yaml", variant("8.8.8")).with(user("boss").roles("ADMIN")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/methodologies").contentType("application/yaml").content(variant("8.8.8"))
                        .with(user("boss").roles("ADMIN")))
                .andExpect(status().isForbidden());
        assertThat(methodologies.byId("vigie-default", "8.8.8")).isEmpty();
    }

    @Test
    void anInvalidTextIsShownBackWithTheMessageBesideItsLineAndNothingIsStored() throws Exception {
        String bad = variant("7.7.7").replace("{id: epi, weight: 1,", "{id: epi, weight: -1,");
        int line = bad.lines().toList().indexOf(bad.lines().filter(l -> l.contains("weight: -1")).findFirst().orElseThrow()) + 1;
        mvc.perform(post("/methodology").param("yaml", bad).param("makeCurrent", "true").param("lang", "en")
                        .with(csrf()).with(user("boss").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"methodology-error\""),
                        containsString("Line " + line), containsString("negative weights are not allowed"),
                        containsString("id=\"line-" + line + "\" class=\"error-line\""),
                        containsString("weight: -1"))));
        assertThat(methodologies.byId("vigie-default", "7.7.7")).isEmpty();
        assertThat(methodologies.current().ref()).isEqualTo(SHIPPED.ref());
    }

    @Test
    void anAdministratorUploadsANewVersionThatBecomesCurrentAndTheOldOneIsKept() throws Exception {
        mvc.perform(get("/minerals/cobalt").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(containsString("Computed with the methodology vigie-default 1.0.0.")));
        MockMultipartFile file = new MockMultipartFile("file", "method.yaml", "application/yaml",
                variant("2.0.0").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(multipart("/methodology").file(file).param("makeCurrent", "true")
                        .with(csrf()).with(user("boss").roles("ADMIN")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/methodology/vigie-default/2.0.0"));
        assertThat(methodologies.current().version()).isEqualTo("2.0.0");
        assertThat(methodologies.current().category(fr.vigie.engine.kernel.RiskCategory.HUMAN_RIGHTS).indicators().getFirst().weight())
                .isEqualTo(2.0);
        assertThat(methodologies.byId("vigie-default", "1.0.0")).isPresent();
        mvc.perform(get("/methodology").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(allOf(containsString("vigie-default 2.0.0"),
                        containsString("href=\"/methodology/vigie-default/1.0.0\""), containsString("50.0%"))));
        // pages rendered once and kept are rendered again for the new methodology
        mvc.perform(get("/minerals/cobalt").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(containsString("Computed with the methodology vigie-default 2.0.0.")));
        mvc.perform(get("/countries/COD").param("lang", "en").with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(containsString("vigie-default 2.0.0")));
        // the same version again is refused
        mvc.perform(post("/methodology").param("yaml", variant("2.0.0")).param("lang", "en")
                        .with(csrf()).with(user("boss").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("exists already")));
    }

    @Test
    void apiListsVersionsAndAdministratorsCreateWithBasicCredentials() throws Exception {
        mvc.perform(get("/api/methodologies").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'vigie-default' && @.version == '1.0.0')].current").value(true));
        mvc.perform(post("/api/methodologies").contentType("application/yaml").content(variant("3.0.0"))
                        .with(httpBasic(VigieIntegrationTest.ADMIN_USERNAME, VigieIntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/methodologies/vigie-default/3.0.0"))
                .andExpect(jsonPath("$.version").value("3.0.0"));
        mvc.perform(post("/api/methodologies").contentType("application/yaml").content("id: x\nversion: 1\ncategories: 3\n")
                        .with(httpBasic(VigieIntegrationTest.ADMIN_USERNAME, VigieIntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.line").value(3))
                .andExpect(jsonPath("$.detail", containsString("categories")))
                .andExpect(jsonPath("$.type").value("/problems/methodology.not_mapping"))
                .andExpect(jsonPath("$.code").value("methodology.not_mapping"))
                .andExpect(jsonPath("$.source").value("methodology.yaml"))
                .andExpect(jsonPath("$.title").value("The input cannot be used"));
        // the same refusal for a French reader: rendered from the French bundle, never re-parsed
        mvc.perform(post("/api/methodologies").contentType("application/yaml").content("id: x\nversion: 1\ncategories: 3\n")
                        .header("Accept-Language", "fr")
                        .with(httpBasic(VigieIntegrationTest.ADMIN_USERNAME, VigieIntegrationTest.ADMIN_PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.line").value(3))
                .andExpect(jsonPath("$.title").value("L'entrée ne peut pas être utilisée"))
                .andExpect(jsonPath("$.detail").value("methodology.yaml, ligne 3 : categories doit être un ensemble de clés et de valeurs"));
        mvc.perform(post("/api/methodologies").contentType(MediaType.TEXT_PLAIN).content(variant("4.0.0"))
                        .with(httpBasic(VigieIntegrationTest.ADMIN_USERNAME, "wrong-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/methodologies/vigie-default/0.0.0").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No methodology version with id 'vigie-default 0.0.0'"));
    }

    @Test
    void customIndicatorsAreRefusedWithTheirLine() {
        String text = variant("5.0.0") + "custom_indicators:\n  - {id: ituc, file: ituc.csv}\n";
        var outcome = methodologies.validate(text);
        assertThat(outcome).isInstanceOfSatisfying(Methodologies.Outcome.Invalid.class, invalid -> {
            assertThat(invalid.line()).isEqualTo((int) text.lines().count() - 1);
            assertThat(invalid.problem().code()).isEqualTo("methodology.custom_on_server");
            assertThat(invalid.problem().render(fr.vigie.engine.kernel.Messages.english())).contains("custom_indicators");
        });
    }
}
