package fr.vigie.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vigie assess}: outputs, formats and the user's errors. */
class AssessCommandTests {
  private record Run(int exit, String out, String err) {}

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final String PROFILE = ROOT.resolve("examples/profiles/french-industrial-group.yaml").toString();
  static final String LEDGER = ROOT.resolve("examples/ledgers/groupe-industriel.csv").toString();

  @TempDir Path dir;

  private static Run run(String... args) {
    CommandLine cl = VigieCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void textSummaryWithoutOut() {
    Run r = run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Assessment of Groupe Industriel Exemple SA on 2026-11-30")
        .contains("Supply chains by priority").contains("Roadmap");
  }

  @Test
  void theBuiltInRecord2023MethodologyIsSelectedByIdAndStoredInTheResult() throws IOException {
    Path out = dir.resolve("record.json");
    Run r = run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30",
        "--method", "record-2023", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String json = Files.readString(out);
    assertThat(json).contains("record-2023");
    // a built-in methodology is not an input file: no hash of it among the inputs
    JsonNode a = JsonMapper.builder().build().readTree(json);
    assertThat(a.get("provenance").get("inputs").valueStream().map(i -> i.get("role").asString()))
        .containsExactly("profile", "ledger");
  }

  @Test
  void textSummaryInFrench() {
    Run r = run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30", "--lang", "fr");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Évaluation de Groupe Industriel Exemple SA au 2026-11-30")
        .contains("Filières par priorité").contains("   - rang 1 sur ").contains("Feuille de route")
        .doesNotContain("rank 1 of");
  }

