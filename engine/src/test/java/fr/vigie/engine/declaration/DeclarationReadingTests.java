package fr.vigie.engine.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.declaration.generate.Language;
import fr.vigie.engine.declaration.generate.SampleDeclarations;
import fr.vigie.engine.declaration.read.Layouts;
import fr.vigie.engine.mineral.MineralId;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every field written into a template-shaped workbook reads back equal, for every supported version. */
class DeclarationReadingTests {
  @TempDir Path dir;

  static Stream<Fixtures.Version> versions() {
    return Fixtures.versions();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void everyFieldReadsBackAsWritten(Fixtures.Version v) {
    Declaration written = Fixtures.clean(v, 42, 60);
    Path file = Fixtures.write(dir, "d.xlsx", v, written);

    DeclarationResult.Read read = Fixtures.readOk(file);

    assertThat(read.declaration()).isEqualTo(written);
    assertThat(read.declaration().template()).isEqualTo(v.layout().template());
    assertThat(read.declaration().version()).isEqualTo(v.version());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void legacyXlsReadsBackAsWritten(Fixtures.Version v) {
    Declaration written = Fixtures.clean(v, 7, 12);
    Path file = Fixtures.write(dir, "d.xls", v, written);

    assertThat(Fixtures.readOk(file).declaration()).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void cleanDeclarationHasNoFinding(Fixtures.Version v) {
    Path file = Fixtures.write(dir, "d.xlsx", v, Fixtures.clean(v, 3, 30));

    assertThat(Fixtures.readOk(file).findings()).isEmpty();
  }

  @Test
  void fixtureLabelsAreFormulasIntoTheHiddenTranslationSheet() throws Exception {
    Fixtures.Version v = Fixtures.version(Template.CMRT, "6.5", Language.FR);
    Path file = Fixtures.write(dir, "d.xlsx", v, Fixtures.clean(v, 1, 5));
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
      assertThat(wb.isSheetHidden(wb.getSheetIndex("L"))).isTrue();
      var b8 = wb.getSheet("Declaration").getRow(7).getCell(1);
      assertThat(b8.getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(b8.getCellFormula()).startsWith("L!");
      assertThat(b8.getStringCellValue()).isEqualTo("Nom de l'entreprise (*) :");
      assertThat(wb.getSheet("Declaration").getRow(25).getCell(3).getStringCellValue()).isEqualTo("Oui");
    }
  }

  /** Written by literal cell addresses from the CMRT 6.5 layout facts, independent of the layout table. */
  @Test
  void cmrtCellPositionsMatchThePublishedLayout() throws Exception {
    Fixtures.Version v = Fixtures.version(Template.CMRT, "6.5", Language.EN);
    Path file = Fixtures.write(dir, "d.xlsx", v, Fixtures.clean(v, 9, 5));
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, false); OutputStream os = Files.newOutputStream(dir.resolve("e.xlsx"))) {
      Sheet s = wb.getSheet("Declaration");
      put(s, "D8", "ACME Metals");
      put(s, "D16", "ops@acme.example");
      put(s, "D29", "No"); // Q1 tungsten (4th metal row of rows 26-29)
      put(s, "D57", "50% or less"); // Q6 tin (rows 56-59: tantalum, tin, ...)
      put(s, "D89", "No"); // company question H
      put(s, "G89", "not filed");
      Sheet sl = wb.getSheet("Smelter List");
      sl.getRow(4).getCell(5).setCellValue("cid 1234"); // F5
      put(wb.getSheet("Product List"), "B6", "PN-0001"); // first product number
      put(wb.getSheet("Product List"), "D6", "first product");
      wb.write(os);
    }
    Declaration d = Fixtures.readOk(dir.resolve("e.xlsx")).declaration();
    assertThat(d.company().name()).isEqualTo("ACME Metals");
    assertThat(d.company().contact().email()).isEqualTo("ops@acme.example");
    assertThat(d.answersFor(MineralId.of("tungsten")).orElseThrow().answer(Question.INTENTIONALLY_ADDED)).isEqualTo(Answer.NO);
    assertThat(d.answersFor(MineralId.of("tin")).orElseThrow().rate()).isEqualTo(ResponseRate.FIFTY_OR_LESS);
    assertThat(d.companyQuestions().get(7).letter()).isEqualTo('H');
    assertThat(d.companyQuestions().get(7).answer()).isEqualTo(Answer.NO);
    assertThat(d.companyQuestions().get(7).comment()).isEqualTo("not filed");
    assertThat(d.smelters().get(0).smelterId()).contains("CID001234");
    assertThat(d.products().get(0).number()).isEqualTo("PN-0001");
    assertThat(d.products().get(0).comment()).isEqualTo("first product");
  }

  private static void put(Sheet s, String a1, String v) {
    var ref = new org.apache.poi.ss.util.CellReference(a1);
    var row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
    (row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol())).setCellValue(v);
  }

