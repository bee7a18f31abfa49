package fr.vigie.engine.duediligence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.refdata.ReferenceData;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Known answers of the shipped due-diligence lists and of the four indicators read from them, each
 * checked by hand against the raw files (goods_2021.xml, cahra.json, UcdpPrioConflict_v25_1.csv).
 */
class DueDiligenceTests {
  static final DueDiligence DD = ReferenceData.loadDefault().dueDiligence();
  static final MineralId COBALT = MineralId.of("cobalt");

  @Test
  void drcCobaltOreIsListedForChildLabourNotForcedLabour() {
    // goods_2021.xml: "Cobalt ore (heterogenite)", Congo, Democratic Republic of the: Child_Labor Yes,
    // Forced_Labor No, Forced_Child_Labor No
    LabourFlag f = DD.labourFlags("COD", COBALT).get(0);
    assertThat(f.good()).isEqualTo("Cobalt ore (heterogenite)");
    assertThat(f.childLabour()).isTrue();
    assertThat(f.forcedLabour()).isFalse();
    assertThat(f.forcedChildLabour()).isFalse();
    assertThat(f.source()).isEqualTo("ilab-goods-2022");
    assertThat(DD.labourFlags("COD", COBALT, Stage.EXTRACTION)).containsExactly(f);
    assertThat(DD.labourFlags("COD", COBALT, Stage.REFINING)).isEmpty();
  }

  @Test
  void theMappingFollowsTheGoodsNamedByTheList() {
    // coltan names tantalum ore only: tantalum flagged, niobium not; cassiterite is tin; wolframite tungsten
    assertThat(DD.labourFlags("COD", MineralId.of("tantalum"))).singleElement()
        .satisfies(f -> assertThat(f.forcedLabour() && f.childLabour() && f.forcedChildLabour()).isTrue());
    assertThat(DD.labourFlags("COD", MineralId.of("niobium"))).isEmpty();
    assertThat(DD.labourFlags("COD", MineralId.of("tin"))).extracting(LabourFlag::good)
        .containsExactly("Tin ore (cassiterite)");
    assertThat(DD.labourFlags("COD", MineralId.of("tungsten"))).hasSize(1);
    // diamonds: kept for the country, mapped to no mineral
    assertThat(DD.labourFlags("COD")).filteredOn(f -> f.good().equals("Diamonds"))
        .singleElement().satisfies(f -> assertThat(f.mineral()).isEmpty());
    // gold: listed for child labour in 20+ countries
    assertThat(ReferenceData.loadDefault().countries().list().stream()
        .filter(c -> DD.labourFlags(c.alpha3(), MineralId.of("gold")).stream().anyMatch(LabourFlag::childLabour))
        .count()).isGreaterThanOrEqualTo(20);
    // polysilicon (China, forced labour) is silicon at the refining stage
    assertThat(DD.labourFlags("CHN", MineralId.of("silicon"), Stage.REFINING)).singleElement()
        .satisfies(f -> assertThat(f.forcedLabour()).isTrue());
    // lithium ore is not on the list (only lithium-ion batteries, a derived good, left out)
    assertThat(DD.labourFlags("CHN", MineralId.of("lithium"))).isEmpty();
  }

  @Test
  void myanmarAndRussiaAreCahraListedFranceIsNot() {
    assertThat(DD.isCahraListed("MMR")).isTrue();
    assertThat(DD.isCahraListed("RUS")).isTrue();
    assertThat(DD.isCahraListed("FRA")).isFalse();
    assertThat(DD.isCahraListed("SDN")).isTrue();
    // regions: North Kivu is designated, Russia only by its Belgorod and Kursk regions
    assertThat(DD.isCahraListed("COD", "CD-NK")).isTrue();
    assertThat(DD.isCahraListed("RUS", "RU-KRS")).isTrue();
    assertThat(DD.isCahraListed("RUS", "RU-MOW")).isFalse();
    // Venezuela is designated as a whole: any region is
    assertThat(DD.isCahraListed("VEN", "VE-A")).isTrue();
    CahraListing mmr = DD.cahra("MMR").orElseThrow();
    assertThat(mmr.wholeCountry()).isFalse();
    assertThat(mmr.regions()).hasSize(15);
    // reportsUpdated 2026-06-27T22:00:00Z is midnight of 28 June in Brussels
    assertThat(mmr.asOf()).isEqualTo(LocalDate.of(2026, 6, 28));
    assertThat(mmr.source()).isEqualTo("eu-cahra-2026");
  }

