package fr.vigie.engine.refdata;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.indicator.IndicatorDefinition;
import fr.vigie.engine.indicator.IndicatorValue;
import fr.vigie.engine.indicator.Indicators;
import fr.vigie.engine.indicator.Orientation;
import fr.vigie.engine.kernel.RiskCategory;
import org.junit.jupiter.api.Test;

class IndicatorReferenceTests {
  private final Indicators indicators = ReferenceData.loadDefault().indicators();

  @Test
  void theAgreedIdsAreDefined() {
    assertThat(indicators.definitions().stream().map(IndicatorDefinition::id))
        .containsExactly(
            "epi", "ndgain_vulnerability", "wgi_va", "wgi_pv", "wgi_ge", "wgi_rq", "wgi_rl", "wgi_cc",
            "fh_pr", "fh_cl", "fh_total", "fsi_total", "fsi_p3");
    IndicatorDefinition fsi = indicators.requireDefinition("fsi_total");
    assertThat(fsi.orientation()).isEqualTo(Orientation.HIGHER_IS_WORSE);
    assertThat(fsi.scaleMax()).isEqualTo(120);
    assertThat(fsi.category()).isEqualTo(RiskCategory.SOCIO_ECONOMIC_POLITICAL);
    assertThat(indicators.requireDefinition("epi").orientation()).isEqualTo(Orientation.HIGHER_IS_BETTER);
  }

  @Test
  void latestValuesMatchTheRawFiles() {
    // wgi_1996_2023.csv: ZAR (World Bank code of DR Congo), rl, 2023 -> resolved to COD
    assertThat(indicators.value("wgi_rl", "COD")).map(IndicatorValue::year).hasValue(2023);
    // fragile_states_index_2006_2023.csv: the 2023 row of COD is the latest
    assertThat(indicators.value("fsi_total", "COD")).map(IndicatorValue::year).hasValue(2023);
    // freedom_house_fiw_2013_2024.csv: "Afghanistan,Asia,c,2024,NF,7,7,..." -> PR 7, CL 7, total 6
    assertThat(indicators.value("fh_pr", "AFG")).hasValue(new IndicatorValue(7, 2024));
    assertThat(indicators.value("fh_cl", "AFG")).hasValue(new IndicatorValue(7, 2024));
    assertThat(indicators.value("fh_total", "AFG")).hasValue(new IndicatorValue(6, 2024));
    // epi_2010_2022.csv: "2022,4,AFG,Afghanistan,43.6,65.6,"
    assertThat(indicators.value("epi", "AFG")).hasValue(new IndicatorValue(43.6, 2022));
    // ndgain_vulnerability_1995_2022.csv: AFG 2022 = 0.586021467 (kept to 6 decimals)
    assertThat(indicators.value("ndgain_vulnerability", "AFG")).hasValue(new IndicatorValue(0.586021, 2022));
  }

  @Test
  void missingValuesStayMissing() {
    // Antarctica is an ISO entry that no indicator covers
    assertThat(indicators.value("wgi_rl", "ATA")).isEmpty();
    assertThat(indicators.values("epi")).doesNotContainKey("ATA");
  }

  @Test
  void unknownIndicatorIsRefused() {
    assertThatThrownBy(() -> indicators.value("cpi", "FRA"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("unknown indicator 'cpi'");
  }
}
