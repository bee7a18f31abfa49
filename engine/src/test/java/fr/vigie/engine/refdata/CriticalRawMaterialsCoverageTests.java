package fr.vigie.engine.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.mineral.MineralId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 34 critical raw materials of Annex II of Regulation (EU) 2024/1252 are all covered. */
class CriticalRawMaterialsCoverageTests {
  static final ReferenceData DATA = ReferenceData.loadDefault();

  /** Annex II, in its order, as Vigie's ids (aluminium/bauxite is `aluminium`, PGMs `pgms`). */
  static final List<String> ANNEX_II = List.of(
      "aluminium", "antimony", "arsenic", "baryte", "beryllium", "bismuth", "boron", "cobalt", "coking_coal",
      "copper", "feldspar", "fluorspar", "gallium", "germanium", "hafnium", "helium", "heavy_rare_earths",
      "light_rare_earths", "lithium", "magnesium", "manganese", "natural_graphite", "nickel", "niobium",
      "phosphate_rock", "phosphorus", "pgms", "scandium", "silicon", "strontium", "tantalum", "titanium",
      "tungsten", "vanadium");

  @Test
  void everyAnnexTwoMaterialIsCriticalAndHasAProductionStage() {
    assertThat(ANNEX_II).hasSize(34).doesNotHaveDuplicates();
    for (String id : ANNEX_II) {
      Mineral m = DATA.minerals().require(new MineralId(id));
      assertThat(m.euCritical()).as(id).isTrue();
      // a group (PGMs) is covered through its members
      List<MineralId> covered = id.equals("pgms") ? List.of(new MineralId("platinum"), new MineralId("palladium"))
          : List.of(m.id());
      assertThat(covered).as(id).anyMatch(c -> DATA.production().preferred(c, Stage.EXTRACTION).isPresent()
          || DATA.production().preferred(c, Stage.REFINING).isPresent());
    }
  }

  @Test
  void theEuStudyGivesEveryAddedMaterialItsStages() {
    // known answers from the EU 2023 appendix: borate extraction (Turkey first) and processing,
    // light rare earths through neodymium (a proxy), helium processing (the USA first)
    assertThat(DATA.production().all(new MineralId("boron"), Stage.EXTRACTION))
        .anyMatch(s -> s.source().equals("eu-crm-2023") && s.countries().getFirst().alpha3().equals("TUR"));
    assertThat(DATA.production().preferred(new MineralId("light_rare_earths"), Stage.REFINING).orElseThrow().fit().name())
        .isEqualTo("PROXY");
    assertThat(DATA.production().preferred(new MineralId("helium"), Stage.REFINING).orElseThrow()
        .countries().getFirst().alpha3()).isEqualTo("USA");
  }
}
