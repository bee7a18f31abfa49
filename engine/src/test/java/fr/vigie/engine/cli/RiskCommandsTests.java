package fr.vigie.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** The risk parts of the command line: exit codes, JSON shapes, errors naming file and line. */
class RiskCommandsTests {
  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = VigieCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  @SuppressWarnings("unchecked")
  void countryJsonHasRiskPerCategory() {
    Run r = run("country", "COD", "--json");
    assertThat(r.code()).isZero();
    Map<String, Object> v = JSON.readValue(r.out(), Map.class);
    Map<String, Object> risk = (Map<String, Object>) v.get("risk");
    assertThat(risk.get("methodology")).isEqualTo("vigie-default 1.0.0");
    for (String c : List.of("environmental", "human_rights", "socio_economic_political")) {
      Map<String, Object> cat = (Map<String, Object>) risk.get(c);
      assertThat(cat).containsKeys("score", "level", "contributions", "missing");
    }
    assertThat(((Map<String, Object>) risk.get("human_rights")).get("level")).isEqualTo("very_high");
  }

  @Test
  @SuppressWarnings("unchecked")
  void countryJsonShowsTheCobaltChildLabourFlagTheCahraListingAndConflictYears() {
    Run r = run("country", "CD", "--json");
    assertThat(r.code()).isZero();
    Map<String, Object> v = JSON.readValue(r.out(), Map.class);
    List<Map<String, Object>> flags = (List<Map<String, Object>>) v.get("labour_flags");
    assertThat(flags).anySatisfy(f -> {
      assertThat(f.get("good")).isEqualTo("Cobalt ore (heterogenite)");
      assertThat(f.get("mineral")).isEqualTo("cobalt");
      assertThat(f.get("child_labour")).isEqualTo(true);
      assertThat(f.get("forced_labour")).isEqualTo(false);
      assertThat(f.get("source")).isEqualTo("ilab-goods-2022");
    });
    Map<String, Object> cahra = (Map<String, Object>) v.get("cahra");
    assertThat(cahra.get("listed")).isEqualTo(true);
    assertThat(cahra.get("source")).isEqualTo("eu-cahra-2026");
    assertThat(cahra.get("as_of")).isEqualTo("2026-06-28");
    assertThat((List<Object>) cahra.get("regions")).hasSize(26);
    Map<String, Object> conflicts = (Map<String, Object>) v.get("conflict_years");
    assertThat(conflicts.get("latest_year")).isEqualTo(2024);
    assertThat((List<Map<String, Object>>) conflicts.get("years"))
        .anySatisfy(y -> assertThat(y).containsEntry("year", 2024).containsEntry("max_intensity", 1));
  }