  @Test
  void emrt2ListsChosenMineralsAlphabeticallyWhateverTheOrderPicked() throws Exception {
    Fixtures.Version v = Fixtures.version(Template.EMRT, "2.1", Language.EN);
    Declaration d = Fixtures.clean(v, 5, 10);
    Path file = Fixtures.write(dir, "d.xlsx", v, d);
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, false); OutputStream os = Files.newOutputStream(dir.resolve("e.xlsx"))) {
      Sheet s = wb.getSheet("Declaration");
      put(s, "D12", "Nickel");
      put(s, "E12", "Cobalt");
      put(s, "G12", "Graphite");
      for (String a : new String[] {"D13", "E13", "G13"}) {
        put(s, a, "(Delete Lithium)");
      }
      // a file saved without cached formula values: the slot labels (column B) are blank
      v.layout().questions().forEach(q -> q.rows().forEach(r -> put(s, r.labelCell(), "")));
      put(s, "D31", "No"); // slot 2 of Q1: graphite, second in A-Z order
      wb.write(os);
    }
    Declaration read = Fixtures.readOk(dir.resolve("e.xlsx")).declaration();
    assertThat(read.mineralsInScope()).extracting(MineralId::value).containsExactly("cobalt", "natural_graphite", "nickel");
    assertThat(read.answersFor(MineralId.of("natural_graphite")).orElseThrow().answer(Question.INTENTIONALLY_ADDED))
        .isEqualTo(Answer.NO);
  }

  @Test
  void datesWrittenAsTextInSeveralFormatsAreRead() {
    Fixtures.Version v = Fixtures.version(Template.CMRT, "6.5", Language.EN);
    for (String text : new String[] {"25-Apr-2026", "2026-04-25", "25/04/2026", "25.04.2026", "2026年4月25日"}) {
      Declaration d = Fixtures.clean(v, 1, 5);
      d = SampleDeclarations.withCompany(d, withDateText(d.company(), text));
      Path file = Fixtures.write(dir, "d.xlsx", v, d);
      Declaration read = Fixtures.readOk(file).declaration();
      assertThat(read.company().effectiveDate()).as(text).contains(LocalDate.of(2026, 4, 25));
      assertThat(read.company().effectiveDateText()).isEqualTo(text);
    }
  }

  static Company withDateText(Company c, String text) {
    return new Company(c.name(), c.scope(), c.scopeText(), c.scopeDescription(), c.companyId(), c.authorizationId(),
        c.address(), c.contact(), c.authorizer(), c.authorizerTitle(), c.effectiveDate(), text);
  }

  @Test
  void cachedFormulaValuesAreReadNotRecalculated() throws Exception {
    Fixtures.Version v = Fixtures.version(Template.CMRT, "6.5", Language.EN);
    Path file = Fixtures.write(dir, "d.xlsx", v, Fixtures.clean(v, 2, 5));
    try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile()); OutputStream os = Files.newOutputStream(dir.resolve("e.xlsx"))) {
      var c = wb.getSheet("Declaration").getRow(7).getCell(3); // D8
      c.setCellFormula("\"Formula\"&\" Co\"");
      c.setCellValue("Cached Name Ltd");
      wb.write(os);
    }
    assertThat(Fixtures.readOk(dir.resolve("e.xlsx")).declaration().company().name()).isEqualTo("Cached Name Ltd");
  }

  @Test
  void templateIsRecognisedByItsFullNameWhenTheAcronymIsAbsent() {
    Fixtures.Version v = Fixtures.version(Template.CMRT, "6.31", Language.EN);
    Path file = Fixtures.writeAltered(dir, "d.xlsx", v, Fixtures.clean(v, 1, 5),
        wb -> DeclarationValidationTests.set(wb, "Declaration", "B2", "Conflict Minerals Reporting Template"));
    assertThat(Fixtures.readOk(file).declaration().template()).isEqualTo(Template.CMRT);
  }
}