  @Test
  void reportsInTheThreeFormats() throws IOException {
    for (String name : new String[] {"r.json", "r.html", "r.xlsx"}) {
      Path out = dir.resolve(name);
      Run r = run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30",
          "--scenario", ROOT.resolve("examples/scenarios/cobalt-finland.yaml").toString(), "--out", out.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(Files.size(out)).isPositive();
    }
    // the JSON of --out keeps the stored form's field names, with its texts rendered in --lang
    JsonNode a = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("r.json")));
    assertThat(a.get("provenance").get("inputs").valueStream().map(i -> i.get("role").asString()))
        .containsExactly("profile", "ledger", "scenario");
    assertThat(a.get("provenance").get("inputs").get(1).get("sha256").asString()).hasSize(64);
    assertThat(a.get("filieres").get(0).get("reasons").get(0).asString()).startsWith("rank 1 of ");
    assertThat(a.get("filieres").get(0).get("name").asString()).isEqualTo("Copper");
    assertThat(a.get("scenario").isObject()).isTrue();
    // no temporary file is left beside the reports
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("r.json", "r.html", "r.xlsx");
    }
    Path fr = Files.createTempDirectory("vigie-fr").resolve("fr.json");
    assertThat(run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30", "--lang", "fr",
        "--out", fr.toString()).exit()).isZero();
    String french = Files.readString(fr);
    assertThat(french).doesNotContain("_fr\"").doesNotContain("??");
    JsonNode f = JsonMapper.builder().build().readTree(french);
    assertThat(f.get("filieres").get(0).get("reasons").get(0).asString()).startsWith("rang 1 sur ");
    assertThat(f.get("filieres").get(0).get("name").asString()).isEqualTo("Cuivre");
  }

  @Test
  void usersErrorsAreOneLineWithExitCode2() throws IOException {
    Path badProfile = dir.resolve("p.yaml");
    Files.writeString(badProfile, "name: X\nheadquarters: Atlantis\n");
    assertError(run("assess", "--profile", badProfile.toString(), "--ledger", LEDGER), "p.yaml:2");

    Path badLedger = dir.resolve("l.csv");
    Files.writeString(badLedger, "item,material,mass_kg\nA,cobalt,-5\nB,unobtainium,3\n");
    assertError(run("assess", "--profile", PROFILE, "--ledger", badLedger.toString()),
        "l.csv: refused, 2 error(s) on 2 line(s)");

    Path emptyLedger = dir.resolve("e.csv");
    Files.writeString(emptyLedger, "");
    assertError(run("assess", "--profile", PROFILE, "--ledger", emptyLedger.toString()), "e.csv: the file is empty");

    Path badScenario = dir.resolve("s.yaml");
    Files.writeString(badScenario, "name: x\nfilieres:\n  cobalt:\n    recycled_share: 2\n");
    assertError(run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--scenario", badScenario.toString()),
        "s.yaml:4 (recycled_share): recycled_share must be between 0 and 1");

    assertError(run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--date", "30/11/2026"),
        "--date: '30/11/2026' is not a date");
    assertError(run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--lang", "de"),
        "--lang: 'de' is not a language of this command (fr, en)");
    Path pdf = dir.resolve("r.pdf");
    assertError(run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--out", pdf.toString()),
        "unknown report format");
    assertThat(Files.exists(pdf)).isFalse();
    try (var s = Files.list(dir)) {
      assertThat(s.filter(p -> p.getFileName().toString().startsWith(".vigie-report-"))).isEmpty();
    }
    assertError(run("assess", "--profile", dir.resolve("none.yaml").toString(), "--ledger", LEDGER), "none.yaml");
  }

  @Test
  void theOecdStepsFileClosesTheGapsOfItsEvidencedSubSteps() throws IOException {
    // examples/steps/oecd-steps.csv: cobalt's 1.D (engagement with suppliers) implemented with one
    // piece of evidence, company-wide 5.A (annual report) too; tin's 1.D not applicable
    Path with = dir.resolve("with.json");
    Path without = dir.resolve("without.json");
    Run r = run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30",
        "--steps", ROOT.resolve("examples/steps/oecd-steps.csv").toString(), "--out", with.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30",
        "--out", without.toString()).exit()).isZero();
    JsonNode a = JsonMapper.builder().build().readTree(Files.readString(with));
    JsonNode b = JsonMapper.builder().build().readTree(Files.readString(without));
    assertThat(a.get("provenance").get("inputs").valueStream().map(i -> i.get("role").asString()))
        .containsExactly("profile", "ledger", "oecd_steps");
    assertThat(inPlace(b, "cobalt", "supplier_engagement")).isFalse();
    assertThat(inPlace(a, "cobalt", "supplier_engagement")).isTrue();
    assertThat(inPlace(a, "copper", "supplier_engagement")).isFalse();

    Path bad = dir.resolve("steps.csv");
    Files.writeString(bad, "scope,code,status,evidence\ncompany,1a,done,1\n");
    assertError(run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--steps", bad.toString()),
        "steps.csv:2 (status)");
  }

  private static boolean inPlace(JsonNode a, String material, String id) {
    for (JsonNode f : a.get("filieres")) {
      if (f.get("material").asString().equals(material)) {
        for (JsonNode r : f.get("recommendations")) {
          if (r.get("id").asString().equals(id)) {
            return r.get("in_place").asBoolean();
          }
        }
      }
    }
    throw new AssertionError(material + " has no recommendation " + id);
  }

  private static void assertError(Run r, String message) {
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("vigie: ").contains(message);
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void declarationsFolderFeedsTheRefiningMix() throws IOException {
    Path decl = dir.resolve("decl");
    assertThat(run("declarations", "generate", "--count", "2", "--out", decl.toString(), "--min-rows", "5",
        "--max-rows", "10", "--clean").exit()).isZero();
    Path out = dir.resolve("r.json");
    Run r = run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30",
        "--declarations", decl.toString(), "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode a = JsonMapper.builder().build().readTree(Files.readString(out));
    assertThat(a.get("provenance").get("inputs").valueStream().filter(i -> i.get("role").asString().equals("declaration")))
        .hasSize(2);
    // the generated declarations list tin and tungsten smelters, among others: those filieres say so
    assertThat(a.get("filieres").valueStream()).anyMatch(x -> x.get("declared_refining").asBoolean());
  }

  @Test
  void smelterListFillsTheAuditStatuses() throws IOException {
    // One generated CMRT (clean). The test's smelter list marks every tin smelter it reports
    // conformant, one tungsten smelter (the ledger buys tungsten) non-conformant, the others active.
    // Known answers (docs/assessment.md, "Smelter audit statuses" and "Known refiners"): one
    // smelter_audit alert, for tungsten; tin's conformant share c = 1, so the human-rights and
    // socio-economic extraction scores of tin are multiplied by 1 - 0.5 x 1 = 0.5, the environmental
    // one unchanged.
    Path decl = dir.resolve("decl");
    assertThat(run("declarations", "generate", "--count", "1", "--out", decl.toString(), "--min-rows", "30",
        "--max-rows", "40", "--clean").exit()).isZero();
    Path consolidated = dir.resolve("c.json");
    Run c = run("declarations", "consolidate", decl.toString(), "--out", consolidated.toString());
    assertThat(c.exit()).as(c.err()).isZero();
    JsonNode smelters = JsonMapper.builder().build().readTree(Files.readString(consolidated)).get("smelters");
    StringBuilder list = new StringBuilder("Metal,Smelter ID,Standard Smelter Name,Country Location,RMAP Status\n");
    String failed = null;
    int tin = 0;
    for (JsonNode s : smelters) {
      if (s.get("smelter_id").isNull() || s.get("country").isNull()) {
        continue;
      }
      String metal = s.get("metal").asString();
      String status = "Active";
      if (metal.equals("tin")) {
        status = "Conformant";
        tin++;
      } else if (metal.equals("tungsten") && failed == null) {
        status = "Non-Conformant";
        failed = s.get("smelter_id").asString();
      }
      list.append(String.join(",", metal, s.get("smelter_id").asString(), "\"" + s.get("name").asString() + "\"",
          s.get("country").asString(), status)).append('\n');
    }
    assertThat(tin).as("tin smelters reported").isPositive();
    assertThat(failed).as("a tungsten smelter reported").isNotNull();
    Path rmi = dir.resolve("rmi.csv");
    Files.writeString(rmi, list.toString());

    Path without = dir.resolve("without.json");
    Path with = dir.resolve("with.json");
    Run a = run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30",
        "--declarations", decl.toString(), "--out", without.toString());
    assertThat(a.exit()).as(a.err()).isZero();
    Run b = run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--date", "2026-11-30",
        "--declarations", decl.toString(), "--smelters", rmi.toString(), "--out", with.toString());
    assertThat(b.exit()).as(b.err()).isZero();
    JsonNode before = JsonMapper.builder().build().readTree(Files.readString(without));
    JsonNode after = JsonMapper.builder().build().readTree(Files.readString(with));

    assertThat(before.get("alerts").valueStream().filter(x -> x.get("kind").asString().equals("smelter_audit"))).isEmpty();
    assertThat(after.get("alerts").valueStream().filter(x -> x.get("kind").asString().equals("smelter_audit")))
        .singleElement().satisfies(x -> assertThat(x.get("material").asString()).isEqualTo("tungsten"));
    assertThat(after.get("provenance").get("inputs").valueStream().map(i -> i.get("role").asString()))
        .contains("smelters");
    JsonNode cb = extraction(before, "tin");
    JsonNode ca = extraction(after, "tin");
    for (String cat : new String[] {"human_rights", "socio_economic_political", "environmental"}) {
      double x = category(cb, cat);
      double y = category(ca, cat);
      assertThat(y).as(cat).isCloseTo(cat.equals("environmental") ? x : 0.5 * x,
          org.assertj.core.api.Assertions.within(1e-9));
    }
    assertThat(category(cb, "human_rights")).isPositive();

    Run alone = run("assess", "--profile", PROFILE, "--ledger", LEDGER, "--smelters", rmi.toString());
    assertThat(alone.exit()).isNotZero();
    assertThat(alone.err()).contains("--smelters");
  }

  private static JsonNode extraction(JsonNode assessment, String material) {
    JsonNode f = assessment.get("filieres").valueStream().filter(x -> x.get("material").asString().equals(material))
        .findFirst().orElseThrow();
    return f.get("stages").valueStream().filter(x -> x.get("stage").asString().equals("extraction")).findFirst()
        .orElseThrow().get("categories");
  }

  private static double category(JsonNode categories, String id) {
    return categories.valueStream().filter(x -> x.get("category").asString().equals(id)).findFirst().orElseThrow()
        .get("score").asDouble();
  }
}
