package fr.vigie.engine.assessment;

import static fr.vigie.engine.assessment.Fixtures.DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.assessment.report.ReportModels;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.kernel.TermNames;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.regulation.RegulationCatalog;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form: the documented shape, and a lossless round trip. */
class AssessmentJsonTests {
  private static Assessment assessment() {
    Scenario s = Scenario.read("s.yaml", "name: half\nfilieres:\n  cobalt: {refining_countries: {FI: 0.5}}\n",
        Fixtures.DATA.minerals(), Fixtures.DATA.countries());
    DeclarationSummary d = new DeclarationSummary("decl", 2,
        Map.of(new fr.vigie.engine.mineral.MineralId("tin"), Map.of("IDN", 0.75, "MYS", 0.25)));
    return Fixtures.assessor()
        .withInputs(List.of(new Assessment.InputFile("ledger", "l.csv", "00ff")))
        .assess(Fixtures.profile(Fixtures.PROFILE), AssessorTests.LEDGER, Optional.of(s), Optional.of(d), DATE);
  }

  @Test
  void roundTripIsLossless() {
    Assessment a = assessment();
    String json = AssessmentJson.write(a);
    Assessment back = AssessmentJson.read("a.json", json);
    assertThat(back).isEqualTo(a);
    assertThat(AssessmentJson.write(back)).isEqualTo(json);
  }

  @Test
  void shapeIsTheDocumentedOne() {
    JsonNode n = JsonMapper.builder().build().readTree(AssessmentJson.write(assessment()));
    JsonNode first = n.get("filieres").get(0);
    for (String key : List.of("material", "mass_kg", "priority_score", "rank", "reasons", "stages", "recommendations")) {
      assertThat(first.has(key)).as(key).isTrue();
    }
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(n.get("regulations").isArray()).isTrue();
    assertThat(n.get("roadmap").get(0).get("phase").asString()).isEqualTo("short");
    assertThat(first.get("stages").get(0).get("stage").asString()).isEqualTo("extraction");
    assertThat(n.get("provenance").get("reference_date").asString()).isEqualTo("2026-11-30");
    assertThat(n.get("scenario").get("name").asString()).isEqualTo("half");
  }

  @Test
  void textsAreStoredAsKeysWithTheSchemaVersion() {
    Assessment a = assessment();
    String json = AssessmentJson.write(a);
    JsonNode n = JsonMapper.builder().build().readTree(json);
    assertThat(n.get("schema_version").asInt()).isEqualTo(Assessment.SCHEMA_VERSION).isEqualTo(3);
    JsonNode first = n.get("filieres").get(0);
    assertThat(first.get("reasons").get(0).get("key").asString()).isEqualTo("assessment.reason.rank.next");
    assertThat(first.get("name").get("term").asString()).isEqualTo("mineral");
    // no text is stored twice, in two languages
    assertThat(json).doesNotContain("_fr\"").doesNotContain("_en\"");
    // one stored text renders in each reader's language
    assertThat(Fixtures.en(a.filieres().get(0).reasons().get(0))).startsWith("rank 1 of 3: priority score ");
    assertThat(Fixtures.fr(a.filieres().get(0).reasons().get(0))).startsWith("rang 1 sur 3 : score de priorité ");
  }

  @Test
  void unknownFieldsAreIgnored() {
    ObjectNode n = (ObjectNode) JsonMapper.builder().build().readTree(AssessmentJson.write(assessment()));
    n.put("added_by_a_later_release", true);
    ((ObjectNode) n.get("filieres").get(0)).put("another", 1);
    assertThat(AssessmentJson.read("later.json", n.toString())).isEqualTo(AssessmentJson.read("a.json",
        AssessmentJson.write(assessment())));
  }

