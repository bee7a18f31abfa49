package fr.vigie.engine.solution;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SolutionsTests {

  private static final Solutions CATALOGUE = Solutions.loadDefault();

  private static MineralId m(String id) {
    return new MineralId(id);
  }

  @Test
  void bundledCatalogueHasEveryTypeAndTheNamedOrganisations() {
    assertThat(CATALOGUE.size()).isGreaterThanOrEqualTo(40);
    assertThat(CATALOGUE.all()).extracting(Solution::type).containsAll(Arrays.asList(SolutionType.values()));
    assertThat(CATALOGUE.select(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(SolutionType.OECD_STEP)))
        .hasSize(5);
    assertThat(CATALOGUE.select(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(SolutionType.INTERNAL_MECHANISM)))
        .hasSize(13);
    for (String id : List.of("rmi", "eprm", "global_battery_alliance", "fair_cobalt_alliance",
        "responsible_cobalt_initiative", "eiti", "rmi_rmap", "irma", "copper_mark",
        "joint_due_diligence_standard", "asi", "lbma_responsible_gold", "rjc", "fairmined",
        "responsiblesteel", "icmm_mining_principles", "tsm", "itsci", "alliance_for_responsible_mining",
        "eprm_projects", "better_mining", "recycled_content", "substitution", "european_sourcing", "cmrt_survey",
        "emrt_survey", "amrt_survey", "smelter_audit_check", "sourcing_clauses", "supplier_engagement")) {
      assertThat(CATALOGUE.find(id)).as(id).isPresent();
    }
    assertThat(CATALOGUE.asOf()).isEqualTo("2026-11-30");
  }

  @Test
  void everyEntryIsBilingualSourcedAndExplainsWhatIsUnverified() {
    for (Solution s : CATALOGUE.all()) {
      assertThat(s.name(java.util.Locale.FRENCH)).as(s.id()).isNotEqualTo(s.description(java.util.Locale.FRENCH));
      assertThat(s.source()).as(s.id()).startsWith("http");
      if (!s.verified()) {
        assertThat(s.note(java.util.Locale.ENGLISH)).as("unverified %s must say why", s.id()).isNotBlank();
      }
    }
  }

  @Test
  void standardsCoverTheMineralsAndStagesTheirSourcesState() {
    Solution copperMark = CATALOGUE.require("copper_mark");
    assertThat(copperMark.minerals()).containsExactlyInAnyOrder(m("copper"), m("nickel"), m("zinc"), m("molybdenum"));
    assertThat(CATALOGUE.require("joint_due_diligence_standard").minerals())
        .containsExactlyInAnyOrder(m("copper"), m("lead"), m("molybdenum"), m("nickel"), m("zinc"));
    assertThat(CATALOGUE.require("asi").minerals()).containsExactly(m("aluminium"));
    assertThat(CATALOGUE.require("itsci").minerals()).containsExactlyInAnyOrder(m("tin"), m("tantalum"), m("tungsten"));
    assertThat(CATALOGUE.require("itsci").stages()).doesNotContain(Stage.REFINING);
    assertThat(CATALOGUE.require("lbma_responsible_gold").stages()).containsExactly(Stage.REFINING);
    assertThat(CATALOGUE.require("irma").allMinerals()).isTrue();
    assertThat(CATALOGUE.require("irma").stages()).contains(Stage.EXTRACTION).doesNotContain(Stage.REFINING);
    assertThat(CATALOGUE.require("eprm").minerals()).containsExactlyInAnyOrder(m("tin"), m("tantalum"), m("tungsten"), m("gold"));
  }

  @Test
  void queryFindsWhatAddressesCobaltMiningHumanRights() {
    List<Solution> found = CATALOGUE.addressing(m("cobalt"), Stage.EXTRACTION, RiskCategory.HUMAN_RIGHTS);
    assertThat(found).extracting(Solution::id)
        .contains("fair_cobalt_alliance", "better_mining", "responsible_cobalt_initiative", "irma",
            "oecd_step1_management_systems", "internal_grievance_mechanism")
        .doesNotContain("asi", "itsci", "lbma_responsible_gold", "rmi_rmap", "eiti");
    // shortest horizon first
    assertThat(found).extracting(Solution::horizon).isSorted();
    assertThat(found.getFirst().horizon()).isEqualTo(Horizon.SHORT);
  }

  @Test
  void queryForTinRefiningGovernanceFindsSmelterAudits() {
    assertThat(CATALOGUE.addressing(m("tin"), Stage.REFINING, RiskCategory.SOCIO_ECONOMIC_POLITICAL))
        .extracting(Solution::id)
        .contains("rmi_rmap", "oecd_step4_third_party_audit", "diversify_sourcing_countries")
        .doesNotContain("itsci", "copper_mark");
  }

  /** Minerals the catalogue names that the mineral registry does not list yet (true scopes). */
  private static final java.util.Set<String> NOT_IN_REGISTRY = java.util.Set.of("lead", "iron_ore", "rhodium");

  @Test
  void catalogueMineralsAreKnownToTheMineralRegistry() {
    fr.vigie.engine.mineral.Minerals minerals = fr.vigie.engine.refdata.ReferenceData.loadDefault().minerals();
    for (Solution s : CATALOGUE.all()) {
      for (MineralId id : s.minerals()) {
        assertThat(minerals.find(id).isPresent() || NOT_IN_REGISTRY.contains(id.value()))
            .as("%s names %s", s.id(), id).isTrue();
      }
    }
  }

  @Test
  void unknownIdIsRefused() {
    assertThatThrownBy(() -> CATALOGUE.require("nope")).isInstanceOf(ProblemException.class)
        .hasMessage("unknown solution 'nope' (see bin/vigie solutions)");
  }

  // ------------------------------------------------------------------ malformed catalogues

  private static final String FACTORS = """
      risk_factors:
        - {id: child_labour, category: human_rights}
        - {id: water_pollution, category: environmental}
      solutions:
      """;

  private static String entry(String id, String extra) {
    return """
          - id: %s
            type: standard
            name_en: A
            name_fr: B
            description_en: C
            description_fr: D
            risk_categories: [human_rights]
            stages: [extraction]
            minerals: [all]
            horizon: short
            source: https://example.org/
            verified: true
        """.formatted(id) + extra;
  }

  private static Solutions load(String yaml) {
    return Solutions.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void minimalCatalogueLoadsAndFactorsDefaultToTheCategories() {
    Solutions s = load(FACTORS + entry("a", ""));
    assertThat(s.require("a").riskFactors()).containsExactly("child_labour");
    assertThat(s.require("a").allMinerals()).isTrue();
  }

  @Test
  void malformedEntriesNameTheEntryAndTheProblem() {
    assertThatThrownBy(() -> load(FACTORS + entry("a", "") + entry("a", "")))
        .hasMessage("test.yaml: duplicate solution id 'a'");
    assertThatThrownBy(() -> load(FACTORS + entry("a", "").replace("type: standard", "type: magic")))
        .hasMessageStartingWith("test.yaml (solution 1: a): unknown solution type 'magic'");
    assertThatThrownBy(() -> load(FACTORS + entry("a", "").replace("[extraction]", "[smelting]")))
        .hasMessageStartingWith("test.yaml (solution 1: a): unknown stage 'smelting'");
    assertThatThrownBy(() -> load(FACTORS + entry("a", "    colour: red\n")))
        .hasMessageStartingWith("test.yaml (solution 1: a): unknown field 'colour'");
    assertThatThrownBy(() -> load(FACTORS + entry("a", "    risk_factors: [water_pollution]\n")))
        .hasMessage("test.yaml: solution a: risk factor 'water_pollution' belongs to category environmental,"
            + " which the entry does not list in risk_categories");
    assertThatThrownBy(() -> load(FACTORS + entry("a", "    risk_factors: [noise]\n")))
        .hasMessage("test.yaml: solution a: unknown risk factor 'noise'");
    assertThatThrownBy(() -> load(FACTORS + entry("a", "").replace("    source: https://example.org/\n", "")))
        .hasMessage("test.yaml (solution 1: a): source is missing");
    assertThatThrownBy(() -> load(FACTORS + entry("a", "").replace("source: https://example.org/", "source: see book")))
        .hasMessageContaining("source must be a web address");
    assertThatThrownBy(() -> load(FACTORS + entry("a", "").replace("[all]", "[Cobalt!]")))
        .hasMessageContaining("invalid mineral id 'Cobalt!'");
    assertThatThrownBy(() -> load(FACTORS + entry("a", "").replace("[all]", "[]")))
        .hasMessageContaining("minerals must be [all] or a list of mineral ids");
    assertThatThrownBy(() -> load(FACTORS + entry("a", "").replace("verified: true", "verified: maybe")))
        .hasMessageContaining("verified must be true or false");
    assertThatThrownBy(() -> load(FACTORS + entry("a", "").replace("horizon: short", "horizon: soon")))
        .hasMessageContaining("unknown horizon 'soon'");
    assertThatThrownBy(() -> load("solutions: [\n")).hasMessageStartingWith("test.yaml: not valid YAML");
    assertThatThrownBy(() -> load("risk_factors: []\n")).hasMessage("test.yaml: 'solutions' must be a list");
  }
}
