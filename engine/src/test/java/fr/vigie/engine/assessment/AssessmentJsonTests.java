package fr.vigie.engine.assessment;

import fr.vigie.engine.kernel.ProblemException;
import static fr.vigie.engine.assessment.Fixtures.DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
  void bothLanguagesAreWrittenAndReadBack() {
    Assessment a = assessment();
    JsonNode n = JsonMapper.builder().build().readTree(AssessmentJson.write(a));
    JsonNode first = n.get("filieres").get(0);
    assertThat(first.get("reasons").get(0).asString()).startsWith("rank 1 of ");
    assertThat(first.get("reasons_fr").get(0).asString()).startsWith("rang 1 sur ");
    assertThat(first.get("stages").get(0).has("basis_fr")).isTrue();
    assertThat(n.get("roadmap").get(0).has("justification_fr")).isTrue();
    Assessment back = AssessmentJson.read("a.json", AssessmentJson.write(a));
    assertThat(back.filieres().get(0).reasonsFr()).isEqualTo(a.filieres().get(0).reasonsFr())
        .isNotEqualTo(a.filieres().get(0).reasons());
  }

  @Test
  void olderJsonWithoutFrenchTextsReadsWithTheEnglishOnes() {
    Assessment a = assessment();
    tools.jackson.databind.node.ObjectNode n =
        (tools.jackson.databind.node.ObjectNode) JsonMapper.builder().build().readTree(AssessmentJson.write(a));
    for (String key : List.of("filieres", "regulations", "company_obligations", "roadmap")) {
      strip(n.get(key));
    }
    strip(n.get("scenario").get("filieres"));
    String older = n.toString();
    assertThat(older).doesNotContain("_fr\"");
    Assessment back = AssessmentJson.read("older.json", older);
    Assessment.Filiere first = back.filieres().get(0);
    assertThat(first.reasonsFr()).isEqualTo(first.reasons()).isEqualTo(a.filieres().get(0).reasons());
    assertThat(first.stages().get(0).basisFr()).isEqualTo(first.stages().get(0).basis());
    assertThat(back.roadmap().get(0).justificationFr()).isEqualTo(a.roadmap().get(0).justification());
    assertThat(back.regulations().get(0).nameFr()).isEqualTo(a.regulations().get(0).name());
  }

  /** Removes every "*_fr" field under a node, as an assessment written before French texts. */
  private static void strip(JsonNode node) {
    if (node instanceof tools.jackson.databind.node.ObjectNode o) {
      List<String> names = o.propertyNames().stream().filter(k -> k.endsWith("_fr")).toList();
      names.forEach(o::remove);
      o.values().forEach(AssessmentJsonTests::strip);
    } else if (node != null && node.isArray()) {
      node.values().forEach(AssessmentJsonTests::strip);
    }
  }

  @Test
  void somethingElseIsRefusedWithItsName() {
    assertThatThrownBy(() -> AssessmentJson.read("old.json", "{\"company\": 3, \"unknown\": true}"))
        .isInstanceOf(ProblemException.class).hasMessageStartingWith("old.json: not an assessment");
  }
}
