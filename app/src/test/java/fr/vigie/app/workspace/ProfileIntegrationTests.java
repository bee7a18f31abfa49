package fr.vigie.app.workspace;

import java.nio.charset.StandardCharsets;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The company profile form, its messages beside each field, and the YAML download and upload. */
@VigieIntegrationTest
class ProfileIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    ProfileValidator validator;

    String analyst;
    long workspace;

    @BeforeEach
    void workspace() {
        analyst = WorkspaceFixtures.newName("prof");
        workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
    }

    private RequestPostProcessor as() {
        return user(analyst).roles("ANALYST");
    }

    @Test
    void everyInvalidFieldGetsTheEngineMessageBesideItAndNothingIsSaved() throws Exception {
        String before = workspaces.profileYaml(workspace);
        mvc.perform(post("/workspaces/" + workspace + "/profile").with(as()).with(csrf()).param("lang", "en")
                        .param("name", "Acme").param("headquarters", "Atlantis").param("turnover_eur", "-5")
                        .param("employees", "FR: 10, worldwide: 5").param("materials_used", "cobalt, unobtainium"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<span class=\"field-error\" id=\"profile-headquarters-error\">field &#39;headquarters&#39;: &#39;Atlantis&#39; is not a country Vigie knows: write its name (France, Germany) or its two-letter ISO code (FR, DE)"),
                        containsString("id=\"profile-turnover-eur-error\">field &#39;turnover_eur&#39; must be zero or more, not -5"),
                        containsString("id=\"profile-employees-error\">field &#39;employees&#39;: the countries add up to 10, more than worldwide 5"),
                        containsString("id=\"profile-materials-used-error\">field &#39;materials_used&#39;"),
                        containsString("value=\"Atlantis\""))));
        assertThat(workspaces.profileYaml(workspace)).isEqualTo(before);
    }

    @Test
    void countryNamesInEitherLanguageAreAcceptedAndThePositionIsSaved() throws Exception {
        for (String[] hq : new String[][] {{"France", "FR"}, {"Allemagne", "DE"}, {"germany", "DE"}, {"Côte d'Ivoire", "CI"}}) {
            mvc.perform(post("/workspaces/" + workspace + "/profile").with(as()).with(csrf())
                            .param("name", "Acme").param("headquarters", hq[0]).param("employees", "France: 120, worldwide: 300")
                            .param("position", "trader_importer"))
                    .andExpect(status().is3xxRedirection());
            var profile = ((ProfileValidator.Outcome.Valid) validator.checkYaml(workspaces.profileYaml(workspace))).profile();
            assertThat(profile.headquarters()).as(hq[0]).contains(hq[1]);
        }
        assertThat(workspaces.profileYaml(workspace)).contains("position: \"trader_importer\"");
        mvc.perform(get("/workspaces/" + workspace + "/profile").param("lang", "fr").with(as()))
                .andExpect(content().string(allOf(containsString("Position dans les chaînes des minerais"),
                        containsString("<option value=\"trader_importer\" selected=\"selected\">Négociant ou importateur"))));
    }

    @Test
    void formErrorsSpeakOfWhatWasTypedAndMarkTheField() throws Exception {
        mvc.perform(post("/workspaces/" + workspace + "/profile").with(as()).with(csrf()).param("lang", "en")
                        .param("name", "Acme").param("employees", "lots"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"profile-employees-error\">Write each country with its headcount, separated by commas, e.g. FR: 1200, DE: 300."),
                        containsString("aria-invalid=\"true\""), not(containsString("is empty")))));
        mvc.perform(post("/workspaces/" + workspace + "/profile").with(as()).with(csrf()).param("lang", "fr")
                        .param("name", "Acme").param("headquarters", "Atlantide"))
                .andExpect(content().string(containsString("« Atlantide » n&#39;est pas un pays connu de Vigie")));
    }

    @Test
    void aMissingNameIsRequiredInFrenchToo() throws Exception {
        mvc.perform(post("/workspaces/" + workspace + "/profile").with(as()).with(csrf()).param("lang", "fr")
                        .param("name", " "))
                .andExpect(content().string(containsString("Obligatoire : le nom de l&#39;entreprise.")));
    }

    @Test
    void aValidFormIsSavedAndReadBackIntoTheForm() throws Exception {
        mvc.perform(post("/workspaces/" + workspace + "/profile").with(as()).with(csrf())
                        .param("name", "Acme \"Métaux\" SA").param("headquarters", "fr")
                        .param("employees", "FR: 6 200, worldwide: 14500").param("turnover_eur", "3 200 000 000")
                        .param("uk_business", "true").param("eu_imports", "- material: gold\n  form: unrefined\n  kg_per_year: 80")
                        .param("materials_used", "cobalt, Étain"))
                .andExpect(status().is3xxRedirection());
        var outcome = validator.checkYaml(workspaces.profileYaml(workspace));
        assertThat(outcome).isInstanceOf(ProfileValidator.Outcome.Valid.class);
        var profile = ((ProfileValidator.Outcome.Valid) outcome).profile();
        assertThat(profile.name()).isEqualTo("Acme \"Métaux\" SA");
        assertThat(profile.headquarters()).contains("FR");
        assertThat(profile.materialsUsed().orElseThrow()).extracting(Object::toString).containsExactlyInAnyOrder("cobalt", "tin");
        mvc.perform(get("/workspaces/" + workspace + "/profile").with(as()))
                .andExpect(content().string(allOf(containsString("value=\"FR: 6200, worldwide: 14500\""),
                        containsString("<option value=\"true\" selected=\"selected\">"))));
    }

    @Test
    void yamlDownloadAndUploadRoundTripAndInvalidUploadsAreRefused() throws Exception {
        String yaml = new String(getClass().getResourceAsStream("/demo/profiles/french-industrial-group.yaml")
                .readAllBytes(), StandardCharsets.UTF_8);
        mvc.perform(multipart("/workspaces/" + workspace + "/profile/upload")
                        .file(new MockMultipartFile("file", "p.yaml", null, yaml.getBytes(StandardCharsets.UTF_8)))
                        .with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String downloaded = mvc.perform(get("/workspaces/" + workspace + "/profile.yaml").with(as()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(downloaded).isEqualTo(yaml);

        mvc.perform(multipart("/workspaces/" + workspace + "/profile/upload")
                        .file(new MockMultipartFile("file", "bad.yaml", null, "name: X\nemployees: {FR: -5}\n".getBytes()))
                        .with(as()).with(csrf()))
                .andExpect(content().string(containsString("id=\"profile-global-error\">bad.yaml: ")));
        assertThat(workspaces.profileYaml(workspace)).isEqualTo(yaml);

        mvc.perform(put("/api/workspaces/" + workspace + "/profile").contentType("application/yaml")
                        .content("name: X\nheadquarters: ZZZ\n").with(as()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.headquarters").value(containsString("ZZZ")));
        assertThat(workspaces.profileYaml(workspace)).isEqualTo(yaml);
    }

    @Test
    void anInvalidProfileSentToTheApiIsOneProblemDocumentInTheRequestLanguage() throws Exception {
        String api = "/api/workspaces/" + workspace + "/profile";
        String before = workspaces.profileYaml(workspace);
        String bad = "name: X\nemployees: {FR: -5}\n";
        String english = mvc.perform(put(api).contentType("application/yaml").content(bad).param("lang", "en")
                        .with(as()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.startsWith("/problems/")))
                .andExpect(jsonPath("$.problems[0].code").isString())
                .andExpect(jsonPath("$.problems[0].path").value(containsString("employees")))
                .andExpect(jsonPath("$.problems[0].line").value(2))
                .andExpect(jsonPath("$.problems[0].detail").value(containsString("-5")))
                .andExpect(jsonPath("$.saved").doesNotExist())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String french = mvc.perform(put(api).contentType("application/yaml").content(bad)
                        .header("Accept-Language", "fr").with(as()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var en = json.readTree(english);
        var fr = json.readTree(french);
        // the same problem (type, code, place), its texts rendered in each language
        assertThat(fr.get("type")).isEqualTo(en.get("type"));
        assertThat(fr.at("/problems/0/code")).isEqualTo(en.at("/problems/0/code"));
        assertThat(fr.at("/problems/0/detail").asString()).isNotEqualTo(en.at("/problems/0/detail").asString())
                .doesNotContain("??");
        assertThat(en.get("type").asString()).isEqualTo("/problems/" + en.at("/problems/0/code").asString());
        assertThat(workspaces.profileYaml(workspace)).isEqualTo(before);

        // valid input: unchanged answer
        mvc.perform(put(api).contentType("application/yaml").content("name: X\n").with(as()).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.saved").value(true));
    }
}
