package fr.vigie.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.declaration.validate.DeclarationBatch;
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

/** The command line: generate, read (text and JSON), consolidate, on real reference data. */
class DeclarationsCommandTests {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = VigieCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void generateReadAndConsolidate() throws Exception {
    Path in = dir.resolve("in");
    assertThat(run("declarations", "generate", "--count", "8", "--out", in.toString(), "--seed", "5",
        "--min-rows", "5", "--max-rows", "9").code()).isZero();
    List<Path> files = DeclarationBatch.files(in);
    assertThat(files).hasSize(8);
    Path bad = Files.writeString(in.resolve("zz-bad.xlsx"), "not a workbook");

    Run read = run("declarations", "read", files.get(0).toString(), bad.toString(), "--json");
    assertThat(read.code()).isZero();
    List<Map<String, Object>> docs = JsonMapper.builder().build().readValue(read.out(), List.class);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0)).containsEntry("template", "CMRT").containsEntry("version", "6.01").containsKey("company");
    List<Map<String, Object>> smelters = (List<Map<String, Object>>) docs.get(0).get("smelters");
    assertThat(smelters).isNotEmpty().allSatisfy(s -> assertThat(s).containsKeys("metal", "name", "country", "smelter_id"));
    assertThat(smelters.get(0).get("country").toString()).matches("[A-Z]{3}");
    assertThat(docs.get(1)).containsEntry("readable", false).containsEntry("template", null);
    List<Map<String, Object>> findings = (List<Map<String, Object>>) docs.get(1).get("findings");
    assertThat(findings.get(0)).containsEntry("severity", "error").containsEntry("rule", "not-excel")
        .containsEntry("message", "not an Excel workbook (.xlsx or .xls)")
        .containsEntry("messages", Map.of("en", "not an Excel workbook (.xlsx or .xls)",
            "fr", "ce n'est pas un classeur Excel (.xlsx ou .xls)"))
        .doesNotContainKey("message_fr");

    Run french = run("declarations", "read", bad.toString(), "--json", "--lang", "fr");
    List<Map<String, Object>> frDocs = JsonMapper.builder().build().readValue(french.out(), List.class);
    Map<String, Object> frFinding = ((List<Map<String, Object>>) frDocs.get(0).get("findings")).get(0);
    assertThat(frFinding).containsEntry("message", "ce n'est pas un classeur Excel (.xlsx ou .xls)");

    Run text = run("declarations", "read", files.get(1).toString(), "--lang", "fr");
    assertThat(text.out()).contains("CMRT 6.1").contains("ligne de fonderie").doesNotContain("??");
    Run textFr = run("declarations", "read", bad.toString(), "--fr");
    assertThat(textFr.out()).contains("REFUSÉ [not-excel] ce n'est pas un classeur Excel");

    Path out = dir.resolve("smelters.csv");
    Path known = dir.resolve("known.csv");
    Run cons = run("declarations", "consolidate", in.toString(), "--out", out.toString(), "--save-smelters", known.toString());
    assertThat(cons.code()).isZero();
    assertThat(cons.out()).contains("8 files read, 1 rejected").contains("zz-bad.xlsx: not-excel");
    assertThat(Files.readAllLines(out).get(0)).isEqualTo("metal,smelter_id,name,country,supplier_count,suppliers,rows,known");
    assertThat(Files.readAllLines(known).size()).isGreaterThan(1);

    Path audit = dir.resolve("audit.csv");
    Run again = run("declarations", "consolidate", in.toString(), "--smelters", known.toString(), "--out",
        dir.resolve("s.json").toString(), "--audit", audit.toString());
    assertThat(again.code()).isZero();
    // the saved list has no RMAP status: its smelters are "listed", the others (no id, unknown name) to follow up
    assertThat(again.out()).contains("smelter list known.csv (").doesNotContain("??");
    List<String> lines = Files.readAllLines(audit);
    assertThat(lines.get(0)).isEqualTo("metal,smelter_id,reported_name,listed_name,country,status,rmap_status,cahra,"
        + "russian_gold,suppliers");
    assertThat(lines).anySatisfy(l -> assertThat(l).contains(",listed,"));

    Run readAudited = run("declarations", "read", files.get(2).toString(), "--smelters", known.toString(), "--json");
    assertThat(readAudited.code()).isZero();
    Run noList = run("declarations", "consolidate", in.toString(), "--audit", audit.toString());
    assertThat(noList.code()).isEqualTo(2);
    assertThat(noList.err()).contains("--audit");
  }

  @Test
  void userErrorsAreOneLineWithExitCode2() throws Exception {
    Run r = run("declarations", "consolidate", dir.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("not a folder");
    Path cahra = Files.writeString(dir.resolve("c.csv"), "iso3\nXX1\n");
    Run c = run("declarations", "read", "x.xlsx", "--cahra", cahra.toString());
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("c.csv:2: 'XX1'");
  }
}
