package fr.vigie.engine.assessment;

import static fr.vigie.engine.assessment.Fixtures.DATE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.assessment.report.HtmlReport;
import fr.vigie.engine.assessment.report.TextSummary;
import fr.vigie.engine.assessment.report.XlsxReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report formats: self-contained HTML, readable XLSX, text summary. */
class ReportsTests {
  @TempDir Path dir;

  private static Assessment assessment() {
    Scenario s = Scenario.read("s.yaml", "name: <halve> the tin\nfilieres:\n  tin: {volume_factor: 0.5}\n",
        Fixtures.DATA.minerals(), Fixtures.DATA.countries());
    return Fixtures.assessor().assess(Fixtures.profile(Fixtures.PROFILE), AssessorTests.LEDGER, Optional.of(s),
        Optional.empty(), DATE);
  }

  @Test
  void htmlIsOneSelfContainedFile() {
    String html = HtmlReport.html(assessment(), Fixtures.EN);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("<svg").contains("</html>");
    // nothing is fetched: no script at all, no linked style sheet, no external source or address
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("<img");
    assertThat(Pattern.compile("(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(html).find())
        .isFalse();
    assertThat(Pattern.compile("url\\(", Pattern.CASE_INSENSITIVE).matcher(html).find()).isFalse();
    // the sections
    for (String h : List.of("Ranking", "Exposure per stage and category", "Regulations", "Recommendations and gaps",
        "Roadmap", "Scenario: &lt;halve&gt; the tin", "Provenance")) {
      assertThat(html).contains(h);
    }
    // user text is escaped
    assertThat(html).doesNotContain("<halve>");
    assertThat(html).contains("in place").contains("gap");
  }

  @Test
  void alertsComeFirstInTheHtmlReportAndTheSummaryInBothLanguages() {
    // gold mined in Russia: a sanctions alert, shown before the ranking
    Assessment a = Fixtures.assessor().assess(Fixtures.profile(Fixtures.PROFILE), Fixtures.ledger("""
        item,material,mass_kg,origin_country,refiner_country
        CON-1,gold,2,RU,CH
        """), Optional.empty(), Optional.empty(), DATE);
    assertThat(a.alerts()).isNotEmpty();
    String en = HtmlReport.html(a, Fixtures.service().messages(java.util.Locale.ENGLISH));
    assertThat(en).contains("<h2 id=\"alerts-heading\">Alerts</h2>").contains("Sanctions")
        .contains("gold originating in Russia may not be purchased");
    assertThat(en.indexOf("alerts-heading")).isLessThan(en.indexOf(">Ranking<"));
    String fr = HtmlReport.html(a, Fixtures.service().messages(java.util.Locale.FRENCH));
    assertThat(fr).contains("<h2 id=\"alerts-heading\">Alertes</h2>")
        .contains("l&#39;or originaire de Russie ne peut être acheté");
    assertThat(fr.indexOf("alerts-heading")).isLessThan(fr.indexOf(">Classement<"));
    assertThat(TextSummary.text(a, Fixtures.service().messages(java.util.Locale.FRENCH)))
        .contains("Alertes").contains("  ! Sanctions : ");
    // no alert, no heading
    assertThat(HtmlReport.html(assessment(), Fixtures.EN)).doesNotContain("alerts-heading");
  }

  @Test
  void xlsxHasOneReadableSheetPerSection() throws IOException {
    Assessment a = assessment();
    Path f = dir.resolve("r.xlsx");
    XlsxReport.write(a, f, Fixtures.EN);
    try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactlyElementsOf(XlsxReport.SHEETS);
      Sheet ranking = wb.getSheet("Ranking");
      assertThat(ranking.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Material id");
      assertThat(ranking.getRow(1).getCell(1).getStringCellValue()).isEqualTo(a.filieres().get(0).material());
      assertThat(ranking.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(a.filieres().get(0).priorityScore());
      assertThat(ranking.getLastRowNum()).isEqualTo(a.filieres().size());
      assertThat(wb.getSheet("Roadmap").getLastRowNum()).isEqualTo(a.roadmap().size());
    }
  }

  @Test
  void textSummaryListsTheRankingAndTheScenario() {
    String t = TextSummary.text(assessment(), Fixtures.service().messages(java.util.Locale.ENGLISH));
    assertThat(t).contains("Supply chains by priority").contains("1. Copper (copper)").contains("Roadmap")
        .contains("Scenario: <halve> the tin");
  }

  @Test
  void textSummaryInFrenchUsesTheFrenchTextsAndFormats() {
    Assessment a = assessment();
    String t = TextSummary.text(a, Fixtures.FR);
    Assessment.Filiere first = a.filieres().get(0);
    assertThat(t).contains("Filières par priorité").contains("Feuille de route").contains("Scénario : <halve> the tin")
        .contains("   - " + Fixtures.fr(first.reasons()).get(0) + "\n")
        .contains(Fixtures.FR.render(Phrases.kg(first.massKg())))
        .doesNotContain("   - " + Fixtures.en(first.reasons()).get(0) + "\n");
    assertThat(TextSummary.text(a)).isEqualTo(TextSummary.text(a, Fixtures.EN));
  }
}
