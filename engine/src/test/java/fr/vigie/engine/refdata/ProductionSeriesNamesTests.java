package fr.vigie.engine.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.production.ProductionSeries;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every production series of {@code production.csv} is named in English and French by {@code
 * production-series-names.csv}: a report never shows a series label in English in French.
 */
class ProductionSeriesNamesTests {
  static final ReferenceData DATA = ReferenceData.loadDefault();

  @Test
  void everySeriesHasItsNameInBothLanguages() {
    for (ProductionSeries s : DATA.production().allSeries()) {
      String id = s.series();
      // English: the series as the source labels it; French: a translation, not the English
      assertThat(DATA.termNames().name(ReferenceData.PRODUCTION_SERIES, id, Locale.ENGLISH)).as(id)
          .isEqualTo(Optional.of(id));
      Optional<String> fr = DATA.termNames().name(ReferenceData.PRODUCTION_SERIES, id, Locale.FRENCH);
      assertThat(fr).as(id).isPresent();
      assertThat(fr.get()).as(id).isNotEqualTo(id).doesNotContain("estimated", "production (");
    }
    assertThat(DATA.termNames().name(ReferenceData.PRODUCTION_SERIES, "mine production (estimated)", Locale.FRENCH))
        .contains("production minière estimée");
  }
}
