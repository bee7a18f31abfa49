package fr.vigie.engine.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.declaration.generate.Language;
import fr.vigie.engine.declaration.read.Field;
import fr.vigie.engine.declaration.read.Layout;
import fr.vigie.engine.declaration.read.Layouts;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.mineral.MineralId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One reader test per published template version, on workbooks built here from that version's
 * layout facts (the curated resource read from the official blank files): every answer is put at
 * the cell the facts give, labels are cached in French or Chinese (never English), the "100%"
 * answer is written both as the number 1 formatted as a percentage and as the text "100%", and
 * slot rows name their mineral in column B. A second test per version moves a row and expects the
 * refusal to name the cell.
 */
class TemplateVersionTests {
  @TempDir Path dir;

  static Stream<Arguments> versionsAndPercentForms() {
    return Layouts.ALL.stream().flatMap(l -> Stream.of(Arguments.of(l, true), Arguments.of(l, false)));
  }

  static Stream<Layout> versions() {
    return Layouts.ALL.stream();
  }

  /** A non-English label language per version: French or Chinese in turn. */
  static Fixtures.Version version(Layout l) {
    Language lang = Layouts.ALL.indexOf(l) % 2 == 0 ? Language.FR : Language.ZH;
    return new Fixtures.Version(l, l.version(), lang);
  }

  @Test
  void everyPublishedVersionHasALayout() {
    assertThat(Layouts.ALL).extracting(Layout::name).containsExactly(
        "CMRT 6.01", "CMRT 6.1", "CMRT 6.22", "CMRT 6.31", "CMRT 6.4", "CMRT 6.5",
        "EMRT 1.1", "EMRT 1.11", "EMRT 1.2", "EMRT 1.3", "EMRT 2.0", "EMRT 2.1",
        "AMRT 1.2", "AMRT 1.3", "CRT 2.2", "CRT 2.21");
  }

  @ParameterizedTest(name = "{0} 100% as number: {1}")
  @MethodSource("versionsAndPercentForms")
  void readsEveryAnswerAtThePublishedCells(Layout l, boolean percentAsNumber) {
    Fixtures.Version v = version(l);
    Declaration written = Fixtures.clean(v, 21, 12);
    Layout.QuestionBlock rate = l.questions().stream().filter(q -> q.question() == Question.RESPONSE_RATE)
        .findFirst().orElseThrow();
    Path file = Fixtures.writeAltered(dir, "d.xlsx", v, written, wb -> {
      Sheet s = wb.getSheet(Layout.DECLARATION);
      put(s, l.fields().get(Field.COMPANY_NAME), "Société Essai " + l.name());
      put(s, l.fields().get(Field.CONTACT_EMAIL), "achats@essai.example");
      put(s, l.fields().get(Field.EFFECTIVE_DATE), "25/04/2026");
      for (MineralAnswers m : written.minerals()) {
        m.reply(Question.RESPONSE_RATE).ifPresent(r -> {
          if (percentAsNumber) {
            putPercentOne(wb, s, r.cell());
          } else {
            put(s, r.cell(), "100%");
          }
        });
      }
      l.companyQuestions().stream().filter(q -> !q.perMineral()).reduce((a, b) -> b)
          .ifPresent(q -> put(s, q.rows().get(0).commentCell(), "last company question"));
      Layout.ProductColumns pc = l.productColumns();
      putAt(wb.getSheet(Layout.PRODUCT_LIST), Layout.PRODUCT_FIRST_ROW, pc.number(), "PN-77");
      putAt(wb.getSheet(Layout.PRODUCT_LIST), Layout.PRODUCT_FIRST_ROW, pc.comment(), "comment of PN-77");
    });

    Declaration read = Fixtures.readOk(file).declaration();

    assertThat(read.template()).isEqualTo(l.template());
    assertThat(read.version()).isEqualTo(l.version());
    assertThat(read.company().name()).isEqualTo("Société Essai " + l.name());
    assertThat(read.company().contact().email()).isEqualTo("achats@essai.example");
    assertThat(read.company().effectiveDate()).contains(LocalDate.of(2026, 4, 25));
    assertThat(read.mineralsInScope()).isEqualTo(written.mineralsInScope());
    for (MineralAnswers m : written.minerals()) {
      MineralAnswers got = read.answersFor(m.mineral()).orElseThrow();
      assertThat(got.rate()).as(m.mineral() + " rate").isEqualTo(ResponseRate.ALL_100);
      assertThat(got.reply(Question.RESPONSE_RATE).orElseThrow().text()).isEqualTo("100%");
      assertThat(got.answer(Question.INTENTIONALLY_ADDED)).isEqualTo(Answer.YES);
      assertThat(got.reply(Question.INTENTIONALLY_ADDED).orElseThrow().cell())
          .isEqualTo(m.reply(Question.INTENTIONALLY_ADDED).orElseThrow().cell());
    }
    assertThat(rate.rows()).isNotEmpty();
    l.companyQuestions().stream().filter(q -> !q.perMineral()).reduce((a, b) -> b).ifPresent(q -> {
      CompanyQuestion last = read.companyQuestions().stream().filter(c -> c.letter() == q.letter()).findFirst().orElseThrow();
      assertThat(last.cell()).isEqualTo(q.rows().get(0).answerCell());
      assertThat(last.comment()).isEqualTo("last company question");
    });
    assertThat(read.products()).first().satisfies(p -> {
      assertThat(p.number()).isEqualTo("PN-77");
      assertThat(p.comment()).isEqualTo("comment of PN-77");
    });
    assertThat(read.smelters()).isNotEmpty().allSatisfy(r -> assertThat(r.metal()).isPresent());
    assertThat(read.smelters()).extracting(SmelterRow::smelterId)
        .isEqualTo(written.smelters().stream().map(SmelterRow::smelterId).toList());
  }

