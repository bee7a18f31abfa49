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

class CsdddPolicyTests {
  private static final String ID = "eu-csddd";

  private static String eu(long employees, long turnover) {
    return "headquarters: FR\nemployees: {worldwide: " + employees + "}\nturnover_eur: " + turnover
        + "\n";
  }

  @ParameterizedTest(name = "after Omnibus I: {0} employees -> applies: {1}")
  @CsvSource({"4999, false", "5000, false", "5001, true"})
  void omnibusEmployeesMoreThan5000(long n, boolean expected) {
    RegulationAssessment a = assess(ID, eu(n, 2_000_000_000L));
    if (expected) {
      assertThat(applies(a, "2029-07-26").reasons(Rules.ENGLISH))
          .contains("met: 5,001 employees worldwide > 5,000");
    } else {
      doesNotApply(a);
    }
  }

  @ParameterizedTest(name = "after Omnibus I: turnover {0} -> applies: {1}")
  @CsvSource({"1499999999, false", "1500000000, false", "1500000001, true"})
  void omnibusTurnoverMoreThan1point5bn(long turnover, boolean expected) {
    RegulationAssessment a = assess(ID, eu(6000, turnover));
    if (expected) {
      applies(a, "2029-07-26");
    } else {
      assertThat(doesNotApply(a).reasons(Rules.ENGLISH)).anyMatch(r -> r.contains("≤ EUR 1.5 bn"));
    }
  }

  @ParameterizedTest(name = "non-EU company, EU turnover {0} -> applies: {1}")
  @CsvSource({"1499999999, false", "1500000000, false", "1500000001, true"})
  void nonEuCompanyReadsEuTurnover(long euTurnover, boolean expected) {
    RegulationAssessment a = assess(ID, "headquarters: US\neu_turnover_eur: " + euTurnover + "\n");
    if (expected) {
      applies(a, "2029-07-26");
    } else {
      doesNotApply(a);
    }
  }

  @Test
  void omnibusRegimeStartsOnItsDate() {
    // 3,500 employees and EUR 1 bn: in scope of the stop-the-clock phase (> 3,000 and > EUR 900 m)
    // until Omnibus I, out of scope from the day Omnibus I is in effect in the data.
    String company = eu(3500, 1_000_000_000L);
    applies(assess(ID, company, LocalDate.of(2026, 2, 23)), "2028-07-26");
    doesNotApply(assess(ID, company, LocalDate.of(2026, 2, 24)));
  }

  @Test
  void stopTheClockPostponedTheFirstPhase() {
    // the largest companies: from 26 July 2027 in the original text, 26 July 2028 after 2025/794
    String company = eu(6000, 2_000_000_000L);
    applies(assess(ID, company, LocalDate.of(2025, 4, 16)), "2027-07-26");
    applies(assess(ID, company, LocalDate.of(2025, 4, 17)), "2028-07-26");
  }

  @Test
  void originalPhaseInGivesTheDateOfTheFirstPhaseMet() {
    // 1,200 employees and EUR 500 m: only the third phase (> 1,000 and > EUR 450 m), 2029
    applies(assess(ID, eu(1200, 500_000_000L), LocalDate.of(2025, 1, 1)), "2029-07-26");
  }

  @Test
  void statusChangesTheDayObligationsApply() {
    assertThat(assess(ID, eu(6000, 2_000_000_000L), LocalDate.of(2029, 7, 25)).status())
        .isEqualTo(RegulationStatus.ADOPTED_NOT_APPLICABLE);
    RegulationAssessment onTheDay = assess(ID, eu(6000, 2_000_000_000L), LocalDate.of(2029, 7, 26));
    assertThat(onTheDay.status()).isEqualTo(RegulationStatus.IN_FORCE);
    assertThat(onTheDay.dueOnDate()).isTrue();
  }

  @Test
  void beforeTheDirectiveIsInForceItDoesNotApply() {
    // adopted 13 June 2024, in force 25 July 2024
    doesNotApply(assess(ID, eu(6000, 2_000_000_000L), LocalDate.of(2024, 7, 24)));
    assertThat(assess(ID, eu(6000, 2_000_000_000L), LocalDate.of(2024, 6, 12)).status())
        .isEqualTo(RegulationStatus.PROPOSED);
    assertThat(assess(ID, eu(6000, 2_000_000_000L), LocalDate.of(2024, 6, 13)).status())
        .isEqualTo(RegulationStatus.ADOPTED_NOT_APPLICABLE);
    applies(assess(ID, eu(6000, 2_000_000_000L), LocalDate.of(2024, 7, 25)), "2027-07-26");
  }

  @Test
  void cannotTellWithoutHeadquartersOrFigures() {
    cannotTell(assess(ID, "employees: {worldwide: 9000}\n"), "headquarters");
    cannotTell(assess(ID, "headquarters: FR\nturnover_eur: 2000000000\n"), "employees.worldwide");
    cannotTell(assess(ID, "headquarters: FR\nemployees: {worldwide: 9000}\n"), "turnover_eur");
    cannotTell(assess(ID, "headquarters: US\n"), "eu_turnover_eur");
  }
}
