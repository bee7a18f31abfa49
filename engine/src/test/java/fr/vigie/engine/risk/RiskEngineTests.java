package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.indicator.IndicatorDefinition;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.production.CountryShare;
import fr.vigie.engine.production.ProductionSeries;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.risk.supply.GeoPolRisk;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The risk engine over the shipped reference data. */
class RiskEngineTests {
  static final RiskEngine ENGINE = RiskEngine.loadDefault();
  static final ReferenceData DATA = ENGINE.data();
  static final MineralId COBALT = new MineralId("cobalt");

  @Test
  void theDefaultMethodologyUsesTheReferenceIndicatorsWithTheirScalesAndOrientations() {
    // the reference indicators: the definitions plus the four due-diligence indicators
    assertThat(Methodology.REFERENCE_INDICATORS).isEqualTo(RiskEngine.knownIndicators(DATA));
    assertThat(Methodology.REFERENCE_INDICATORS).containsAll(
        DATA.indicators().definitions().stream().map(IndicatorDefinition::id).collect(Collectors.toSet()));
    for (CategoryMethod c : Methodology.loadDefault().categories().values()) {
      for (IndicatorSpec spec : c.indicators()) {
        IndicatorDefinition d = DATA.indicators().requireDefinition(spec.id());
        assertThat(spec.orientation()).as(spec.id()).isEqualTo(d.orientation());
        assertThat(spec.scale()).as(spec.id()).isEqualTo(new Scale(d.scaleMin(), d.scaleMax()));
        assertThat(c.category()).as(spec.id()).isEqualTo(d.category());
      }
    }
  }

  @Test
  void drcHumanRightsFromTheShippedValues() {
    CountryRisk r = ENGINE.country("COD");
    double va = DATA.indicators().value("wgi_va", "COD").orElseThrow().value();
    double cl = DATA.indicators().value("fh_cl", "COD").orElseThrow().value();
    double p3 = DATA.indicators().value("fsi_p3", "COD").orElseThrow().value();
    // with VA -1.21, CL 6, P3 9.3: (1 - 1.29/5 + 5/6 + 0.93) / 3 = (0.742 + 0.8333 + 0.93) / 3 = 0.8351
    double expected = ((1 - (va + 2.5) / 5) + (cl - 1) / 6 + p3 / 10) / 3;
    assertThat(r.score(RiskCategory.HUMAN_RIGHTS).getAsDouble()).isCloseTo(expected, within(1e-12));
    assertThat(r.level(RiskCategory.HUMAN_RIGHTS)).contains(RiskLevel.VERY_HIGH);
    assertThat(r.category(RiskCategory.HUMAN_RIGHTS).contributions()).extracting(CategoryRisk.Contribution::source)
        .containsExactly("wgi-2024", "fh-fiw-2024", "fsi-2023");
  }

  @Test
  void everyCountryScoreStaysInRangeAndMostCountriesAreScoredInEveryCategory() {
    long fullyScored = DATA.countries().all().stream()
        .map(c -> ENGINE.country(c.alpha3()))
        .peek(r -> r.categories().values().forEach(cr -> {
          if (cr instanceof CategoryRisk.Scored s) {
            assertThat(s.score()).isBetween(0.0, 1.0);
          }
        }))
        .filter(r -> r.categories().values().stream().allMatch(cr -> cr instanceof CategoryRisk.Scored))
        .count();
    assertThat(fullyScored).isGreaterThanOrEqualTo(150);
  }

  @Test
  void cobaltStagesCombineProcessesAndProducers() {
    MineralRisk m = ENGINE.mineral(COBALT);
    assertThat(m.stages()).extracting(s -> s.risk().stage())
        .containsExactly(Stage.EXTRACTION, Stage.PRE_TREATMENT, Stage.REFINING);
    StageRisk extraction = m.stages().get(0).risk();
    ProductionSeries series = DATA.production().preferred(COBALT, Stage.EXTRACTION).orElseThrow();
    double hhi = series.countries().stream().mapToDouble(c -> c.share() * c.share()).sum();
    assertThat(extraction.hhi().getAsDouble()).isCloseTo(hhi, within(1e-12));
    // the stage risk of each category lies between its process part and its country part
    for (RiskCategory c : RiskCategory.values()) {
      var p = extraction.processRisk().get(c);
      var w = extraction.countryRisk().get(c);
      var s = extraction.categories().get(c).orElseThrow().score();
      if (p.isPresent() && w.isPresent()) {
        assertThat(s).isCloseTo((p.getAsDouble() + w.get().value()) / 2, within(1e-12));
      }
    }
    assertThat(m.stages().get(1).sharesBasis()).startsWith("extraction shares (proxy)");
    assertThat(m.explain().text()).contains("stage extraction").contains("COD: share=0.7634");
  }