  /** Slot rows (EMRT 2.x, AMRT): the mineral is the one named in column B, not the slot's rank. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void slotRowsTakeTheirMineralFromColumnB(Layout l) {
    if (!l.slotted()) {
      assertThat(l.fixedMinerals()).isNotEmpty();
      return;
    }
    Fixtures.Version v = version(l);
    Layout.AnswerRow fourth = l.questions().get(0).rows().get(3);
    MineralId named = l.template() == Template.EMRT ? MineralId.of("nickel") : MineralId.of("zinc");
    Path file = Fixtures.writeAltered(dir, "d.xlsx", v, Fixtures.clean(v, 4, 6), wb -> {
      Sheet s = wb.getSheet(Layout.DECLARATION);
      put(s, fourth.labelCell(), (l.template() == Template.EMRT ? "Nickel" : "Zinc") + " (*)");
      put(s, fourth.answerCell(), "Unknown");
    });

    MineralAnswers got = Fixtures.readOk(file).declaration().answersFor(named).orElseThrow();

    assertThat(got.answer(Question.INTENTIONALLY_ADDED)).isEqualTo(Answer.UNKNOWN);
    assertThat(got.reply(Question.INTENTIONALLY_ADDED).orElseThrow().cell()).isEqualTo(fourth.answerCell());
  }

  /** A row inserted above the first question: its label is no longer where the version has it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void anInsertedRowIsRefusedNamingTheCell(Layout l) {
    Fixtures.Version v = version(l);
    String label = l.questions().get(0).labelCell();
    Path file = Fixtures.writeAltered(dir, "d.xlsx", v, Fixtures.clean(v, 8, 6), wb -> {
      Sheet s = wb.getSheet(Layout.DECLARATION);
      int row0 = new CellReference(label).getRow();
      s.shiftRows(row0, s.getLastRowNum(), 1);
    });

    assertRefusedAt(file, label);
  }

  /** A row deleted above the second question: the question's label cell now shows a mineral. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void aDeletedRowIsRefusedNamingTheCell(Layout l) {
    Fixtures.Version v = version(l);
    String label = l.questions().get(1).labelCell();
    Path file = Fixtures.writeAltered(dir, "d.xlsx", v, Fixtures.clean(v, 8, 6), wb -> {
      Sheet s = wb.getSheet(Layout.DECLARATION);
      int row0 = new CellReference(label).getRow();
      Row above = s.getRow(row0 - 1);
      if (above != null) {
        s.removeRow(above);
      }
      s.shiftRows(row0, s.getLastRowNum(), -1);
    });

    assertRefusedAt(file, label);
  }

  private static void assertRefusedAt(Path file, String cell) {
    DeclarationResult r = Fixtures.declarations().read(file);
    assertThat(r).isInstanceOf(DeclarationResult.Rejected.class);
    DeclarationResult.Rejected rejected = (DeclarationResult.Rejected) r;
    assertThat(rejected.reason().ruleId()).isEqualTo("template-modified");
    assertThat(rejected.reason().sheet()).isEqualTo(Layout.DECLARATION);
    assertThat(rejected.reason().cell()).isEqualTo(cell);
    assertThat(rejected.reason().message(Messages.english())).contains("'Declaration'!" + cell);
    Problem p = rejected.problem();
    assertThat(p.code()).isEqualTo("declaration.rejected");
    assertThat(p.source()).isEqualTo("d.xlsx");
    assertThat(p.path()).isEqualTo("Declaration!" + cell);
    assertThat(p.render(Messages.of(java.util.Locale.FRENCH))).contains("Declaration!" + cell).doesNotContain("??");
  }

  private static void put(Sheet s, String a1, String value) {
    CellReference ref = new CellReference(a1);
    putAt(s, ref.getRow() + 1, ref.getCol(), value);
  }

  private static void putAt(Sheet s, int row1, int col, String value) {
    Row row = Optional.ofNullable(s.getRow(row1 - 1)).orElseGet(() -> s.createRow(row1 - 1));
    Optional.ofNullable(row.getCell(col)).orElseGet(() -> row.createCell(col)).setCellValue(value);
  }

  private static void putPercentOne(Workbook wb, Sheet s, String a1) {
    CellReference ref = new CellReference(a1);
    Row row = Optional.ofNullable(s.getRow(ref.getRow())).orElseGet(() -> s.createRow(ref.getRow()));
    var c = Optional.ofNullable(row.getCell(ref.getCol())).orElseGet(() -> row.createCell(ref.getCol()));
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat("0%"));
    c.setCellValue(1);
    c.setCellStyle(style);
  }

  @Test
  void layoutFactsKeepTheDifferencesBetweenVersions() {
    // AMRT 1.3 shifts the 1.2 Smelter List two columns right (metal A -> B, name B -> D)
    assertThat(Layouts.get(Template.AMRT, "1.2").smelterColumns().metal()).isEqualTo(0);
    assertThat(Layouts.get(Template.AMRT, "1.3").smelterColumns().metal()).isEqualTo(1);
    assertThat(Layouts.get(Template.AMRT, "1.3").smelterColumns().name()).isEqualTo(3);
    // EMRT 2.x: company fields four rows lower than 1.x, ten slot rows per question
    assertThat(Layouts.get(Template.EMRT, "2.1").fields().get(Field.EFFECTIVE_DATE)).isEqualTo("D26");
    assertThat(Layouts.get(Template.EMRT, "1.3").fields().get(Field.EFFECTIVE_DATE)).isEqualTo("D22");
    assertThat(Layouts.get(Template.EMRT, "2.0").questions().get(0).rows()).hasSize(10);
    // "100%" stored as the number 1 up to CMRT 6.22, as text from 6.31
    assertThat(Layouts.get(Template.CMRT, "6.22").percentAsNumber()).isTrue();
    assertThat(Layouts.get(Template.CMRT, "6.31").percentAsNumber()).isFalse();
    // EMRT 1.x asks question 4 (100% recycled) of cobalt only
    assertThat(Layouts.get(Template.EMRT, "1.1").questions().get(3).rows()).extracting(Layout.AnswerRow::row)
        .containsExactly(44);
    assertThat(Layouts.get(Template.CRT, "2.21").revisionTitle()).isEqualTo("Cobalt Reporting Template");
    // an unpublished revision is read with the nearest described one of its major version
    assertThat(Layouts.find(Template.CMRT, "6.6")).map(Layout::version).contains("6.5");
    assertThat(Layouts.find(Template.AMRT, "1.1")).map(Layout::version).contains("1.2");
    assertThat(Layouts.find(Template.CMRT, "7.0")).isEmpty();
    assertThat(List.of(Layouts.latest(Template.EMRT).version())).containsExactly("2.1");
  }
}
