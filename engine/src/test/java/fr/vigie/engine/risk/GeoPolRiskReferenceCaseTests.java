package fr.vigie.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.indicator.IndicatorValue;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.risk.supply.GeoPolRisk;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reference case published with the GeoPolRisk authors' open-source tool (geopolrisk-py,
 * Koyamparambath et al., file {@code tests/data/Testing case - tool.xlsx}, sheet "GeoPolRisk"):
 * the United States' manganese ore imports (HS 260200) in 2022. Its published figures: HHI
 * 0.203518 (World Mining Data 2022 mine production), domestic production 0, imports 350,700.567 t,
 * import risk 0.545189, GeoPolRisk score 0.110956. Vigie recomputes it from its own shipped data
 * (World Mining Data 2024 edition, year 2022; WGI political stability of 2022) and the case's
 * imports by partner (sheet "Trade Data", quantities in tonnes).
 */
class GeoPolRiskReferenceCaseTests {
  static final ReferenceData DATA = ReferenceData.loadDefault();
  static final RiskEngine ENGINE = RiskEngine.of(DATA, Methodology.loadDefault());
  static final MineralId MANGANESE = new MineralId("manganese");

  /** The case's 2022 imports of manganese ore by the USA, by partner (tonnes). */
  static final List<GeoPolRisk.Import> USA_2022 = List.of(
      new GeoPolRisk.Import("BEL", 14.374), new GeoPolRisk.Import("BRA", 174.338),
      new GeoPolRisk.Import("CAN", 4.5), new GeoPolRisk.Import("FRA", 8.815),
      new GeoPolRisk.Import("GAB", 216_692.986), new GeoPolRisk.Import("ITA", 1),
      new GeoPolRisk.Import("MEX", 29_363.077), new GeoPolRisk.Import("MAR", 9.11),
      new GeoPolRisk.Import("NLD", 73.64), new GeoPolRisk.Import("SVK", 16.424),
      new GeoPolRisk.Import("ZAF", 102_801.598), new GeoPolRisk.Import("SWE", 0.042),
      new GeoPolRisk.Import("TUR", 3.163), new GeoPolRisk.Import("ZMB", 1_537.5));

  static final double PUBLISHED_SCORE = 0.11095590775245055;
  static final double PUBLISHED_HHI = 0.20351833729028621;
  static final double PUBLISHED_IMPORT_RISK = 0.54518874922896887;

  @Test
  void usaManganese2022ReproducesThePublishedScoreWithinThreePercent() {
    GeoPolRisk.Result r = ENGINE.geoPolRisk(MANGANESE, 2022, Stage.EXTRACTION, Optional.of("USA"), USA_2022);
    // the two partners that carry 91% of the imports, by hand with the 2022 WGI political
    // stability: Gabon 0.06 -> g = (2.5 - 0.06) / 5 = 0.488; South Africa -0.68 -> g = 0.636
    assertThat(DATA.indicators().value("wgi_pv", "GAB", 2022)).hasValue(new IndicatorValue(0.06, 2022));
    assertThat(DATA.indicators().value("wgi_pv", "ZAF", 2022)).hasValue(new IndicatorValue(-0.68, 2022));
    assertThat(r.hhi()).isCloseTo(PUBLISHED_HHI, within(PUBLISHED_HHI * 0.03));
    assertThat(r.importRisk()).isCloseTo(PUBLISHED_IMPORT_RISK, within(PUBLISHED_IMPORT_RISK * 0.03));
    assertThat(r.score()).isCloseTo(PUBLISHED_SCORE, within(PUBLISHED_SCORE * 0.03));
    assertThat(r.explanation().facts().get("political_stability").toString()).contains("year 2022");
  }

  @Test
  void theLatestWgiInsteadOfTheYearsMissesTheReferenceCase() {
    // the same formula over the same production and imports, but each partner's latest WGI (2023:
    // Gabon -0.34 after the 2023 coup, g = 0.568 instead of 0.488) misses the case by more than 3%
    var series = DATA.production().all(MANGANESE, Stage.EXTRACTION).stream().filter(s -> s.year() == 2022)
        .findFirst().orElseThrow();
    List<GeoPolRisk.Producer> producers = series.countries().stream()
        .map(c -> new GeoPolRisk.Producer(c.alpha3(), c.share())).toList();
    GeoPolRisk.Result latest = GeoPolRisk.compute(producers, series.otherShare(), USA_2022,
        new GeoPolRisk.Importer("USA", java.util.Set.of("USA"), 0),
        iso -> DATA.indicators().value("wgi_pv", iso).map(v -> java.util.OptionalDouble.of(v.value()))
            .orElse(java.util.OptionalDouble.empty()));
    assertThat(Math.abs(latest.score() / PUBLISHED_SCORE - 1)).isGreaterThan(0.03);
  }

  @Test
  void hhiWgiOfAYearUsesThatYearsGovernance() {
    // the EU method's scaled WGI of Gabon in 2022 and in 2023: (2.5 - mean of the six estimates) x 2,
    // each year with its own estimates; the supply risk of a year names its WGI year
    for (int year : new int[] {2022, 2023}) {
      double sum = 0;
      for (String id : RiskEngine.WGI_IDS) {
        var v = DATA.indicators().value(id, "GAB", year).orElseThrow();
        assertThat(v.year()).isEqualTo(year);
        sum += v.value();
      }
      double expected = (2.5 - sum / 6) * 2;
      assertThat(ENGINE.atYear(year).scaledWgi("GAB").getAsDouble()).isCloseTo(expected, within(1e-12));
    }
    assertThat(ENGINE.atYear(2022).scaledWgi("GAB").getAsDouble())
        .isNotCloseTo(ENGINE.atYear(2023).scaledWgi("GAB").getAsDouble(), within(0.05));
    assertThat(ENGINE.atYear(2022).supply(MANGANESE).explain().facts().get("wgi_year").toString()).startsWith("2022");
  }

  @Test
  void aYearWithoutValuesUsesTheNearestEarlierYear() {
    // the WGI series ships 2015-2023: 2024 takes 2023, stated by the value's year
    assertThat(DATA.indicators().value("wgi_pv", "GAB", 2024)).hasValue(new IndicatorValue(-0.34, 2023));
    // before the series, the earliest later value (2015)
    assertThat(DATA.indicators().value("wgi_pv", "GAB", 2010).orElseThrow().year()).isEqualTo(2015);
    assertThat(DATA.indicators().years("wgi_pv")).contains(2015, 2022, 2023);
    // the engine of a year scores countries with that year's WGI
    double va2018 = DATA.indicators().value("wgi_va", "FRA", 2018).orElseThrow().value();
    CountryRisk france2018 = ENGINE.atYear(2018).country("FRA");
    assertThat(france2018.explain().toString()).contains(String.valueOf(va2018));
  }
}
