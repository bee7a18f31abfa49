package fr.vigie.engine.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import org.junit.jupiter.api.Test;

/** The product's coverage targets for the bundled data (issue acceptance criteria). */
class CoverageTests {
  private final Coverage coverage = Coverage.of(ReferenceData.loadDefault());

  @Test
  void primerMineralsHaveExtractionAndRefiningExceptKnownGaps() {
    // no raw source gives country shares of gold refining or tantalum processing
    assertThat(coverage.primerGaps()).containsExactly("tantalum: refining", "gold: refining");
    for (var id : Coverage.PRIMER_MINERALS) {
      assertThat(coverage.mineralStages().get(id)).contains(Stage.EXTRACTION);
    }
  }

  @Test
  void atLeastTwentyMineralsHaveProductionData() {
    assertThat(coverage.mineralsWithData()).isGreaterThanOrEqualTo(20);
  }

  @Test
  void namesAndIndicatorsCoverTheCountries() {
    assertThat(coverage.countries()).isEqualTo(249);
    assertThat(coverage.countriesWithNames()).containsEntry("en", 249).containsEntry("fr", 249);
    for (RiskCategory c : RiskCategory.values()) {
      assertThat(coverage.countriesPerCategory().get(c)).as(c.id()).isGreaterThanOrEqualTo(150);
    }
  }
}
