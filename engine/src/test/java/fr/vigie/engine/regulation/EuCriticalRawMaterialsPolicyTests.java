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

class EuCriticalRawMaterialsPolicyTests {
  private static final String ID = "eu-crma";

  private static String maker(long employees, long turnover, String materials) {
    return "manufactures_strategic_technologies: true\nemployees: {worldwide: " + employees
        + "}\nturnover_eur: " + turnover + "\nmaterials_used: [" + materials + "]\n";
  }

  @ParameterizedTest(name = "{0} employees -> applies: {1}")
  @CsvSource({"499, false", "500, false", "501, true"})
  void employeesMoreThan500(long n, boolean expected) {
    RegulationAssessment a = assess(ID, maker(n, 200_000_000, "cobalt"));
    if (expected) {
      applies(a, "2027-05-24");
    } else {
      doesNotApply(a);
    }
  }

  @ParameterizedTest(name = "turnover {0} -> applies: {1}")
  @CsvSource({"149999999, false", "150000000, false", "150000001, true"})
  void turnoverMoreThan150m(long turnover, boolean expected) {
    RegulationAssessment a = assess(ID, maker(800, turnover, "lithium"));
    if (expected) {
      applies(a, "2027-05-24");
    } else {
      doesNotApply(a);
    }
  }

  @Test
  void noStrategicRawMaterialOrTechnologyDoesNotApply() {
    doesNotApply(assess(ID, maker(800, 200_000_000, "gold, tin")));
    doesNotApply(assess(ID, "manufactures_strategic_technologies: false\n"));
  }

  @Test
  void entryIntoForceEdge() {
    doesNotApply(assess(ID, maker(800, 200_000_000, "cobalt"), LocalDate.of(2024, 5, 22)));
    applies(assess(ID, maker(800, 200_000_000, "cobalt"), LocalDate.of(2024, 5, 23)), "2027-05-24");
  }

  @Test
  void applicationDayIsTheCompaniesDeadlineNotTheMemberStatesDate() {
    // Article 24: Member States identify the companies by 24 May 2025; the companies' first
    // risk preparedness assessment is due by 24 May 2027
    RegulationAssessment identified = assess(ID, maker(800, 200_000_000, "cobalt"), LocalDate.of(2025, 5, 24));
    assertThat(identified.status()).isEqualTo(RegulationStatus.ADOPTED_NOT_APPLICABLE);
    assertThat(identified.dueOnDate()).isFalse();
    RegulationAssessment before = assess(ID, maker(800, 200_000_000, "cobalt"), LocalDate.of(2027, 5, 23));
    assertThat(before.dueOnDate()).isFalse();
    RegulationAssessment on = assess(ID, maker(800, 200_000_000, "cobalt"), LocalDate.of(2027, 5, 24));
    assertThat(on.status()).isEqualTo(RegulationStatus.IN_FORCE);
    assertThat(on.dueOnDate()).isTrue();
  }

  @Test
  void cannotTellPaths() {
    cannotTell(assess(ID, "employees: {worldwide: 800}\nturnover_eur: 200000000\nmaterials_used: [cobalt]\n"),
        "manufactures_strategic_technologies");
    cannotTell(assess(ID, "manufactures_strategic_technologies: true\nemployees: {worldwide: 800}\nturnover_eur: 200000000\n"),
        "materials_used");
    cannotTell(assess(ID, "manufactures_strategic_technologies: true\nturnover_eur: 200000000\nmaterials_used: [cobalt]\n"),
        "employees.worldwide");
  }
}
