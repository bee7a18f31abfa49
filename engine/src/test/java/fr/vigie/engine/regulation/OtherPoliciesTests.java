package fr.vigie.engine.regulation;

import static fr.vigie.engine.regulation.Rules.applies;
import static fr.vigie.engine.regulation.Rules.assess;
import static fr.vigie.engine.regulation.Rules.cannotTell;
import static fr.vigie.engine.regulation.Rules.doesNotApply;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Forced labour, LkSG, Dodd-Frank 1502 and the OECD guidance. */
class OtherPoliciesTests {

  @Nested
  class ForcedLabour {
    private static final String ID = "eu-forced-labour";

    @Test
    void anyProductOnTheEuMarketWhateverTheSize() {
      applies(assess(ID, "places_products_on_eu_market: true\nemployees: {worldwide: 3}\n"), "2027-12-14");
      doesNotApply(assess(ID, "places_products_on_eu_market: false\n"));
    }

    @Test
    void batteriesOrImportsAreEvidence() {
      applies(assess(ID, "places_batteries_on_eu_market: true\n"), "2027-12-14");
      applies(assess(ID, "eu_imports: [{cn_code: '8001', kg_per_year: 1}]\n"), "2027-12-14");
    }

    @Test
    void missingFactCannotTell() {
      cannotTell(assess(ID, "headquarters: FR\n"), "places_products_on_eu_market");
    }

    @Test
    void applicationDayEdge() {
      RegulationAssessment before = assess(ID, "places_products_on_eu_market: true\n", LocalDate.of(2027, 12, 13));
      assertThat(before.status()).isEqualTo(RegulationStatus.ADOPTED_NOT_APPLICABLE);
      assertThat(before.dueOnDate()).isFalse();
      RegulationAssessment on = assess(ID, "places_products_on_eu_market: true\n", LocalDate.of(2027, 12, 14));
      assertThat(on.status()).isEqualTo(RegulationStatus.IN_FORCE);
      assertThat(on.dueOnDate()).isTrue();
    }
  }

  @Nested
  class Lksg {
    private static final String ID = "de-lksg";

    @ParameterizedTest(name = "{0} employees in Germany -> from {1}")
    @CsvSource({"999, ", "1000, 2024-01-01", "1001, 2024-01-01", "2999, 2024-01-01",
        "3000, 2023-01-01", "3001, 2023-01-01"})
    void phaseIn(long n, String from) {
      RegulationAssessment a = assess(ID, "employees: {DE: " + n + "}\n");
      if (from == null) {
        assertThat(doesNotApply(a).reasons(Rules.ENGLISH))
            .contains("not met: 999 employees in DE < 1,000");
      } else {
        applies(a, from);
      }
    }

    @Test
    void secondPhaseDateEdge() {
      assertThat(assess(ID, "employees: {DE: 2000}\n", LocalDate.of(2023, 12, 31)).dueOnDate()).isFalse();
      assertThat(assess(ID, "employees: {DE: 2000}\n", LocalDate.of(2024, 1, 1)).dueOnDate()).isTrue();
    }

    @Test
    void worldwideBelowTheThresholdIsEnoughToSayNo() {
      doesNotApply(assess(ID, "employees: {FR: 500, worldwide: 900}\n"));
    }

    @Test
    void germanHeadcountMissingCannotTell() {
      cannotTell(assess(ID, "employees: {FR: 500, worldwide: 5000}\n"), "employees.DE");
    }
  }

  @Nested
  class DoddFrank {
    private static final String ID = "us-dodd-frank-1502";

    @Test
    void secIssuerUsing3tg() {
      applies(assess(ID, "sec_issuer: true\nmaterials_used: [gold, copper]\n"), "2013-01-01");
      doesNotApply(assess(ID, "sec_issuer: true\nmaterials_used: [cobalt, copper]\n"));
      doesNotApply(assess(ID, "sec_issuer: false\nmaterials_used: [tin]\n"));
    }

    @Test
    void cannotTellPaths() {
      cannotTell(assess(ID, "materials_used: [tin]\n"), "sec_issuer");
      cannotTell(assess(ID, "sec_issuer: true\n"), "materials_used");
    }

