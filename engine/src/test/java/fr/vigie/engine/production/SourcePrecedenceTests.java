package fr.vigie.engine.production;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SourcePrecedenceTests {
  private static final MineralId M = new MineralId("cobalt");

  private static ProductionSeries series(String source, int year, SeriesFit fit) {
    return new ProductionSeries(
        M, Stage.EXTRACTION, source, year, "s", "t", fit,
        List.of(new CountryShare("COD", 0.7, OptionalDouble.empty())), 0.3);
  }

  @Test
  void exactBeatsProxyThenRecentBeatsOldThenSourceOrder() {
    ProductionSeries proxy2024 = series("iea-gcmo-2024", 2024, SeriesFit.PROXY);
    ProductionSeries eu2020 = series("eu-crm-2023", 2020, SeriesFit.EXACT);
    ProductionSeries usgs2023 = series("usgs-mcs-2025", 2023, SeriesFit.EXACT);
    ProductionSeries iea2023 = series("iea-gcmo-2024", 2023, SeriesFit.EXACT);
    ProductionSeries usgs2024 = series("usgs-mcs-2025", 2024, SeriesFit.EXACT);
    Production p = new Production(List.of(proxy2024, eu2020, usgs2023, iea2023, usgs2024), List.of());
    assertThat(p.all(M, Stage.EXTRACTION)).containsExactly(usgs2024, iea2023, usgs2023, eu2020, proxy2024);
    assertThat(p.preferred(M, Stage.EXTRACTION)).contains(usgs2024);
    assertThat(p.preferred(M, Stage.REFINING)).isEmpty();
  }

  @Test
  void countriesAreSortedByShareDescending() {
    ProductionSeries s =
        new ProductionSeries(
            M, Stage.REFINING, "x", 2023, "s", "t", SeriesFit.EXACT,
            List.of(
                new CountryShare("FIN", 0.1, OptionalDouble.empty()),
                new CountryShare("CHN", 0.8, OptionalDouble.empty()),
                new CountryShare("BEL", 0.1, OptionalDouble.empty())),
            0);
    assertThat(s.countries().stream().map(CountryShare::alpha3)).containsExactly("CHN", "BEL", "FIN");
    // 0.1 + 0.8 + 0.1 + 0 = 1.0
    assertThat(s.total()).isEqualTo(1.0);
  }
}