  @Test
  void aNewerSchemaVersionIsRefused() {
    ObjectNode n = (ObjectNode) JsonMapper.builder().build().readTree(AssessmentJson.write(assessment()));
    n.put("schema_version", 99);
    assertThatThrownBy(() -> AssessmentJson.read("new.json", n.toString()))
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).first().code()).isEqualTo("assessment.newer_schema"));
  }

  /**
   * The fixture is the JSON {@code bin/vigie assess --out x.json} wrote (and the application stored)
   * before texts became keys: schema version 1, each text in an English and a French field.
   */
  @Test
  void theStoredVersion1FixtureIsUpgradedAndRendersInBothLanguages() throws Exception {
    String v1;
    try (var in = AssessmentJsonTests.class.getResourceAsStream("stored-assessment-v1.json")) {
      v1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    JsonNode raw = JsonMapper.builder().build().readTree(v1);
    assertThat(raw.has("schema_version")).isFalse();
    Assessment a = AssessmentJson.read("stored-assessment-v1.json", v1);
    assertThat(a.company()).isEqualTo("Groupe Industriel Exemple SA");
    assertThat(a.filieres()).extracting(Assessment.Filiere::material)
        .containsExactly("copper", "cobalt", "tungsten", "rare_earths", "nickel", "lithium", "tin");
    assertThat(a.filieres().get(0).priorityScore()).isEqualTo(raw.get("filieres").get(0).get("priority_score").asDouble());
    // every text renders as it was stored, in English and in French
    JsonNode copper = raw.get("filieres").get(0);
    assertThat(Fixtures.en(a.filieres().get(0).reasons())).containsExactlyElementsOf(strings(copper.get("reasons")));
    assertThat(Fixtures.fr(a.filieres().get(0).reasons())).containsExactlyElementsOf(strings(copper.get("reasons_fr")));
    assertThat(Fixtures.en(a.filieres().get(0).name())).isEqualTo("copper");
    JsonNode action = raw.get("roadmap").get(0);
    assertThat(Fixtures.en(a.roadmap().get(0).title())).isEqualTo(action.get("title").asString());
    assertThat(Fixtures.fr(a.roadmap().get(0).justification())).isEqualTo(action.get("justification_fr").asString());
    assertThat(Fixtures.fr(a.regulations().get(0).name())).isEqualTo(raw.get("regulations").get(0).get("name_fr").asString());
    assertThat(Fixtures.fr(a.filieres().get(0).stages().get(0).basis()))
        .isEqualTo(copper.get("stages").get(0).get("basis_fr").asString());
    Assessment.ScenarioResult s = a.scenario().orElseThrow();
    assertThat(Fixtures.en(s.overrides())).containsExactlyElementsOf(strings(raw.get("scenario").get("overrides")));
    assertThat(Fixtures.en(s.changes().get(0).explanation()))
        .containsExactlyElementsOf(strings(raw.get("scenario").get("changes").get(0).get("explanation")));
    // once upgraded it is stored in the current version and reads back the same
    assertThat(AssessmentJson.read("again", AssessmentJson.write(a))).isEqualTo(a);
    // and the reports render it (the exports read the same typed model as the pages)
    assertThat(fr.vigie.engine.assessment.report.TextSummary.text(a, Fixtures.FR))
        .contains(copper.get("reasons_fr").get(0).asString());
  }

  /**
   * The fixture is what the release before the advice stored (schema version 2) for the example
   * profile, ledger and "cobalt refined in Finland" scenario: no alerts, no roadmap keys, no stage
   * exposure in the scenario's changes.
   */
  @Test
  void theStoredVersion2FixtureIsUpgraded() throws Exception {
    String v2;
    try (var in = AssessmentJsonTests.class.getResourceAsStream("stored-assessment-v2.json")) {
      v2 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    JsonNode raw = JsonMapper.builder().build().readTree(v2);
    assertThat(raw.get("schema_version").asInt()).isEqualTo(2);
    assertThat(raw.has("alerts")).isFalse();
    assertThat(raw.get("roadmap").get(0).has("key")).isFalse();
    Assessment a = AssessmentJson.read("stored-assessment-v2.json", v2);
    // the alerts were not looked for: none; each action gets the key the application derived
    assertThat(a.alerts()).isEmpty();
    JsonNode first = raw.get("roadmap").get(0);
    assertThat(a.roadmap().get(0).key()).isEqualTo(first.get("material").asString() + ":"
        + first.get("kind").asString() + ":" + first.get("id").asString());
    assertThat(a.roadmap()).extracting(Assessment.RoadmapAction::key).allMatch(k -> k.split(":").length == 3);
    // the scenario's changes get the stage exposures of the stored stages
    Assessment.FiliereChange cobalt = a.scenario().orElseThrow().changes().stream()
        .filter(c -> c.material().equals("cobalt")).findFirst().orElseThrow();
    assertThat(cobalt.baselineExposure()).isEqualTo(a.filiere("cobalt").orElseThrow().stageExposure());
    assertThat(cobalt.scenarioExposure()).isLessThan(cobalt.baselineExposure());
    // texts still render as stored
    assertThat(Fixtures.en(a.filieres().get(0).reasons().get(0))).startsWith("rank 1 of ");
    // stored again it is version 3 and reads back the same
    String again = AssessmentJson.write(a);
    assertThat(JsonMapper.builder().build().readTree(again).get("schema_version").asInt()).isEqualTo(3);
    assertThat(AssessmentJson.read("again", again)).isEqualTo(a);
  }

  /**
   * The version 2 fixture stored two labels of the reference data as English strings: the title of
   * the duty of vigilance law's scope rules ("Loi n° 2017-399 as promulgated") and the production
   * series of the world mixes ("usgs-mcs-2025 2024 mine production (estimated)"). Read again, they
   * are the terms they are now and a French report names them in French; English is unchanged.
   */
  @Test
  void theLabelsOfTheReferenceDataStoredInEnglishReadBackInFrench() throws Exception {
    String v2;
    try (var in = AssessmentJsonTests.class.getResourceAsStream("stored-assessment-v2.json")) {
      v2 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Assessment a = AssessmentJson.read("stored-assessment-v2.json", v2);
    TermNames names = ReferenceData.loadDefault().termNames().or(RegulationCatalog.builtIn().termNames());
    Messages french = fr.vigie.engine.kernel.Messages.of(Locale.FRENCH, names);
    Messages english = fr.vigie.engine.kernel.Messages.of(Locale.ENGLISH, names);
    Assessment.RegulationLine vigilance = a.regulations().stream()
        .filter(r -> r.id().value().equals("fr-duty-of-vigilance")).findFirst().orElseThrow();
    assertThat(vigilance.reasons().stream().map(french::render).toList())
        .contains("règles\u00a0: Loi n° 2017-399 telle que promulguée (en vigueur depuis le 29 mars 2017)")
        .noneMatch(r -> r.contains("promulgated"));
    assertThat(vigilance.reasons().stream().map(english::render).toList())
        .anyMatch(r -> r.startsWith("rules: Loi n° 2017-399 as promulgated (in effect since "));
    Assessment.StageExposure extraction = a.filieres().get(0).stage(Stage.EXTRACTION)
        .orElseThrow();
    assertThat(french.render(extraction.basis()))
        .isEqualTo("production mondiale : production minière estimée, source usgs-mcs-2025, année 2024");
    assertThat(english.render(extraction.basis()))
        .isEqualTo("world production mix: usgs-mcs-2025 2024 mine production (estimated)");
    // the lines of the reference data read, in the reader's language
    assertThat(ReportModels.referenceData(a.provenance(), french))
        .contains("Production mondiale, Cuivre, Extraction : production minière estimée, source usgs-mcs-2025,"
            + " année 2024", "Indicateur « Indice de performance environnementale » : source epi-2022, année 2022");
  }

  @Test
  void aVersion1TextWithoutItsFrenchFieldRendersInEnglish() {
    ObjectNode n = (ObjectNode) JsonMapper.builder().build().readTree(
        "{\"company\": \"C\", \"provenance\": {\"engine_version\": \"1\", \"methodology\": \"m\","
            + " \"priority_weights\": \"w\", \"reference_date\": \"2026-01-01\", \"reference_data\": [],"
            + " \"solutions_as_of\": \"2025\", \"inputs\": []}, \"filieres\": [], \"regulations\": [],"
            + " \"company_obligations\": [], \"roadmap\": [{\"phase\": \"short\", \"order\": 1,"
            + " \"material\": \"all\", \"kind\": \"obligation\", \"id\": \"o\", \"title\": \"Do it\","
            + " \"justification\": \"because\", \"due_date\": \"2026-01-01\"}], \"scenario\": null}");
    Assessment a = AssessmentJson.read("old.json", n.toString());
    assertThat(Fixtures.fr(a.roadmap().get(0).title())).isEqualTo("Do it");
    assertThat(Fixtures.en(a.roadmap().get(0).justification())).isEqualTo("because");
  }

  private static List<String> strings(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).toList();
  }

  @Test
  void somethingElseIsRefusedWithItsName() {
    assertThatThrownBy(() -> AssessmentJson.read("old.json", "{\"company\": 3, \"unknown\": true}"))
        .isInstanceOf(ProblemException.class).hasMessageStartingWith("old.json: not an assessment");
  }
}