    @Test
    void firstReportingPeriodEdge() {
      assertThat(assess(ID, "sec_issuer: true\nmaterials_used: [tin]\n", LocalDate.of(2012, 12, 31)).status())
          .isEqualTo(RegulationStatus.ADOPTED_NOT_APPLICABLE);
      assertThat(assess(ID, "sec_issuer: true\nmaterials_used: [tin]\n", LocalDate.of(2013, 1, 1)).status())
          .isEqualTo(RegulationStatus.IN_FORCE);
    }
  }

  @Nested
  class UkModernSlavery {
    private static final String ID = "uk-modern-slavery";

    @ParameterizedTest(name = "turnover GBP {0} -> applies: {1}")
    @CsvSource({"35999999, false", "36000000, true", "36000001, true"})
    void turnoverAtLeast36m(long gbp, boolean expected) {
      RegulationAssessment a = assess(ID, "uk_business: true\nturnover_gbp: " + gbp + "\n");
      if (expected) {
        applies(a, "2016-03-31");
      } else {
        assertThat(doesNotApply(a).reasons(Rules.ENGLISH))
            .contains("not met: GBP 35,999,999 total turnover < GBP 36 m");
      }
    }

    @Test
    void ukBusinessDecidesAndHeadquartersInGbCounts() {
      doesNotApply(assess(ID, "uk_business: false\nturnover_gbp: 90000000\n"));
      applies(assess(ID, "headquarters: GB\nturnover_gbp: 90000000\n"), "2016-03-31");
    }

    @Test
    void cannotTellPaths() {
      cannotTell(assess(ID, "headquarters: FR\nturnover_gbp: 90000000\n"), "uk_business");
      cannotTell(assess(ID, "uk_business: true\nturnover_eur: 90000000\n"), "turnover_gbp");
    }

    @Test
    void firstFinancialYearEdge() {
      assertThat(assess(ID, "uk_business: true\nturnover_gbp: 90000000\n", LocalDate.of(2016, 3, 30)).status())
          .isEqualTo(RegulationStatus.ADOPTED_NOT_APPLICABLE);
      assertThat(assess(ID, "uk_business: true\nturnover_gbp: 90000000\n", LocalDate.of(2016, 3, 31)).status())
          .isEqualTo(RegulationStatus.IN_FORCE);
    }
  }

  @Nested
  class Uflpa {
    private static final String ID = "us-uflpa";

    @Test
    void importersIntoTheUs() {
      applies(assess(ID, "imports_into_us: true\n"), "2022-06-21");
      doesNotApply(assess(ID, "imports_into_us: false\n"));
      cannotTell(assess(ID, "headquarters: US\n"), "imports_into_us");
    }

    @Test
    void presumptionDateEdge() {
      assertThat(assess(ID, "imports_into_us: true\n", LocalDate.of(2022, 6, 20)).dueOnDate()).isFalse();
      assertThat(assess(ID, "imports_into_us: true\n", LocalDate.of(2022, 6, 21)).dueOnDate()).isTrue();
    }
  }

  @Nested
  class Oecd {
    @Test
    void recommendedForEveryoneEvenWithoutFacts() {
      RegulationAssessment a = assess("oecd-ddg", "");
      assertThat(a.status()).isEqualTo(RegulationStatus.VOLUNTARY);
      assertThat(a.outcome()).isInstanceOf(Applicability.Recommended.class);
      assertThat(a.outcome().id()).isEqualTo("recommended");
      assertThat(a.outcome().binding()).isFalse();
      assertThat(a.appliesFrom()).isEmpty();
      assertThat(a.outcome().reasons(Rules.ENGLISH).get(0))
          .startsWith("recommended: voluntary guidance (third edition, 2016) covering all minerals");
      // the 2016 edition covers every mineral: the text names none in particular
      assertThat(a.text().minerals()).isEmpty();
      assertThat(a.obligations()).extracting(o -> o.oecdStep().orElseThrow())
          .containsExactly(1, 2, 3, 4, 5);
    }
  }
}
