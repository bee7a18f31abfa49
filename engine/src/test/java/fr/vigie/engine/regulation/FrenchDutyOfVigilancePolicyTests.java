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

class FrenchDutyOfVigilancePolicyTests {
  private static final String ID = "fr-duty-of-vigilance";

  private static String france(long thisYear, long lastYear) {
    return "headquarters: FR\nemployees: {FR: " + thisYear + ", worldwide: " + (thisYear + 100)
        + "}\nemployees_previous_year: {FR: " + lastYear + ", worldwide: " + (lastYear + 100) + "}\n";
  }

  @ParameterizedTest(name = "{0} employees in France both years -> applies: {1}")
  @CsvSource({"4999, false", "5000, true", "5001, true"})
  void franceThresholdIsAtLeast5000(long n, boolean expected) {
    RegulationAssessment a = assess(ID, france(n, n));
    if (expected) {
      Applicability.Applies ap = applies(a, "2017-03-29");
      assertThat(ap.reasons(Rules.ENGLISH)).contains("met: " + String.format(java.util.Locale.ENGLISH, "%,d", n) + " employees in FR ≥ 5,000");
    } else {
      assertThat(doesNotApply(a).reasons(Rules.ENGLISH)).contains("not met: 4,999 employees in FR < 5,000");
    }
  }

  @ParameterizedTest(name = "{0} employees worldwide both years -> applies: {1}")
  @CsvSource({"9999, false", "10000, true", "10001, true"})
  void worldwideThresholdIsAtLeast10000(long n, boolean expected) {
    String yaml = "headquarters: FR\nemployees: {FR: 100, worldwide: " + n + "}\n"
        + "employees_previous_year: {FR: 100, worldwide: " + n + "}\n";
    RegulationAssessment a = assess(ID, yaml);
    if (expected) {
      applies(a, "2017-03-29");
    } else {
      doesNotApply(a);
    }
  }

  @Test
  void thresholdMetOnlyThisYearIsNotTwoConsecutiveYears() {
    assertThat(doesNotApply(assess(ID, france(6200, 4900))).reasons(Rules.ENGLISH))
        .contains("not met: 4,900 employees in FR the previous year < 5,000");
  }

  @Test
  void previousYearMissingIsAssumedAsCurrentAndSaidSo() {
    // 6,200 employees in France, no previous-year figure: Article L. 225-102-4 needs two
    // consecutive years; the previous year is taken as the current one and the reasons say so
    String yaml = "headquarters: FR\nemployees: {FR: 6200, worldwide: 7000}\n";
    Applicability.Applies ap = applies(assess(ID, yaml), "2017-03-29");
    assertThat(ap.reasons(Rules.ENGLISH))
        .contains("met: headquarters in FR", "met: 6,200 employees in FR ≥ 5,000",
            "assumed: previous year as current; give employees_previous_year to confirm")
        .noneMatch(r -> r.startsWith("cannot tell"));
    assertThat(ap.reasons(Rules.FRENCH)).contains(
        "hypothèse\u00a0: année précédente identique à l'année en cours\u00a0; donner employees_previous_year pour confirmer");
  }

  @Test
  void aPartialPreviousYearIsNotReplaced() {
    // the previous year is given worldwide only: the French figure stays missing
    String yaml = "headquarters: FR\nemployees: {FR: 6200, worldwide: 7000}\n"
        + "employees_previous_year: {worldwide: 7000}\n";
    assertThat(cannotTell(assess(ID, yaml), "employees_previous_year.FR").missingFacts())
        .containsExactly("employees_previous_year.FR");
  }

  @Test
  void foreignHeadquartersDoesNotApply() {
    String yaml = "headquarters: DE\nemployees: {FR: 6200, worldwide: 20000}\n"
        + "employees_previous_year: {FR: 6200, worldwide: 20000}\n";
    assertThat(doesNotApply(assess(ID, yaml)).reasons(Rules.ENGLISH))
        .contains("not met: headquarters in DE, not FR");
  }

  @Test
  void missingHeadquartersCannotTell() {
    String yaml = "employees: {FR: 6200, worldwide: 7000}\n"
        + "employees_previous_year: {FR: 6200, worldwide: 7000}\n";
    cannotTell(assess(ID, yaml), "headquarters");
  }

  @Test
  void missingEmployeesCannotTell() {
    cannotTell(assess(ID, "headquarters: FR\n"), "employees.FR", "employees.worldwide");
  }

  @Test
  void beforeTheLawWasInForceItDoesNotApply() {
    // day before entry into force vs the day it enters into force
    doesNotApply(assess(ID, france(6200, 6200), LocalDate.of(2017, 3, 28)));
    applies(assess(ID, france(6200, 6200), LocalDate.of(2017, 3, 29)), "2017-03-29");
  }
}