  @Test
  void supplyRiskIsTheHigherStage() {
    RiskEngine.SupplyRisk s = ENGINE.supply(COBALT);
    assertThat(s.stages()).extracting(RiskEngine.StageSupply::stage).containsExactly(Stage.EXTRACTION, Stage.REFINING);
    double max = s.stages().stream().mapToDouble(x -> x.hhiWgi().value()).max().orElseThrow();
    assertThat(s.grossSupplyRisk().getAsDouble()).isEqualTo(max);
    // DRC's term at extraction: share^2 x (2.5 - mean WGI) x 2 x t
    CountryShare drc = s.stages().get(0).series().country("COD").orElseThrow();
    double mean = RiskEngine.WGI_IDS.stream()
        .mapToDouble(w -> DATA.indicators().value(w, "COD").orElseThrow().value()).average().orElseThrow();
    double t = DATA.production().tradeFactor(COBALT, Stage.EXTRACTION, "COD").orElse(1.0);
    double term = drc.share() * drc.share() * (2.5 - mean) * 2 * t;
    assertThat(s.explain().text()).contains(String.format(java.util.Locale.ROOT, "term=%.4f", term).replaceAll("0+$", ""));
  }

  @Test
  void geoPolRiskRefusesAnUnknownYearAndConvertsOwnProductionToTonnes() {
    assertThatThrownBy(() -> ENGINE.geoPolRisk(COBALT, 1999, Stage.EXTRACTION, Optional.empty(),
        List.of(new GeoPolRisk.Import("COD", 1))))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("no extraction production of cobalt for year 1999")
        .hasMessageContaining("years available");
    assertThat(RiskEngine.tonnesPerUnit("kt Cu content")).isEqualTo(1000.0);
    assertThat(RiskEngine.tonnesPerUnit("kg")).isEqualTo(0.001);
    assertThatThrownBy(() -> RiskEngine.tonnesPerUnit("share")).isInstanceOf(ProblemException.class);
  }

  @Test
  void geoPolRiskOfACompanyEqualsTheFormulaOverTheShippedData() {
    var r = ENGINE.geoPolRisk(COBALT, 2024, Stage.EXTRACTION, Optional.empty(),
        List.of(new GeoPolRisk.Import("COD", 75), new GeoPolRisk.Import("FIN", 25)));
    ProductionSeries series = DATA.production().all(COBALT, Stage.EXTRACTION).stream()
        .filter(s -> s.year() == 2024).findFirst().orElseThrow();
    double total = series.countries().stream().mapToDouble(CountryShare::share).sum() + series.otherShare();
    double hhi = series.countries().stream().mapToDouble(c -> c.share() * c.share()).sum() / (total * total);
    double gCod = (2.5 - DATA.indicators().value("wgi_pv", "COD").orElseThrow().value()) / 5;
    double gFin = (2.5 - DATA.indicators().value("wgi_pv", "FIN").orElseThrow().value()) / 5;
    assertThat(r.hhi()).isCloseTo(hhi, within(1e-12));
    assertThat(r.importRisk()).isCloseTo((75 * gCod + 25 * gFin) / 100, within(1e-12));
    assertThat(r.score()).isCloseTo(hhi * r.importRisk(), within(1e-15));
    // as an EU importer, Finland is inside the region: g = 0
    var eu = ENGINE.geoPolRisk(COBALT, 2024, Stage.EXTRACTION, Optional.of("EU"),
        List.of(new GeoPolRisk.Import("COD", 75), new GeoPolRisk.Import("FIN", 25)));
    assertThat(eu.importRisk()).isLessThan(r.importRisk());
  }
}
