package fr.vigie.engine.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.SeededProperty;
import fr.vigie.engine.Seeds;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the size-based rules: a bigger company is never less in scope, and never bound
 * later, than a smaller one; a text that does not apply lists no obligation. Each property runs over
 * seeded random cases (see {@link Seeds}).
 */
class MonotonicityPropertyTests {

  private static String company(long employees, long turnover) {
    return "headquarters: DE\nemployees: {DE: " + employees + ", worldwide: " + employees
        + "}\nturnover_eur: " + turnover + "\nplaces_batteries_on_eu_market: true\n"
        + "manufactures_strategic_technologies: true\nmaterials_used: [cobalt]\n";
  }

  static LongStream seeds() {
    return Seeds.seeds(MonotonicityPropertyTests.class.getName(), 200);
  }

  @SeededProperty
  @MethodSource("seeds")
  void growingNeverTakesACompanyOutOfScope(long seed) {
    Random random = new Random(seed);
    long employees = Seeds.longBetween(random, 0, 20_000);
    long turnover = Seeds.longBetween(random, 0, 3_000_000_000L);
    long moreEmployees = Seeds.longBetween(random, 0, 5_000);
    long moreTurnover = Seeds.longBetween(random, 0, 1_000_000_000L);
    int year = Seeds.intBetween(random, 2023, 2030);
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
