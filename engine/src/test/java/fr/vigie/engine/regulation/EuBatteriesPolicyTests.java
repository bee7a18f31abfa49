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

class EuBatteriesPolicyTests {
  private static final String ID = "eu-batteries";

  private static String maker(long turnover) {
    return "places_batteries_on_eu_market: true\nturnover_eur: " + turnover + "\n";
  }

  @ParameterizedTest(name = "turnover {0} -> applies: {1}")
  @CsvSource({"39999999, false", "40000000, true", "40000001, true"})
  void turnoverAtLeast40m(long turnover, boolean expected) {
    RegulationAssessment a = assess(ID, maker(turnover));
    if (expected) {
      applies(a, "2027-08-18");
    } else {
      assertThat(doesNotApply(a).reasons(Rules.ENGLISH))
          .contains("not met: EUR 39,999,999 net turnover < EUR 40 m");
    }
  }

  @Test
  void stopTheClockMovedTheDate() {
    // day before the stop-the-clock regulation is in force: 18 Aug 2025; from that day: 18 Aug 2027
    applies(assess(ID, maker(50_000_000), LocalDate.of(2025, 7, 30)), "2025-08-18");
    applies(assess(ID, maker(50_000_000), LocalDate.of(2025, 7, 31)), "2027-08-18");
  }

  @Test
  void postponementEndEdge() {
    RegulationAssessment before = assess(ID, maker(50_000_000), LocalDate.of(2027, 8, 17));
    assertThat(before.status()).isEqualTo(RegulationStatus.ADOPTED_NOT_APPLICABLE);
    assertThat(before.dueOnDate()).isFalse();
    RegulationAssessment on = assess(ID, maker(50_000_000), LocalDate.of(2027, 8, 18));
    assertThat(on.status()).isEqualTo(RegulationStatus.IN_FORCE);
    assertThat(on.dueOnDate()).isTrue();
  }

  @Test
  void noBatteriesDoesNotApply() {
    doesNotApply(assess(ID, "places_batteries_on_eu_market: false\nturnover_eur: 90000000\n"));
  }

  @Test
  void cannotTellPaths() {
    cannotTell(assess(ID, "turnover_eur: 90000000\n"), "places_batteries_on_eu_market");
    cannotTell(assess(ID, "places_batteries_on_eu_market: true\n"), "turnover_eur");
  }
}
