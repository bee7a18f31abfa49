package fr.vigie.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.valuechain.MineralProcess;
import fr.vigie.engine.valuechain.ProcessRisk;
import fr.vigie.engine.valuechain.ValueChain;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The process-risk cells from the literature, the mineral-specific cells and cobalt's by-product rule. */
class ProcessLiteratureTests {
  static final ReferenceData DATA = ReferenceData.loadDefault();
  static final ValueChain CHAIN = DATA.valueChain();
  static final RiskEngine ENGINE = RiskEngine.of(DATA, Methodology.loadDefault());
  static final MineralId COBALT = new MineralId("cobalt");

  private static Optional<ProcessRisk> cell(String process, String factor, String mineral) {
    return CHAIN.riskProfile(process, new MineralId(mineral)).stream()
        .filter(r -> r.riskFactor().equals(factor)).findFirst();
  }

  @Test
  void everyCellCitesAPublishedSourceWithAReferenceOrIsMarkedJudgement() {
    for (var p : CHAIN.processes()) {
      for (ProcessRisk r : CHAIN.allCells(p.id())) {
        assertThat(DATA.catalog().find(r.source())).as(r.process() + "/" + r.riskFactor()).isPresent();
        if (!r.judgement()) {
          assertThat(r.reference()).as(r.process() + "/" + r.riskFactor()).isNotBlank();
        }
      }
    }
  }

  @Test
  void mercuryIsAGoldIssueNotACobaltOne() {
    assertThat(cell("asm", "hazardous_chemicals", "cobalt")).isEmpty();
    assertThat(cell("asm", "hazardous_chemicals", "gold")).hasValueSatisfying(r -> {
      assertThat(r.level()).isEqualTo(RiskLevel.VERY_HIGH);
      assertThat(r.justification()).contains("Mercury");
      assertThat(r.source()).isEqualTo("unep-gma-2018");
    });
    assertThat(CHAIN.riskProfile("asm")).noneMatch(r -> r.justification().toLowerCase().contains("mercury"));
  }

  @Test
  void katangaCobaltIsNotVeryHighOnArmedConflictButTinTantalumTungstenAreStill() {
    assertThat(cell("asm", "armed_conflict", "cobalt")).hasValueSatisfying(r -> {
      assertThat(r.level()).isEqualTo(RiskLevel.LOW);
      assertThat(r.source()).isEqualTo("ucdp-acd-25-1");
    });
    assertThat(cell("asm", "armed_conflict", "tantalum").orElseThrow().level()).isEqualTo(RiskLevel.VERY_HIGH);
  }

  @Test
  void rareEarthProcessingHasRadioactiveResidues() {
    assertThat(cell("hydrometallurgy", "waste_tailings", "rare_earths")).hasValueSatisfying(r -> {
      assertThat(r.level()).isEqualTo(RiskLevel.VERY_HIGH);
      assertThat(r.justification()).contains("thorium");
      assertThat(r.source()).isEqualTo("iaea-srs-68-2011");
    });
    // other minerals' hydrometallurgy keeps the cell for every mineral
    assertThat(cell("hydrometallurgy", "waste_tailings", "nickel").orElseThrow().level()).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  void myanmarTinIsHardRockAndMixedNotOnlyAlluvial() {
    List<MineralProcess> tin = CHAIN.processesOf(new MineralId("tin"), Stage.EXTRACTION);
    assertThat(tin).anySatisfy(mp -> {
      assertThat(mp.process()).isEqualTo("open_pit");
      assertThat(mp.note()).contains("Man Maw").contains("Wa region");
      assertThat(mp.source()).isEqualTo("gardiner-2015");
    });
    assertThat(tin).filteredOn(mp -> mp.process().equals("dredging_alluvial"))
        .allSatisfy(mp -> assertThat(mp.note()).doesNotContain("Myanmar"));
  }

  @Test
  void cobaltFromCopperAndNickelMinesKeepsTheOpenPitRisk() {
    // Environmental process risk of cobalt extraction (default levels: high 0.7, medium 0.5, ...).
    // Open pit: biodiversity 0.9, land 0.9, waste 0.7, water pollution 0.7, air 0.5, water use 0.7,
    // energy 0.5 -> 4.9 / 7 = 0.70. Underground: 0.7, 0.5, 0.5, 0.5, 0.3 -> 0.50. Artisanal cobalt:
    // water pollution 0.7, biodiversity 0.7, soil contamination 0.7 (no mercury) -> 0.70.
    // Shares (USGS 2024e): open pit 0.779, underground 0.047, artisanal 0.153. By-product recovery
    // (0.978 of supply) is not a mining method: the host mines carry the category, so it weighs
    // nothing: (0.779 x 0.70 + 0.047 x 0.50 + 0.153 x 0.70) / 0.979 = 0.6759 / 0.979 = 0.690399.
    // (Before: by-product at 0.978 with 0.50 and the three others at 1/4 each gave 0.56.)
    StageRiskCalculator calc = new StageRiskCalculator(Methodology.loadDefault());
    double openPit = calc.processRisk(ENGINE.processProfile("open_pit", COBALT)).get(RiskCategory.ENVIRONMENTAL)
        .getAsDouble();
    assertThat(openPit).isCloseTo(0.70, within(1e-9));
    var extraction = ENGINE.mineral(COBALT).stages().stream().filter(s -> s.risk().stage() == Stage.EXTRACTION)
        .findFirst().orElseThrow().risk();
    double expected = (0.779 * 0.70 + 0.047 * 0.50 + 0.153 * 0.70) / (0.779 + 0.047 + 0.153);
    assertThat(extraction.processRisk().get(RiskCategory.ENVIRONMENTAL).getAsDouble())
        .isCloseTo(expected, within(1e-9))
        .isCloseTo(0.690399, within(1e-6));
  }

  @Test
  void aByProductWeighsOnlyWhereNoHostMineGrades() {
    // host open pit (environment 0.70, no socio-economic factor) and a by-product recovery
    // (environment 0.5, socio-economic export concentration 0.7), shares 0.2 and 1: environment
    // stays the host's 0.70; socio-economic, which the host leaves ungraded, is the by-product's 0.7
    StageRiskCalculator calc = new StageRiskCalculator(Methodology.loadDefault());
    var uses = List.of(
        new StageRiskCalculator.ProcessUse(ENGINE.processProfile("open_pit"), 0.2),
        new StageRiskCalculator.ProcessUse(ENGINE.processProfile("by_product_recovery"), 1.0, true));
    StageRisk r = calc.compute(Stage.EXTRACTION, uses, List.of(), ENGINE::country);
    assertThat(r.processRisk().get(RiskCategory.ENVIRONMENTAL).getAsDouble()).isCloseTo(0.70, within(1e-9));
    assertThat(r.processRisk().get(RiskCategory.SOCIO_ECONOMIC_POLITICAL).getAsDouble()).isCloseTo(0.7, within(1e-9));
  }
}
