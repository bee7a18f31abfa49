package fr.vigie.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.FrenchTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The reports of {@code assess --out ... --lang fr} are entirely in French: no {@code ??key??}
 * placeholder, no English sentence (see {@link FrenchTexts}) in the HTML page's visible text or in
 * any sheet name or text cell of the workbook. The example profile, ledger and scenario are used,
 * so every section (scenario included) is there.
 */
class FrenchReportsTests {

  /**
   * Proper names, the same in every language (organisations, labels, a law's title), and the user's
   * own texts (company and scenario names of the example files).
   */
  static final Set<String> ALLOWED = Set.of("Groupe Industriel Exemple SA",
      "Half our cobalt refined in Finland, 30% recycled nickel, halve the tin", "The Copper Mark",
      "Alliance for Responsible Mining", "Dodd-Frank Wall Street Reform and Consumer Protection Act",
      "OECD Due Diligence Guidance", "Better Mining", "Extended Minerals Reporting Template",
      "Additional Minerals Reporting Template", "Conflict Minerals Reporting Template",
      "Modern Slavery Act 2015 (Transparency in Supply Chains) Regulations 2015");

  /**
   * The tungsten extraction mix of the example (its mine country unknown, USGS MCS 2025's 2024 world
   * mix) as every report shows it: the five largest countries, then Rwanda, Australia, Austria, Spain
   * and Portugal folded (0.014742 + 0.012285 + 0.009828 + 0.0086 + 0.006143 = 0.051598, shown 5 %),
   * the rest of the world (0.018428) last.
   */
  static final String TUNGSTEN_MINES =
      "Chine 82 %, Vietnam 4 %, Russie 2 %, Corée du Nord 2 %, Bolivie 2 %, 5 autres pays 5 %, reste du monde 2 %";

  @TempDir static Path dir;
  static Path html;
  static Path xlsx;

  @BeforeAll
  static void writeTheReports() {
    html = dir.resolve("rapport.html");
    xlsx = dir.resolve("rapport.xlsx");
    for (Path out : List.of(html, xlsx)) {
      CommandLine cl = VigieCli.commandLine();
      StringWriter err = new StringWriter();
      cl.setOut(new PrintWriter(new StringWriter()));
      cl.setErr(new PrintWriter(err));
      int exit = cl.execute("assess", "--profile", AssessCommandTests.PROFILE, "--ledger", AssessCommandTests.LEDGER,
          "--date", "2026-11-30", "--scenario",
          AssessCommandTests.ROOT.resolve("examples/scenarios/cobalt-finland.yaml").toString(),
          "--lang", "fr", "--out", out.toString());
      assertThat(exit).as(err.toString()).isZero();
    }
  }

  @Test
  void theHtmlReportIsInFrench() throws IOException {
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).containsPattern("<html[^>]* lang=\"fr\"").contains("Classement").contains("Feuille de route");
    assertThat(FrenchTexts.placeholders(page)).as("missing message keys").isEmpty();
    assertThat(FrenchTexts.englishLines(FrenchTexts.visibleLines(page), ALLOWED)).as("English texts").isEmpty();
    // countries are named, not given by their codes (the rest of the world was "OTHER"), in the
    // reasons and the scenario's changes too; no share is shown 0 %, nor in nested brackets
    List<String> lines = FrenchTexts.visibleLines(page).stream()
        .map(l -> l.replace('\u202f', ' ').replace('\u00a0', ' ')).toList();
    // the tungsten mine countries (world mix, see FilingsTests): the five largest, the others folded
    assertThat(lines).contains(TUNGSTEN_MINES);
    assertThat(lines).contains("Cobalt : affiné en Finlande 50 % de la masse")
        .noneMatch(l -> l.matches(".*\\b(OTHER|CHN|FIN|CAN) [<0-9].*"))
        .noneMatch(l -> l.matches(".*[^0-9,]0 %.*") && l.contains("reste du monde"));
  }

  @Test
  void theWorkbookIsInFrench() throws IOException {
    List<String> texts = new ArrayList<>();
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet s : wb) {
        texts.add(s.getSheetName());
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() == CellType.STRING) {
              texts.addAll(List.of(c.getStringCellValue().split("\n")));
            }
          }
        }
      }
    }
    assertThat(texts).contains("Classement", "Feuille de route", "Scénario", "Provenance");
    assertThat(texts.stream().map(l -> l.replace('\u202f', ' ').replace('\u00a0', ' '))).contains(TUNGSTEN_MINES);
    assertThat(FrenchTexts.placeholders(String.join("\n", texts))).as("missing message keys").isEmpty();
    assertThat(FrenchTexts.englishLines(texts, ALLOWED)).as("English texts").isEmpty();
  }

  @Test
  void theDetectorFindsEnglishAndPlaceholders() {
    // the check itself can fail: an English sentence and a missing key are found, French passes
    assertThat(FrenchTexts.englishLines(List.of("Risk of the supply", "Risque de l'offre", "on a 2 pays",
        "CHN 85 %, CAN 3 %", "fr-duty-of-vigilance"), Set.of()))
        .containsExactly("Risk of the supply    <- \"of\"");
    // short English labels of the data, without any sentence word, are found too
    assertThat(FrenchTexts.englishLines(List.of("production mondiale : usgs-mcs-2025 2024 mine production (estimated)",
        "Loi n° 2017-399 as promulgated", "all", "cattle, cocoa, wood", "production minière estimée"), Set.of()))
        .hasSize(4);
    assertThat(FrenchTexts.placeholders("<p>??report.missing??</p>")).containsExactly("??report.missing??");
  }
}
