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

class CsrdPolicyTests {
  private static final String ID = "eu-csrd";

  private static String eu(long employees, long turnover) {
    return "headquarters: DE\nemployees: {worldwide: " + employees + "}\nturnover_eur: " + turnover
        + "\n";
  }

  @ParameterizedTest(name = "after Omnibus I: {0} employees -> applies: {1}")
  @CsvSource({"999, false", "1000, false", "1001, true"})
  void employeesMoreThan1000(long n, boolean expected) {
    RegulationAssessment a = assess(ID, eu(n, 600_000_000));
    if (expected) {
      applies(a, "2027-01-01");
    } else {
      doesNotApply(a);
    }
  }

  @ParameterizedTest(name = "after Omnibus I: turnover {0} -> applies: {1}")
  @CsvSource({"449999999, false", "450000000, false", "450000001, true"})
  void turnoverMoreThan450m(long turnover, boolean expected) {
    RegulationAssessment a = assess(ID, eu(2000, turnover));
    if (expected) {
      applies(a, "2027-01-01");
    } else {
      doesNotApply(a);
    }
  }

  @ParameterizedTest(name = "non-EU group, EU turnover {0} -> applies: {1}")
  @CsvSource({"449999999, false", "450000000, false", "450000001, true"})
  void nonEuGroupsFrom2028(long euTurnover, boolean expected) {
    // Article 40a: an EU subsidiary above EUR 200 m of turnover (after Omnibus I)
    RegulationAssessment a = assess(ID, "headquarters: JP\neu_turnover_eur: " + euTurnover + "\n"
        + "eu_subsidiaries: [{country: DE, turnover_eur: 300_000_000, employees: 900}]\n");
    if (expected) {
      applies(a, "2028-01-01");
    } else {
      doesNotApply(a);
    }
  }

  @Test
  void nonEuGroupWithoutItsEuSubsidiaryOrBranchFactsCannotTell() {
    // Article 40a needs an EU subsidiary or branch: without those facts, cannot tell
    Applicability.CannotTell c = cannotTell(assess(ID, "headquarters: JP\neu_turnover_eur: 2_000_000_000\n"),
        "eu_subsidiaries", "eu_branches");
    assertThat(c.reasons(Rules.ENGLISH)).contains("met: EUR 2 bn net turnover in the EU > EUR 450 m");
    // a small branch only (EUR 50 m <= EUR 200 m): does not apply
    doesNotApply(assess(ID, "headquarters: JP\neu_turnover_eur: 2_000_000_000\neu_subsidiaries: []\n"
        + "eu_branches: [{country: NL, turnover_eur: 50_000_000}]\n"));
  }

  @Test
  void firstWaveListedGroupReportsOnFinancialYear2024() {
    // a listed French group, 6,000 employees, EUR 2 bn: a public-interest entity > 500 employees
    // (Article 5(2)(a)), also above 1,000 employees and EUR 450 m: financial year 2024
    applies(assess(ID, "headquarters: FR\nlisted_on_eu_regulated_market: true\n"
        + "employees: {worldwide: 6000}\nturnover_eur: 2_000_000_000\n"), "2024-01-01");
    // the same group unlisted and not a public-interest entity: second wave, financial year 2027
    applies(assess(ID, "headquarters: FR\nlisted_on_eu_regulated_market: false\npublic_interest_entity: false\n"
        + "employees: {worldwide: 6000}\nturnover_eur: 2_000_000_000\n"), "2027-01-01");
  }

  @Test
  void beforeOmnibusLargeUndertakingsWereInScope() {
    // 300 employees > 250 and EUR 60 m > EUR 50 m: a large undertaking (two of three) under the
    // stop-the-clock rules (financial year 2027); out of scope from the Omnibus I date.
    applies(assess(ID, eu(300, 60_000_000), LocalDate.of(2026, 2, 23)), "2027-01-01");
    doesNotApply(assess(ID, eu(300, 60_000_000), LocalDate.of(2026, 2, 24)));
  }

  @Test
  void stopTheClockPostponedTheSecondWave() {
    applies(assess(ID, eu(300, 60_000_000), LocalDate.of(2025, 4, 16)), "2025-01-01");
    applies(assess(ID, eu(300, 60_000_000), LocalDate.of(2025, 4, 17)), "2027-01-01");
  }

  @Test
  void largeUndertakingWithOneCriterionNeedsTheBalanceSheet() {
    cannotTell(assess(ID, eu(300, 10_000_000), LocalDate.of(2025, 6, 1)), "balance_sheet_eur");
  }

  @Test
  void cannotTellPaths() {
    cannotTell(assess(ID, "employees: {worldwide: 3000}\n"), "headquarters");
    cannotTell(assess(ID, "headquarters: FR\nemployees: {worldwide: 3000}\n"), "turnover_eur");
  }
}
