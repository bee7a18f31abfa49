package fr.vigie.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The ledger, generator and solutions commands: outputs and exit codes. */
class LedgerCommandsTests {
  private record Run(int exit, String out, String err) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

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
  void generatedLedgerPassesTheCheck() throws IOException {
    Path f = dir.resolve("gen.csv");
    Run g = run("generate-ledger", "--lines", "50", "--seed", "3", "--out", f.toString());
    assertThat(g.exit()).isZero();
    assertThat(Files.readAllLines(f)).hasSize(51);
    Run c = run("ledger", "check", f.toString(), "--json");
    assertThat(c.exit()).isZero();
    JsonNode n = JSON.readTree(c.out());
    assertThat(n.get("status").asString()).isEqualTo("accepted");
    assertThat(n.get("lines").asLong()).isEqualTo(50);
    long sum = 0;
    for (JsonNode fil : n.get("filieres")) {
      sum += fil.get("lines").asLong();
    }
    assertThat(sum).isEqualTo(50);
    assertThat(run("ledger", "check", f.toString(), "--threads", "2", "--json").out()).isEqualTo(c.out());
    assertThat(run("ledger", "check", f.toString(), "--threads", "0").err())
        .contains("the number of threads must be at least 1, got 0");
    Path fr = dir.resolve("gen-fr.csv");
    assertThat(run("generate-ledger", "--lines", "50", "--seed", "3", "--french", "--out", fr.toString()).exit()).isZero();
    Run cfr = run("ledger", "check", fr.toString(), "--json");
    // same seed, other layout: the same ledger
    assertThat(JSON.readTree(cfr.out()).get("filieres")).isEqualTo(n.get("filieres"));
  }

  @Test
  void exampleLedgersOfTheRepositoryAreAccepted() {
    // the tests run in engine/; the examples sit at the repository root
    Path examples = Path.of("..", "examples");
    Run en = run("ledger", "check", examples.resolve("ledger.csv").toString(), "--json");
    assertThat(en.exit()).as(en.err()).isZero();
    JsonNode n = JSON.readTree(en.out());
    assertThat(n.get("lines").asLong()).isEqualTo(12);
    assertThat(n.get("filieres").get(0).get("material").asString()).isEqualTo("copper");
    Run fr = run("ledger", "check", examples.resolve("achats-fr.csv").toString(), "--json");
    assertThat(fr.exit()).as(fr.err()).isZero();
    assertThat(JSON.readTree(fr.out()).get("lines").asLong()).isEqualTo(4);
  }

  @Test
  void refusedLedgerPrintsItsErrorsAndExitsWithTwo() throws IOException {
    Path f = Files.writeString(dir.resolve("bad.csv"), "item;matière;masse_kg\na;cuivre;1,5\nb;lead-ish;2\n");
    Run r = run("ledger", "check", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("REFUSED: 1 errors on 1 lines; nothing imported")
        .contains("line 3, material: unknown mineral 'lead-ish'");
    Run skip = run("ledger", "check", f.toString(), "--skip-invalid");
    assertThat(skip.exit()).isZero();
    assertThat(skip.out()).contains("accepted: 1 lines; skipped 1 invalid lines (1 errors)").contains("copper");
  }

  @Test
  void structuralProblemsAreOneLineErrors() throws IOException {
    Run missing = run("ledger", "check", dir.resolve("nope.csv").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).startsWith("vigie: nope.csv: file not found");
    Path f = Files.writeString(dir.resolve("ok.csv"), "item,material,mass_kg\na,copper,1\n");
    Run big = run("ledger", "check", f.toString(), "--max-size", "10");
    assertThat(big.exit()).isEqualTo(2);
    assertThat(big.err()).contains("above the 10-byte limit");
    assertThat(run("ledger", "check", f.toString(), "--max-size", "ten").err())
        .contains("--max-size: 'ten' is not a size");
    Run mapped = run("ledger", "check", f.toString(), "--map", "material=Metal");
    assertThat(mapped.err()).contains("the mapping names the header 'Metal'");
  }

  @Test
  void solutionsAreFilteredAndUnknownMineralsRefused() {
    Run r = run("solutions", "--mineral", "Cobalt", "--stage", "extraction", "--category", "human_rights", "--json");
    assertThat(r.exit()).isZero();
    JsonNode n = JSON.readTree(r.out());
    java.util.List<String> ids = new java.util.ArrayList<>();
    n.get("solutions").forEach(s -> ids.add(s.get("id").asString()));
    assertThat(ids).contains("fair_cobalt_alliance", "better_mining").doesNotContain("asi", "lbma_responsible_gold");
    assertThat(run("solutions", "--lang", "fr", "--type", "sobriety").out()).contains("Substituer un minerai");
    Run bad = run("solutions", "--mineral", "plutonium");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("vigie: unknown mineral 'plutonium'");
  }
}
