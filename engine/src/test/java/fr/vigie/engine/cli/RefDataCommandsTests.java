package fr.vigie.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RefDataCommandsTests {
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = VigieCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void mineralJsonHasTheAgreedShape() {
    Run r = run("mineral", "cobalt", "--json");
    assertThat(r.exit()).isZero();
    JsonNode n = JSON.readTree(r.out());
    assertThat(n.get("id").asString()).isEqualTo("cobalt");
    assertThat(n.get("names").get("en").asString()).isEqualTo("Cobalt");
    assertThat(n.get("names").get("fr").asString()).isEqualTo("Cobalt");
    JsonNode stages = n.get("stages");
    assertThat(stages.size()).isEqualTo(2);
    JsonNode extraction = stages.get(0);
    assertThat(extraction.get("stage").asString()).isEqualTo("extraction");
    assertThat(extraction.get("year").asInt()).isEqualTo(2024);
    assertThat(extraction.get("source").asString()).isEqualTo("usgs-mcs-2025");
    List<Double> shares = new ArrayList<>();
    extraction.get("countries").forEach(c -> shares.add(c.get("share").asDouble()));
    assertThat(extraction.get("countries").get(0).get("iso3").asString()).isEqualTo("COD");
    assertThat(shares).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(stages.get(1).get("stage").asString()).isEqualTo("refining");
  }

  @Test
  void mineralTextIsReadable() {
    Run r = run("mineral", "graphite naturel");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("id: natural_graphite").contains("iso3=CHN").contains("%");
  }

  @Test
  void countryByAnyCodeOrName() {
    Run r = run("country", "ZAR", "--json");
    assertThat(r.exit()).isZero();
    JsonNode n = JSON.readTree(r.out());
    assertThat(n.get("iso3").asString()).isEqualTo("COD");
    assertThat(n.get("names").get("fr").asString()).isEqualTo("République démocratique du Congo");
    assertThat(n.get("indicators").size()).isEqualTo(13);
    assertThat(n.get("production").get(0).get("mineral").asString()).isEqualTo("cobalt");
  }

  @Test
  void unknownIdsExitWithCode2AndOneLine() {
    Run r = run("country", "Atlantis");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("vigie: unknown country 'Atlantis' (use an ISO 3166-1 code or a known name)" + System.lineSeparator());
    Run m = run("mineral", "unobtainium");
    assertThat(m.exit()).isEqualTo(2);
    assertThat(m.err()).startsWith("vigie: unknown mineral 'unobtainium'");
  }

  @Test
  void dataCheckReportsCoverage() {
    Run r = run("data", "check", "--json");
    assertThat(r.exit()).isZero();
    JsonNode n = JSON.readTree(r.out());
    assertThat(n.get("status").asString()).isEqualTo("valid");
    assertThat(n.get("countries").get("with_names").get("en").asInt()).isEqualTo(249);
    assertThat(n.get("countries").get("with_names").get("fr").asInt()).isEqualTo(249);
    assertThat(n.get("minerals").get("with_production_data").asInt()).isGreaterThanOrEqualTo(20);
    assertThat(n.get("countries_with_indicators_per_category").get("environmental").asInt()).isGreaterThanOrEqualTo(150);
  }

  @Test
  void mineralsListsEveryMineral() {
    Run r = run("minerals", "--json");
    assertThat(r.exit()).isZero();
    assertThat(JSON.readTree(r.out()).size()).isGreaterThanOrEqualTo(27);
  }
}