  @Test
  void ucdpConflictYearsPerCountry() {
    // conflict 13243 (Russia - Ukraine) reaches war intensity in 2022 and is located in both
    ConflictYear ukr = DD.conflictYear("UKR", 2022).orElseThrow();
    assertThat(ukr.maxIntensity()).isEqualTo(2);
    assertThat(ukr.war()).isTrue();
    assertThat(ukr.conflictIds()).containsExactly("13243", "13306");
    assertThat(DD.conflictYear("RUS", 2022).orElseThrow().conflictIds()).containsExactly("13243");
    // the DRC: four conflicts in 2020 (14692, 265, 283, 429), all minor
    ConflictYear cod = DD.conflictYear("COD", 2020).orElseThrow();
    assertThat(cod.conflicts()).isEqualTo(4);
    assertThat(cod.maxIntensity()).isEqualTo(1);
    assertThat(DD.conflictYear("FRA", 2024)).isEmpty();
    assertThat(DD.latestConflictYear()).isEqualTo(2024);
  }

  @Test
  void theFourIndicatorsWithKnownAnswers() {
    Optional<DueDiligence.Context> none = Optional.empty();
    // cahra_eu: whole country 1, a conflict-affected region 0.75 (Myanmar, Russia), not listed 0
    assertThat(DD.number("cahra_eu", "VEN", none)).hasValue(1.0);
    assertThat(DD.number("cahra_eu", "MMR", none)).hasValue(0.75);
    assertThat(DD.number("cahra_eu", "RUS", none)).hasValue(0.75);
    assertThat(DD.number("cahra_eu", "FRA", none)).hasValue(0.0);
    // ucdp_conflict, 2020-2024: DRC 1+1+1+1+1 = 5; Ukraine 1+1+2+2+2 = 8; Russia 1+0+2+2+2 = 7; France 0
    assertThat(DD.number("ucdp_conflict", "COD", none)).hasValue(5.0);
    assertThat(DD.number("ucdp_conflict", "UKR", none)).hasValue(8.0);
    assertThat(DD.number("ucdp_conflict", "RUS", none)).hasValue(7.0);
    assertThat(DD.number("ucdp_conflict", "FRA", none)).hasValue(0.0);
    // labour: the DRC alone has child and forced labour (gold, coltan, cassiterite, wolframite);
    // DRC cobalt extraction child labour only; DRC zinc neither; DRC cobalt refining neither
    assertThat(DD.number("ilab_child_labour", "COD", none)).hasValue(1.0);
    assertThat(DD.number("ilab_forced_labour", "COD", none)).hasValue(1.0);
    var cobalt = Optional.of(new DueDiligence.Context(COBALT, Stage.EXTRACTION));
    assertThat(DD.number("ilab_child_labour", "COD", cobalt)).hasValue(1.0);
    assertThat(DD.number("ilab_forced_labour", "COD", cobalt)).hasValue(0.0);
    var zinc = Optional.of(new DueDiligence.Context(MineralId.of("zinc"), Stage.EXTRACTION));
    assertThat(DD.number("ilab_child_labour", "COD", zinc)).hasValue(0.0);
    var refining = Optional.of(new DueDiligence.Context(COBALT, Stage.REFINING));
    assertThat(DD.number("ilab_child_labour", "COD", refining)).hasValue(0.0);
    assertThat(DD.number("wgi_va", "COD", none)).isEmpty();
  }
}
