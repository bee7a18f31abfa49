package fr.vigie.engine.declaration;

import fr.vigie.engine.kernel.Messages;
import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.declaration.generate.Language;
import fr.vigie.engine.declaration.generate.SampleDeclarations;
import fr.vigie.engine.declaration.read.Layouts;
import fr.vigie.engine.declaration.read.ReadLimits;
import fr.vigie.engine.mineral.MineralId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every validation rule and red flag fires on a crafted case (one cell changed in an otherwise
 * clean workbook) at the expected place; the clean workbooks of every version give no finding
 * ({@link DeclarationReadingTests#cleanDeclarationHasNoFinding}).
 */
class DeclarationValidationTests {
  @TempDir Path dir;

  static final Fixtures.Version CMRT = Fixtures.version(Template.CMRT, "6.5", Language.EN);
  static final Fixtures.Version EMRT = Fixtures.version(Template.EMRT, "2.1", Language.EN);
  static final Fixtures.Version AMRT = Fixtures.version(Template.AMRT, "1.3", Language.FR);

  /** A crafted case: the version, how the clean declaration or workbook is spoiled, what must fire where. */
  record Case(String rule, Fixtures.Version version, UnaryOperator<Declaration> data, Consumer<Workbook> cells,
      String sheet, String cell) {
    @Override
    public String toString() {
      return rule + " @ " + sheet + "!" + cell + " (" + version + ")";
    }
  }

  static Case cell(String rule, Fixtures.Version v, String sheet, String a1, String value) {
    return new Case(rule, v, d -> d, wb -> set(wb, sheet, a1, value), sheet, a1);
  }

  static void set(Workbook wb, String sheet, String a1, String value) {
    Sheet s = wb.getSheet(sheet);
    CellReference ref = new CellReference(a1);
    Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
    var c = row.getCell(ref.getCol());
    if (value == null) {
      if (c != null) {
        row.removeCell(c);
      }
      return;
    }
    (c == null ? row.createCell(ref.getCol()) : c).setCellValue(value);
  }

  static Stream<Case> cases() {
    String d = "Declaration";
    String sl = "Smelter List";
    return Stream.of(
        cell("required-field", CMRT, d, "D8", null),
        cell("required-field", CMRT, d, "D17", ""),
        cell("required-field", EMRT, d, "D26", null),
        new Case("scope-description-required", CMRT, x -> x, wb -> set(wb, d, "D9", "C. User defined"), d, "D10"),
        cell("answer-unrecognised", CMRT, d, "D9", "Z. Whatever"),
        cell("email-invalid", CMRT, d, "D16", "claire at supplier"),
        cell("email-invalid", EMRT, d, "D24", "paul@nowhere"),
        cell("date-unreadable", CMRT, d, "D22", "sometime in April"),
        cell("date-out-of-range", CMRT, d, "D22", "01-Jan-2005"),
        cell("date-in-future", CMRT, d, "D22", "2027-01-15"),
        cell("date-stale", CMRT, d, "D22", "15/01/2025"),
        cell("question-required", CMRT, d, "D32", null),
        cell("question-required", CMRT, d, "D39", ""), // Q3 tin, tin declared
        cell("question-required", EMRT, d, "D30", null),
        cell("question-required", AMRT, d, "D43", null), // Q2 (rate) of a declared mineral
        cell("answer-unrecognised", CMRT, d, "D26", "Peut-être"),
        cell("answer-unrecognised", CMRT, d, "D56", "About a third"),
        cell("response-rate-low", CMRT, d, "D56", "50% or less"),
        cell("response-rate-low", EMRT, d, "D78", "Did not survey"),
        cell("response-rate-low", AMRT, d, "D43", "Aucun"),
        cell("cahra-sourcing-declared", CMRT, d, "D44", "Yes"),
        cell("company-question-required", CMRT, d, "D75", null),
        cell("company-question-required", EMRT, d, "D131", ""),
        cell("company-question-required", EMRT, d, "D120", null), // question C, first mineral
        cell("policy-url-missing", CMRT, d, "G77", "see our website"),
        new Case("product-list-required", CMRT, x -> SampleDeclarations.withProducts(x, List.of()),
            wb -> set(wb, d, "D9", "B. Product (or List of Products)"), "Product List", "B6"),
        cell("smelter-metal-missing", CMRT, sl, "B5", null),
        cell("smelter-metal-unrecognised", CMRT, sl, "B5", "Unobtainium"),
        cell("smelter-metal-out-of-scope", CMRT, sl, "B5", "Cobalt"),
        cell("smelter-not-identified", CMRT, sl, "C5", "Smelter not yet identified"),
        new Case("smelter-not-listed", CMRT, x -> x, wb -> {
          set(wb, sl, "C5", "Smelter not listed");
          set(wb, sl, "F5", null);
        }, sl, "C5"),
        new Case("smelter-lookup-missing", CMRT, x -> x, wb -> {
          set(wb, sl, "C5", null);
          set(wb, sl, "F5", null);
        }, sl, "C5"),
        new Case("smelter-name-missing", CMRT, x -> x, wb -> {
          set(wb, sl, "C5", "Smelter not listed"); // a listed smelter is named by its look-up (C); a typed one in D
          set(wb, sl, "D5", null);
        }, sl, "D5"),
        cell("smelter-country-missing", CMRT, sl, "E5", null),
        cell("country-unrecognised", CMRT, sl, "E5", "Atlantis"),
        cell("country-unrecognised", CMRT, sl, "O5", "Atlantis; China"),
        cell("smelter-id-invalid", CMRT, sl, "F5", "XYZ-12"),
        new Case("smelter-duplicate", CMRT, x -> x, wb -> {
          Sheet s = wb.getSheet(sl);
          set(wb, sl, "B9", s.getRow(4).getCell(1).getStringCellValue());
          set(wb, sl, "F9", s.getRow(4).getCell(5).getStringCellValue());
        }, sl, "F9"),
        cell("smelter-in-cahra", CMRT, sl, "E5", "Rwanda"),
        cell("smelter-in-cahra", AMRT, sl, "E5", "République démocratique du Congo"),
        cell("mine-in-cahra", CMRT, sl, "O5", "Congo, Democratic Republic of the"),
        cell("mine-in-cahra", EMRT, "Mine List", "F5", "Rwanda"),
        cell("mine-field-missing", EMRT, "Mine List", "F5", null),
        cell("mine-field-missing", EMRT, "Mine List", "B5", null),
        new Case("no-smelter-for-mineral", CMRT, x -> SampleDeclarations.withSmelters(x,
            x.smelters().stream().filter(r -> !r.metal().equals(Optional.of(MineralId.of("gold")))).toList()),
            wb -> {}, sl, ""),
        cell("recycled-claim-inconsistent", CMRT, d, "D51", "Yes"), // Q5 tin
        new Case("minerals-scope-required", EMRT, x -> x, wb -> {
          for (String a : EMRT.layout().scopeCells()) {
            set(wb, d, a, null);
          }
          // the slot labels in column B follow the scope cells in the template (formulas)
          EMRT.layout().questions().forEach(q -> q.rows().forEach(r -> set(wb, d, r.labelCell(), null)));
          EMRT.layout().companyQuestions().forEach(q -> q.rows().forEach(r -> {
            if (q.perMineral()) {
              set(wb, d, r.labelCell(), null);
            }
          }));
        }, d, "D12"),
        cell("mineral-unrecognised", EMRT, d, "G13", "Kryptonite"),
        cell("template-version-unverified", CMRT, d, "J3", "Revision 6.6"),
        new Case("template-modified", CMRT, x -> x, wb -> wb.setSheetName(wb.getSheetIndex("Product List"), "Produits"),
            "Product List", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleFiresOnCraftedCase(Case c) {
    Declaration spoiled = c.data().apply(Fixtures.clean(c.version(), 11, 40));
    Path file = Fixtures.writeAltered(dir, "d.xlsx", c.version(), spoiled, c.cells());

    DeclarationResult.Read r = Fixtures.readOk(file);

    assertThat(r.findings()).as("findings").anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo(c.rule());
      assertThat(f.sheet()).isEqualTo(c.sheet());
      assertThat(f.cell()).isEqualTo(c.cell());
      assertThat(f.message(Messages.english())).isNotBlank().doesNotContain("??");
      assertThat(f.message(Messages.of(Locale.FRENCH))).isNotBlank().doesNotContain("??").isNotEqualTo(f.message(Messages.english()));
    });
  }

  @Test
  void laterQuestionsAreNotRequiredForAMineralNotInTheChain() {
    // tantalum: Q1 = No and Q2 = No; its questions 3 to 8 left blank: no finding (CMRT gating)
    Fixtures.Version v = CMRT;
    Path file = Fixtures.writeAltered(dir, "d.xlsx", v, Fixtures.clean(v, 11, 40), wb -> {
      set(wb, "Declaration", "D26", "No");
      set(wb, "Declaration", "D32", "No");
      for (int row : new int[] {38, 44, 50, 56, 62, 68}) {
        set(wb, "Declaration", "D" + row, null);
      }
    });
    assertThat(Fixtures.rules(Fixtures.readOk(file))).doesNotContain("question-required", "no-smelter-for-mineral");
  }

  @Test
  void companyQuestionsAreNotRequiredWhenNoMineralIsInTheChain() {
    Fixtures.Version v = Fixtures.version(Template.EMRT, "1.3", Language.FR);
    Path file = Fixtures.writeAltered(dir, "d.xlsx", v, SampleDeclarations.withSmelters(Fixtures.clean(v, 2, 4), List.of()), wb -> {
      set(wb, "Declaration", "D26", "Non"); // Q1 cobalt
      set(wb, "Declaration", "D27", "Non"); // Q1 mica
      for (int row = 55; row <= 67; row += 2) {
        set(wb, "Declaration", "D" + row, null);
      }
    });
    assertThat(Fixtures.rules(Fixtures.readOk(file))).doesNotContain("company-question-required", "no-smelter-for-mineral");
  }

  @Test
  void longListsAreCutAtTheRowLimitWithAFinding() {
    Path file = Fixtures.write(dir, "d.xlsx", CMRT, Fixtures.clean(CMRT, 4, 30));
    DeclarationResult r = Fixtures.declarations(new ReadLimits(20L << 20, 200L << 20, 10)).read(file);
    assertThat(Fixtures.rules(r)).contains("list-truncated");
    assertThat(((DeclarationResult.Read) r).declaration().smelters()).hasSize(10);
  }
}
