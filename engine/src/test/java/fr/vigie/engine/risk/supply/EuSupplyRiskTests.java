package fr.vigie.engine.risk.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.kernel.Stage;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class EuSupplyRiskTests {

  @Test
  void wgiIsRescaledToZeroTenWithTenTheWorst() {
    // six estimates with mean -1.0: (2.5 - (-1.0)) x 2 = 7.0
    assertThat(EuSupplyRisk.scaledWgi(List.of(-1.2, -0.8, -1.0, -1.5, -0.5, -1.0)).getAsDouble())
        .isCloseTo(7.0, within(1e-12));
    // best and worst ends
    assertThat(EuSupplyRisk.scaledWgi(List.of(2.5)).getAsDouble()).isEqualTo(0.0);
    assertThat(EuSupplyRisk.scaledWgi(List.of(-2.5)).getAsDouble()).isEqualTo(10.0);
    // beyond the range: clamped
    assertThat(EuSupplyRisk.scaledWgi(List.of(-2.7)).getAsDouble()).isEqualTo(10.0);
    assertThat(EuSupplyRisk.scaledWgi(List.of())).isEmpty();
  }

  @Test
  void hhiWgiTWeighsSquaredSharesByGovernanceAndTradeFactor() {
    var r = EuSupplyRisk.hhiWgiT(List.of(
        new EuSupplyRisk.Supplier("COD", 0.6, OptionalDouble.of(7.0), 1.0),
        new EuSupplyRisk.Supplier("FIN", 0.3, OptionalDouble.of(2.0), 0.8),
        new EuSupplyRisk.Supplier("XXX", 0.1, OptionalDouble.empty(), 1.0)));
    // 0.36 x 7 x 1 + 0.09 x 2 x 0.8 + 0.01 x 5 (missing -> 5) x 1 = 2.52 + 0.144 + 0.05 = 2.714
    assertThat(r.value()).isCloseTo(2.714, within(1e-12));
    assertThat(r.missingWgi()).containsExactly("XXX");
    assertThat(r.explanation().text()).contains("FIN: share=0.3, wgi_scaled=2, t=0.8, term=0.144");
  }

  @Test
  void grossSupplyRiskIsTheHigherStage() {
    var g = EuSupplyRisk.gross(Map.of(Stage.EXTRACTION, 2.714, Stage.REFINING, 3.1)).orElseThrow();
    assertThat(g.getKey()).isEqualTo(Stage.REFINING);
    assertThat(g.getValue()).isEqualTo(3.1);
    assertThat(EuSupplyRisk.gross(Map.of())).isEmpty();
  }
}
