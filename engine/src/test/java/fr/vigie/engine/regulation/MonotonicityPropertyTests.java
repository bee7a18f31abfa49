package fr.vigie.engine.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Properties of the size-based rules: a bigger company is never less in scope, and never bound
 * later, than a smaller one; a text that does not apply lists no obligation.
 */
class MonotonicityPropertyTests {

  private static String company(long employees, long turnover) {
    return "headquarters: DE\nemployees: {DE: " + employees + ", worldwide: " + employees
        + "}\nturnover_eur: " + turnover + "\nplaces_batteries_on_eu_market: true\n"
        + "manufactures_strategic_technologies: true\nmaterials_used: [cobalt]\n";
  }

  @Property(tries = 200)
  void growingNeverTakesACompanyOutOfScope(
      @ForAll @LongRange(min = 0, max = 20_000) long employees,
      @ForAll @LongRange(min = 0, max = 3_000_000_000L) long turnover,
      @ForAll @LongRange(min = 0, max = 5_000) long moreEmployees,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long moreTurnover,
      @ForAll @IntRange(min = 2023, max = 2030) int year) {
    LocalDate date = LocalDate.of(year, 6, 1);
    for (String id : new String[] {"eu-csddd", "eu-csrd", "de-lksg", "eu-batteries", "eu-crma"}) {
      RegulationAssessment small = Rules.assess(id, company(employees, turnover), date);
      RegulationAssessment big =
          Rules.assess(id, company(employees + moreEmployees, turnover + moreTurnover), date);
      if (small.outcome() instanceof Applicability.Applies a) {
        assertThat(big.outcome()).as(id).isInstanceOf(Applicability.Applies.class);
        assertThat(((Applicability.Applies) big.outcome()).from()).as(id).isBeforeOrEqualTo(a.from());
      }
      for (RegulationAssessment r : new RegulationAssessment[] {small, big}) {
        if (r.outcome() instanceof Applicability.DoesNotApply) {
          assertThat(r.obligations()).isEmpty();
        } else {
          assertThat(r.obligations()).isEqualTo(r.text().obligations());
        }
      }
    }
  }
}
