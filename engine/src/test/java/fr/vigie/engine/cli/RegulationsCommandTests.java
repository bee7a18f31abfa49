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

class RegulationsCommandTests {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = VigieCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private static final String PROFILE = "../examples/profiles/german-battery-maker.yaml";

  @Test
  @SuppressWarnings("unchecked")
  void jsonListsEveryTextWithOutcomeSourceAndAsOf() {
    assertThat(run("regulations", "--profile", PROFILE, "--date", "2026-11-30", "--json")).isZero();
    List<Map<String, Object>> list = JsonMapper.builder().build().readValue(out.toString(), List.class);
    assertThat(list).hasSize(16);
    Map<String, Object> batteries =
        list.stream().filter(m -> m.get("id").equals("eu-batteries")).findFirst().orElseThrow();
    assertThat(batteries)
        .containsEntry("outcome", "applies")
        .containsEntry("applies_from", "2027-08-18")
        .containsEntry("as_of", "2026-11-30")
        .containsEntry("source", "https://eur-lex.europa.eu/eli/reg/2023/1542/oj")
        .containsEntry("name", "EU Batteries Regulation, battery due diligence")
        .containsKeys("names", "reasons", "obligations", "missing_facts", "status")
        .doesNotContainKeys("name_en", "name_fr", "reasons_fr");
    assertThat((Map<String, Object>) batteries.get("names"))
        .containsEntry("fr", "Règlement européen relatif aux batteries, devoir de diligence");
    assertThat((List<Object>) batteries.get("obligations")).hasSize(5);
    Map<String, Object> csrd =
        list.stream().filter(m -> m.get("id").equals("eu-csrd")).findFirst().orElseThrow();
    assertThat(csrd).containsEntry("outcome", "does_not_apply").containsEntry("applies_from", null);
  }

  @Test
  void textShowsSourceAndAsOfForEveryText() {
    assertThat(run("regulations", "--profile", PROFILE, "--date", "2026-11-30")).isZero();
    String text = out.toString();
    assertThat(text).contains("APPLIES from 2027-08-18");
    assertThat(text.split("\n")).filteredOn(l -> l.startsWith("  source: ")).hasSize(16)
        .allMatch(l -> l.matches(".*\\(as of 2026-1[12]-\\d\\d.*"));
  }

  @Test
  void langFrGivesFrenchReasons() {
    assertThat(run("regulations", "--profile", PROFILE, "--date", "2026-11-30", "--lang", "fr")).isZero();
    String text = out.toString();
    assertThat(text).contains("  - rempli\u00a0: met des batteries sur le marché de l'UE\n")
        .contains("  - obligations applicables à partir du 18 août 2027 (après la date de référence"
            + " du 30 novembre 2026)\n")
        .doesNotContain("  - applies: ");
    // the report's own headings and labels are French too
    assertThat(text).startsWith("Réglementations pour ").contains("  NE S'APPLIQUE PAS  (", "; statut au 2026-11-30 : ",
            "  source : ", " s'appliquent, ")
        .doesNotContain("Regulations for", "DOES NOT APPLY", "status on", "  source: ", "as of");
  }

  @Test
  void langMustBeALanguageCode() {
    assertThat(run("regulations", "--profile", PROFILE, "--lang", "french")).isEqualTo(2);
    assertThat(err.toString()).contains("--lang: 'french' is not a language code (en or fr)");
  }

  @Test
  void unknownFieldsGoToStderrAsWarnings(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("p.yaml");
    Files.writeString(p, "name: A\nheadcount: 3\n");
    assertThat(run("regulations", "--profile", p.toString(), "--date", "2026-11-30")).isZero();
    assertThat(err.toString()).contains("vigie: warning: " + p + ":2 (headcount): unknown field 'headcount'");
    assertThat(out.toString()).contains("CANNOT TELL");
  }

  @Test
  void badInputExitsWithTwoAndOneLine(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("p.yaml");
    Files.writeString(p, "name: A\nemployees: {FR: -3}\n");
    assertThat(run("regulations", "--profile", p.toString())).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo(
        "vigie: " + p + ":2 (employees.FR): key 'employees.FR' must be zero or more, not -3");
    assertThat(run("regulations", "--profile", PROFILE, "--date", "30/11/2026")).isEqualTo(2);
    assertThat(err.toString()).contains("--date: '30/11/2026' is not a date (yyyy-mm-dd)");
    assertThat(run("regulations")).isEqualTo(2);
    assertThat(err.toString()).contains("--profile <file> is required");
  }

  @Test
  void problemsAreRenderedInTheLanguageOfLang(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("p.yaml");
    Files.writeString(p, "name: A\nemployees: {FR: -3}\n");
    assertThat(run("regulations", "--profile", p.toString(), "--lang", "fr")).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo(
        "vigie: " + p + ", ligne 2 (employees.FR) : la clé « employees.FR » doit être positive ou nulle, pas -3");
  }

  @Test
  void listShowsTheCatalogue() {
    assertThat(run("regulations", "list", "--date", "2026-11-30")).isZero();
    assertThat(out.toString()).contains("16 texts").contains("eu-conflict-minerals").contains("turnover_eur_at_least=40000000");
  }

  @Test
  void overrideDirectoryChangesTheAnswer(@TempDir Path dir) throws IOException {
    String text;
    try (var in = getClass().getResourceAsStream("/fr/vigie/engine/regulation/eu-batteries.yaml")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("eu-batteries.yaml"), text.replace("40_000_000", "200_000_000"));
    assertThat(run("regulations", "--profile", PROFILE, "--date", "2026-11-30", "--json",
        "--regulations", dir.toString())).isZero();
    assertThat(out.toString()).contains("EUR 180 m net turnover < EUR 200 m");
  }

  @Test
  @SuppressWarnings("unchecked")
  void changesSinceADateListTheDataChangesWithTheirSources() {
    assertThat(run("regulations", "changes", "--since", "2026-12-01")).isZero();
    String text = out.toString();
    assertThat(text).contains("2026-12-04  eu-crma", "[moved_date]", "24 May 2027",
        "2026-12-04  ch-ddtro", "[new_text]", "source: https://")
        .doesNotContain("2025-07-31  eu-batteries");
    out.getBuffer().setLength(0);
    assertThat(run("regulations", "changes", "--since", "2025-01-01", "--json", "--lang", "fr")).isZero();
    List<Map<String, Object>> list = JsonMapper.builder().build().readValue(out.toString(), List.class);
    assertThat(list).anySatisfy(m -> assertThat(m)
        .containsEntry("date", "2025-07-31").containsEntry("text", "eu-batteries")
        .containsEntry("kind", "moved_date").containsKeys("change", "changes", "source", "verified", "name"));
    assertThat(list).allSatisfy(m -> assertThat((String) m.get("date")).isGreaterThanOrEqualTo("2025-01-01"));
  }

  @Test
  void changesNeedsADate() {
    assertThat(run("regulations", "changes")).isNotZero();
    assertThat(run("regulations", "changes", "--since", "yesterday")).isNotZero();
  }
}
