package fr.vigie.engine.regulation;

import static fr.vigie.engine.regulation.Rules.applies;
import static fr.vigie.engine.regulation.Rules.assess;
import static fr.vigie.engine.regulation.Rules.cannotTell;
import static fr.vigie.engine.regulation.Rules.doesNotApply;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EuConflictMineralsPolicyTests {
  private static final String ID = "eu-conflict-minerals";

  private static String imports(String... lines) {
    return "headquarters: FR\neu_imports:\n" + String.join("", lines);
  }

  private static String line(String cn, long kg) {
    return "  - {cn_code: \"" + cn + "\", kg_per_year: " + kg + "}\n";
  }

  @ParameterizedTest(name = "{0} kg of {1} per year -> applies: {2}")
  @CsvSource({
    "4999, 2609 00 00, false",
    "5000, 2609 00 00, true",
    "5001, 2609 00 00, true",
    "249999, 2611 00 00, false",
    "250000, 2611 00 00, true",
    "250001, 2611 00 00, true",
    "100000, 2825 90 40, true",
    "99999, 2825 90 40, false"
  })
  void annexIThresholdIsReachedAtTheFigure(long kg, String cn, boolean expected) {
    RegulationAssessment a = assess(ID, imports(line(cn, kg)));
    if (expected) {
      applies(a, "2021-01-01");
    } else {
      doesNotApply(a);
    }
  }

  @ParameterizedTest(name = "{0} kg of unrefined gold -> applies: {1}")
  @CsvSource({"99, false", "100, true", "101, true"})
  void unrefinedGoldThresholdIs100Kg(long kg, boolean expected) {
    String yaml = imports("  - {cn_code: \"7108 12 00\", material: gold, form: unrefined, kg_per_year: " + kg + "}\n");
    RegulationAssessment a = assess(ID, yaml);
    if (expected) {
      assertThat(applies(a, "2021-01-01").reasons(Rules.ENGLISH))
          .anyMatch(r -> r.contains("≥ 100 kg"));
    } else {
      assertThat(doesNotApply(a).reasons(Rules.ENGLISH)).anyMatch(r -> r.contains("99 kg") && r.contains("< 100 kg"));
    }
  }

  @Test
  void linesOfTheSameRowAreAddedUp() {
    // 2,500 kg + 2,500 kg = 5,000 kg of tin ores >= 5,000 kg
    applies(assess(ID, imports(line("2609 00 00", 2500), line("26090000", 2500))), "2021-01-01");
  }

  @Test
  void materialAndFormFindTheRow() {
    String yaml = imports("  - {material: tin, form: ore_concentrate, kg_per_year: 6000}\n");
    applies(assess(ID, yaml), "2021-01-01");
  }

  @Test
  void rowWithAnUnverifiedFigureDecidesAndSaysSo() {
    // tantalum ores (ex 2615 90 00, TARIC 10): 22,000 kg, figure marked not verified
    Applicability.DoesNotApply d = doesNotApply(assess(ID, imports(line("2615 90 00 10", 1000))));
    assertThat(d.reasons(Rules.ENGLISH)).anyMatch(r -> r.contains("< 22,000 kg") && r.contains("threshold not verified"));
    applies(assess(ID, imports(line("2615 90 00 10", 30000))), "2021-01-01");
  }

  @Test
  void exCodeWithoutTaricNorMaterialDecidesOnlyBelowTheThreshold() {
    // 2615 90 00 also covers vanadium ores: below the row's figure it does not bind either way
    doesNotApply(assess(ID, imports(line("2615 90 00", 1000))));
    // above it, the TARIC code or the material is needed
    cannotTell(assess(ID, imports(line("2615 90 00", 30000))), "eu_imports line 4 cn_code");
    applies(assess(ID, imports("  - {cn_code: \"2615 90 00\", material: tantalum, kg_per_year: 30000}\n")),
        "2021-01-01");
    // a TARIC subdivision other than 10 is outside Annex I
    doesNotApply(assess(ID, imports(line("2615 90 00 90", 900000))));
  }

  @Test
  void refinedGoldBarsOf200KgApply() {
    // CN 7108 13 80: Part A ex 7108 (100 kg) and Part B 7108 13 80 (100 kg) both reached
    applies(assess(ID, imports(line("7108 13 80", 200))), "2021-01-01");
  }

  @Test
  void aHeadingWhoseRowsAllAgreeDecides() {
    // CN 7108, 250 kg: every gold row is 100 kg
    applies(assess(ID, imports(line("7108", 250))), "2021-01-01");
    // CN 7108, 50 kg: below every gold row
    doesNotApply(assess(ID, imports(line("7108", 50))));
  }

  @Test
  void unwroughtTinAndTungstenCarbideRowsArePartB() {
    // 20 t of unwrought tin (8001 10 00) < 100,000 kg
    doesNotApply(assess(ID, imports(line("8001 10 00", 20000))));
    // 50 t of tungsten carbide (2849 90 30) >= 10,000 kg
    applies(assess(ID, imports(line("2849 90 30", 50000))), "2021-01-01");
  }

  @Test
  void realAmbiguityNamesTheRowsAndThresholds() {
    // CN 2825 90, 50 t: tungsten oxides (100,000 kg) not reached, tin oxides (10,000 kg) reached
    Applicability.CannotTell c = cannotTell(assess(ID, imports(line("2825 90", 50000))), "eu_imports line 4 cn_code");
    assertThat(c.reasons(Rules.ENGLISH))
        .anyMatch(r -> r.contains("2825 90 40 (B, 100000 kg)") && r.contains("ex 2825 90 85 10 (B, 10000 kg)"));
  }

  @Test
  void codesOutsideAnnexIDoNotApply() {
    assertThat(doesNotApply(assess(ID, imports(line("2822 00 00", 900000)))).reasons(Rules.ENGLISH))
        .anyMatch(r -> r.contains("not in Annex I"));
    doesNotApply(assess(ID, "eu_imports: []\n"));
  }

  @Test
  void oneRowAboveItsThresholdIsEnoughEvenWithAnUnknownRow() {
    applies(assess(ID, imports(line("2615 90 00 10", 1000), line("2609 00 00", 6000))), "2021-01-01");
  }

  @Test
  void missingImportsCannotTell() {
    cannotTell(assess(ID, "headquarters: FR\n"), "eu_imports");
  }

  @Test
  void applicationDateEdge() {
    String yaml = imports(line("2609 00 00", 6000));
    RegulationAssessment before = assess(ID, yaml, LocalDate.of(2020, 12, 31));
    applies(before, "2021-01-01");
    assertThat(before.status()).isEqualTo(RegulationStatus.ADOPTED_NOT_APPLICABLE);
    assertThat(before.dueOnDate()).isFalse();
    RegulationAssessment on = assess(ID, yaml, LocalDate.of(2021, 1, 1));
    assertThat(on.status()).isEqualTo(RegulationStatus.IN_FORCE);
    assertThat(on.dueOnDate()).isTrue();
  }
}
