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

class EuDeforestationPolicyTests {
  private static final String ID = "eu-deforestation";

  private static String company(long employees, long turnover, long balance) {
    return "materials_used: [copper, wood]\nemployees: {worldwide: " + employees
        + "}\nturnover_eur: " + turnover + "\nbalance_sheet_eur: " + balance + "\n";
  }

  // Not micro or small = exceeds two of: 50 employees, EUR 10 m turnover, EUR 5 m balance sheet.
  @ParameterizedTest(name = "{0} employees with turnover above the limit -> large/medium date: {1}")
  @CsvSource({"49, 2027-06-30", "50, 2027-06-30", "51, 2026-12-30"})
  void employeesLimitDecidesTheDate(long employees, String from) {
    applies(assess(ID, company(employees, 12_000_000, 1_000_000)), from);
  }

  @ParameterizedTest(name = "turnover {0} with 60 employees -> date: {1}")
  @CsvSource({"9999999, 2027-06-30", "10000000, 2027-06-30", "10000001, 2026-12-30"})
  void turnoverLimitDecidesTheDate(long turnover, String from) {
    applies(assess(ID, company(60, turnover, 1_000_000)), from);
  }

  @ParameterizedTest(name = "balance sheet {0} with 60 employees -> date: {1}")
  @CsvSource({"4999999, 2027-06-30", "5000000, 2027-06-30", "5000001, 2026-12-30"})
  void balanceSheetLimitDecidesTheDate(long balance, String from) {
    applies(assess(ID, company(60, 1_000_000, balance)), from);
  }

  @Test
  void secondPostponementEdge() {
    // the day before Regulation (EU) 2025/2650 is in effect in the data: 30 Dec 2025; from it: 2026
    applies(assess(ID, company(300, 80_000_000, 40_000_000), LocalDate.of(2025, 12, 22)), "2025-12-30");
    applies(assess(ID, company(300, 80_000_000, 40_000_000), LocalDate.of(2025, 12, 23)), "2026-12-30");
  }

  @Test
  void applicationDayEdge() {
    assertThat(assess(ID, company(300, 80_000_000, 40_000_000), LocalDate.of(2026, 12, 29)).dueOnDate()).isFalse();
    assertThat(assess(ID, company(300, 80_000_000, 40_000_000), LocalDate.of(2026, 12, 30)).dueOnDate()).isTrue();
  }

  @Test
  void sizeUnknownStillGivesTheLaterDateAndSaysItMayBeEarlier() {
    Applicability.Applies a =
        applies(assess(ID, "materials_used: [rubber]\nemployees: {worldwide: 60}\nturnover_eur: 1000000\n"), "2027-06-30");
    assertThat(a.reasons(Rules.ENGLISH)).anyMatch(r -> r.startsWith("may apply earlier, from 30 December 2026"));
  }

  @Test
  void noRelevantCommodityDoesNotApply() {
    doesNotApply(assess(ID, "materials_used: [cobalt, lithium]\n"));
  }

  @Test
  void missingMaterialsCannotTell() {
    cannotTell(assess(ID, "employees: {worldwide: 600}\n"), "materials_used");
  }
}
