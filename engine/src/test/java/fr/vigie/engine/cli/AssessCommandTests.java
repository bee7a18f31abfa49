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
}