  @Test
  @SuppressWarnings("unchecked")
  void myanmarAndRussiaAreCahraListedFranceIsNot() {
    for (String[] c : new String[][] {{"MM", "true"}, {"RU", "true"}, {"FR", "false"}}) {
      Map<String, Object> v = JSON.readValue(run("country", c[0], "--json").out(), Map.class);
      assertThat(((Map<String, Object>) v.get("cahra")).get("listed")).as(c[0]).isEqualTo(Boolean.valueOf(c[1]));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void australiaUnderRecord2023IsNotLowInEveryCategory() {
    Run r = run("country", "AU", "--method", "record-2023", "--json");
    assertThat(r.code()).isZero();
    Map<String, Object> risk = (Map<String, Object>) JSON.readValue(r.out(), Map.class).get("risk");
    assertThat(risk.get("methodology")).isEqualTo("record-2023 1.0.0");
    List<String> levels = List.of("environmental", "human_rights", "socio_economic_political").stream()
        .map(c -> (String) ((Map<String, Object>) risk.get(c)).get("level")).toList();
    assertThat(levels).doesNotContain("low", "very_low");
    // the default methodology rates Australia very low on human rights
    Map<String, Object> byDefault = (Map<String, Object>) JSON.readValue(run("country", "AU", "--json").out(), Map.class).get("risk");
    assertThat(((Map<String, Object>) byDefault.get("human_rights")).get("level")).isEqualTo("very_low");
  }

  @Test
  void anUnknownMethodologyNameIsAMissingFile() {
    Run r = run("country", "AU", "--method", "record-2099");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("record-2099");
  }

  @Test
  void countryExplainPrintsTheTree() {
    Run r = run("country", "France", "--explain");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("explanation:").contains("country FRA: methodology=vigie-default 1.0.0")
        .contains("wgi_va: raw=");
  }

  @Test
  @SuppressWarnings("unchecked")
  void mineralJsonHasStageRisks() {
    Run r = run("mineral", "cobalt", "--json");
    assertThat(r.code()).isZero();
    Map<String, Object> v = JSON.readValue(r.out(), Map.class);
    List<Map<String, Object>> stages = new java.util.ArrayList<>((List<Map<String, Object>>) v.get("stages"));
    assertThat(stages).extracting(s -> s.get("stage")).containsExactly("extraction", "refining");
    List<Map<String, Object>> others = (List<Map<String, Object>>) v.get("other_stage_risks");
    assertThat(others).extracting(s -> s.get("stage")).containsExactly("pre_treatment");
    assertThat((String) others.get(0).get("shares")).startsWith("extraction shares (proxy)");
    stages.addAll(others);
    for (Map<String, Object> s : stages) {
      assertThat(s).containsKeys("hhi", "country_risk", "process_risk", "stage_risk");
      assertThat((Map<String, Object>) s.get("stage_risk")).containsKeys("score", "level");
    }
  }

  @Test
  void aCustomMethodologyChangesTheScoresAndItsIdIsShown() throws IOException {
    String yaml = new String(getClass().getResourceAsStream("/fr/vigie/engine/risk/methodology-default.yaml").readAllBytes())
        .replace("id: vigie-default", "id: strict").replace("combination: weighted_mean", "combination: max")
        .replace("aggregation: weighted_mean", "aggregation: geometric_mean");
    Path m = dir.resolve("strict.yaml");
    Files.writeString(m, yaml);
    Run r = run("mineral", "cobalt", "--method", m.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("risk_methodology: strict 1.0.0");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aUsersOwnIndicatorCountsInTheCountryRisk() throws IOException {
    Files.writeString(dir.resolve("ituc.csv"), "country,value,year\nCongo - Kinshasa,5,2024\nFRA,2,2024\n");
    String yaml = new String(getClass().getResourceAsStream("/fr/vigie/engine/risk/methodology-default.yaml").readAllBytes())
        .replace("id: vigie-default", "id: with-ituc")
        .replace("      - {id: fh_cl,", "      - {id: ituc, weight: 1, orientation: higher_is_worse, scale: {min: 1, max: 6}}\n      - {id: fh_cl,")
        + "custom_indicators:\n  - {id: ituc, name: ITUC Global Rights Index, source: ITUC 2024, file: ituc.csv}\n";
    Path m = dir.resolve("with-ituc.yaml");
    Files.writeString(m, yaml);
    Run r = run("country", "COD", "--json", "--method", m.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, Object> risk = (Map<String, Object>) JSON.readValue(r.out(), Map.class).get("risk");
    assertThat(risk.get("methodology")).isEqualTo("with-ituc 1.0.0");
    List<Map<String, Object>> contributions =
        (List<Map<String, Object>>) ((Map<String, Object>) risk.get("human_rights")).get("contributions");
    // ITUC 5 on 1..6, higher worse: (5 - 1) / 5 = 0.8
    assertThat(contributions).anySatisfy(c -> {
      assertThat(c.get("indicator")).isEqualTo("ituc");
      assertThat(((Number) c.get("normalised")).doubleValue()).isEqualTo(0.8);
      assertThat(c.get("source")).isEqualTo("ITUC 2024");
    });
    // a country absent from the user's file lists the indicator as missing
    Run cl = run("country", "CHL", "--json", "--method", m.toString());
    Map<String, Object> chl = (Map<String, Object>) JSON.readValue(cl.out(), Map.class).get("risk");
    assertThat((List<String>) ((Map<String, Object>) chl.get("human_rights")).get("missing")).containsExactly("ituc");
  }

  @Test
  void aBadMethodologyIsRefusedWithFileAndLine() throws IOException {
    Path m = dir.resolve("bad.yaml");
    Files.writeString(m, MethodologyText.WITH_NEGATIVE_WEIGHT);
    Run r = run("country", "COD", "--method", m.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("vigie: " + m + ":6:").contains("must be > 0");
  }

  @Test
  @SuppressWarnings("unchecked")
  void supplyRiskJsonListsStagesAndGrossRisk() {
    Run r = run("supply-risk", "--json");
    assertThat(r.code()).isZero();
    List<Map<String, Object>> rows = JSON.readValue(r.out(), List.class);
    Map<String, Object> cobalt = rows.stream().filter(x -> x.get("id").equals("cobalt")).findFirst().orElseThrow();
    List<Map<String, Object>> stages = (List<Map<String, Object>>) cobalt.get("stages");
    assertThat(stages).extracting(s -> s.get("stage")).containsExactly("extraction", "refining");
    assertThat(stages.get(0)).containsKeys("hhi", "hhi_wgi");
    double max = stages.stream().mapToDouble(s -> ((Number) s.get("hhi_wgi")).doubleValue()).max().orElseThrow();
    assertThat(((Number) cobalt.get("gross_supply_risk")).doubleValue()).isEqualTo(max);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void geopolriskPrintsHhiImportRiskAndScore() throws IOException {
    Path csv = dir.resolve("imports.csv");
    Files.writeString(csv, "country,quantity_t\nCOD,600\n\"Congo, D.R.\",100\nChina,50\n");
    Run r = run("geopolrisk", "--material", "cobalt", "--year", "2024", "--importer", "none", "--imports", csv.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("hhi: ").contains("import_risk: ").contains("score: ");
  }

  @Test
  void geopolriskRefusesBadQuantitiesUnknownYearsAndCountries() throws IOException {
    Path csv = dir.resolve("imports.csv");
    Files.writeString(csv, "country,quantity_t\nCOD,600\nChina,lots\n");
    Run bad = run("geopolrisk", "--material", "cobalt", "--year", "2024", "--importer", "FRA", "--imports", csv.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("vigie: " + csv + ":3 (quantity_t): column 'quantity_t' is not a number: 'lots'\n");
    Files.writeString(csv, "country,quantity_t\nCOD,600\n");
    Run year = run("geopolrisk", "--material", "cobalt", "--year", "1990", "--importer", "none", "--imports", csv.toString());
    assertThat(year.code()).isEqualTo(2);
    assertThat(year.err()).contains("for year 1990");
    Run importer = run("geopolrisk", "--material", "cobalt", "--year", "2024", "--importer", "Atlantis", "--imports", csv.toString());
    assertThat(importer.code()).isEqualTo(2);
    assertThat(importer.err()).contains("unknown country 'Atlantis'");
  }

  /** A methodology whose first weight (line 6) is negative. */
  static final class MethodologyText {
    static final String WITH_NEGATIVE_WEIGHT = """
        id: bad
        version: 1.0.0
        categories:
          environmental:
            indicators:
              - {id: epi, weight: -2, orientation: higher_is_better, scale: {min: 0, max: 100}}
          human_rights:
            indicators:
              - {id: wgi_va, weight: 1, orientation: higher_is_better, scale: {min: -2.5, max: 2.5}}
          socio_economic_political:
            indicators:
              - {id: fsi_total, weight: 1, orientation: higher_is_worse, scale: {min: 0, max: 120}}
        """;
  }
}
