package fr.vigie.engine.refdata;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.mineral.Minerals;
import fr.vigie.engine.valuechain.MineralProcess;
import fr.vigie.engine.valuechain.ProcessRisk;
import fr.vigie.engine.valuechain.ProductionProcess;
import fr.vigie.engine.valuechain.ValueChain;
import java.util.List;
import org.junit.jupiter.api.Test;

class MineralAndValueChainTests {
  private final ReferenceData data = ReferenceData.loadDefault();
  private final Minerals minerals = data.minerals();
  private final ValueChain chain = data.valueChain();

  @Test
  void mineralsAreFoundByIdAndNamesInBothLanguages() {
    assertThat(minerals.size()).isGreaterThanOrEqualTo(27);
    assertThat(minerals.require("graphite naturel").id()).isEqualTo(new MineralId("natural_graphite"));
    assertThat(minerals.require("Natural graphite").id().value()).isEqualTo("natural_graphite");
    assertThat(minerals.require("Étain").id().value()).isEqualTo("tin");
    assertThat(minerals.require("wolfram").id().value()).isEqualTo("tungsten");
    assertThat(minerals.require("bauxite").id().value()).isEqualTo("aluminium");
    assertThatThrownBy(() -> minerals.require("unobtainium"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("unknown mineral 'unobtainium'")
        .hasMessageContaining("cobalt");
  }

  @Test
  void euFlagsAndRegulationsFollowTheTexts() {
    Mineral cobalt = minerals.require("cobalt");
    assertThat(cobalt.euCritical()).isTrue();
    assertThat(cobalt.euStrategic()).isTrue();
    assertThat(cobalt.regulations()).contains("eu-batteries");
    Mineral tin = minerals.require("tin");
    assertThat(tin.euCritical()).isFalse();
    for (String t : List.of("tin", "tantalum", "tungsten", "gold")) {
      assertThat(minerals.require(t).regulations()).contains("eu-conflict-minerals", "us-dodd-frank-1502");
    }
    for (String b : List.of("cobalt", "lithium", "nickel", "natural_graphite")) {
      assertThat(minerals.require(b).namedBy("eu-batteries")).isTrue();
    }
    Mineral tantalum = minerals.require("tantalum");
    assertThat(tantalum.euCritical()).isTrue();
    assertThat(tantalum.euStrategic()).isFalse();
    assertThat(minerals.members(new MineralId("pgms")).stream().map(m -> m.id().value()))
        .containsExactly("platinum", "palladium");
  }

  @Test
  void everyStudyStageHasProcessesAndEveryProcessARiskProfile() {
    for (Stage s : List.of(Stage.EXTRACTION, Stage.PRE_TREATMENT, Stage.REFINING)) {
      assertThat(chain.processes(s)).isNotEmpty();
    }
    for (ProductionProcess p : chain.processes()) {
      List<ProcessRisk> profile = chain.riskProfile(p.id());
      assertThat(profile).as(p.id()).isNotEmpty();
      assertThat(profile).allSatisfy(r -> assertThat(r.justification()).isNotBlank());
    }
    for (RiskCategory c : RiskCategory.values()) {
      assertThat(chain.riskFactors(c)).isNotEmpty();
    }
  }

  @Test
  void studyFindingsShowInTheProfiles() {
    // the study: flotation carries a major chemical risk; open pit the widest range of risks
    assertThat(chain.riskProfile("flotation"))
        .anySatisfy(
            r -> {
              assertThat(r.riskFactor()).isEqualTo("hazardous_chemicals");
              assertThat(r.level()).isEqualTo(RiskLevel.VERY_HIGH);
            });
    assertThat(chain.riskProfile("open_pit").size())
        .isGreaterThanOrEqualTo(chain.riskProfile("gravity_separation").size());
  }

  @Test
  void cobaltIsMostlyAByProductAndLithiumUsesBrineAndHardRock() {
    MineralProcess byProduct =
        chain.processesOf(new MineralId("cobalt"), Stage.EXTRACTION).stream()
            .filter(p -> p.process().equals("by_product_recovery"))
            .findFirst()
            .orElseThrow();
    // 282,000 of 288,200 t (USGS MCS 2025, 2024e) come from copper or nickel ores
    assertThat(byProduct.share()).hasValue(0.978);
    assertThat(chain.processesOf(new MineralId("lithium"), Stage.EXTRACTION).stream().map(MineralProcess::process))
        .contains("brine_evaporation", "open_pit");
  }
}
