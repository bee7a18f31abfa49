package fr.vigie.engine.risk.supply;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeoPolRiskTests {

  // three producers: A 50, B 30, C 20 (any unit)
  static final List<GeoPolRisk.Producer> WORLD = List.of(
      new GeoPolRisk.Producer("COD", 50), new GeoPolRisk.Producer("CHN", 30), new GeoPolRisk.Producer("AUS", 20));

  // political stability: China -0.5, Germany 0.6; Chile missing
  static OptionalDouble pv(String iso3) {
    Map<String, Double> m = Map.of("CHN", -0.5, "DEU", 0.6, "COD", -1.8, "AUS", 0.9);
    return m.containsKey(iso3) ? OptionalDouble.of(m.get(iso3)) : OptionalDouble.empty();
  }

  @Test
  void aCompanyImportingFromTwoPartnersOneWithoutWgi() {
    // HHI = (50^2 + 30^2 + 20^2) / 100^2 = (2500 + 900 + 400) / 10000 = 0.38
    // g(CHN) = (2.5 - (-0.5)) / 5 = 0.6; g(CHL) = 0.5 (missing)
    // imports CHN 60 t, CHL 40 t; p = 0 (company)
    // import risk = (0.6 x 60 + 0.5 x 40) / (0 + 100) = (36 + 20) / 100 = 0.56
    // score = 0.38 x 0.56 = 0.2128
    var r = GeoPolRisk.compute(WORLD, 0,
        List.of(new GeoPolRisk.Import("CHN", 60), new GeoPolRisk.Import("CHL", 40)),
        GeoPolRisk.Importer.company(), GeoPolRiskTests::pv);
    assertThat(r.hhi()).isCloseTo(0.38, within(1e-12));
    assertThat(r.importRisk()).isCloseTo(0.56, within(1e-12));
    assertThat(r.score()).isCloseTo(0.2128, within(1e-12));
    assertThat(r.explanation().text()).contains("CHL: quantity=40, g=0.5, basis=political stability missing");
  }

  @Test
  void partnersInsideTheImportersRegionCountZeroAndOwnProductionDilutes() {
    // France in the EU imports DEU 50 (inside the EU: g = 0) and CHN 50 (g = 0.6), produces 100 itself
    // import risk = (0 x 50 + 0.6 x 50) / (100 + 100) = 30 / 200 = 0.15; score = 0.38 x 0.15 = 0.057
    var france = new GeoPolRisk.Importer("FRA", Set.of("FRA", "DEU"), 100);
    var r = GeoPolRisk.compute(WORLD, 0,
        List.of(new GeoPolRisk.Import("DEU", 50), new GeoPolRisk.Import("CHN", 50)), france, GeoPolRiskTests::pv);
    assertThat(r.importRisk()).isCloseTo(0.15, within(1e-12));
    assertThat(r.score()).isCloseTo(0.057, within(1e-12));
  }

  @Test
  void unattributedProductionCountsInTheTotalButAddsNoSquare() {
    // producers 50, 30 and 20 "other": HHI = (50^2 + 30^2) / 100^2 = 0.34
    var r = GeoPolRisk.compute(WORLD.subList(0, 2), 20, List.of(new GeoPolRisk.Import("CHN", 10)),
        GeoPolRisk.Importer.company(), GeoPolRiskTests::pv);
    assertThat(r.hhi()).isCloseTo(0.34, within(1e-12));
  }

  @Test
  void withoutImportsNorProductionTheScoreIsUndefined() {
    assertThatThrownBy(() -> GeoPolRisk.compute(WORLD, 0, List.of(), GeoPolRisk.Importer.company(), GeoPolRiskTests::pv))
        .isInstanceOf(ProblemException.class).hasMessageContaining("undefined");
    assertThatThrownBy(() -> GeoPolRisk.compute(List.of(), 0, List.of(new GeoPolRisk.Import("CHN", 1)),
        GeoPolRisk.Importer.company(), GeoPolRiskTests::pv))
        .isInstanceOf(ProblemException.class).hasMessageContaining("no world production");
  }
}
