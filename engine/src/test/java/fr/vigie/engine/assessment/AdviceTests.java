package fr.vigie.engine.assessment;

import fr.vigie.engine.kernel.RegulationId;
import static fr.vigie.engine.assessment.Fixtures.DATA;
import static fr.vigie.engine.assessment.Fixtures.DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.engine.assessment.Assessment.Alert;
import fr.vigie.engine.assessment.Assessment.AlertKind;
import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.Kind;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.assessment.Assessment.RoadmapAction;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.regulation.profile.ChainPosition;
import fr.vigie.engine.solution.Horizon;
import fr.vigie.engine.solution.Solutions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Known-answer tests of the advice: recommendations that follow the company's position in the
 * chain, every filiere advised, the roadmap's company-wide obligations, due dates, keys and
 * reconciliation, the alerts, scenarios that move exposure and priority, the date range.
 */
class AdviceTests {
  /** The fixtures' company with nothing in place, so that every recommendation is a gap. */
  static final String PROFILE = Fixtures.PROFILE.replace("practices_in_place: [cmrt-survey, rmi_rmap, vigilance-plan]",
      "practices_in_place: []");

  /** The mine-site programmes of the catalogue for artisanal 3T and gold mines. */
  static final Set<String> ARTISANAL = Set.of("itsci", "eprm", "eprm_projects", "alliance_for_responsible_mining",
      "better_mining");

  private static Assessment assess(String profile, String csv) {
    return Fixtures.assessor().assess(Fixtures.profile(profile), Fixtures.ledger(csv), Optional.empty(),
        Optional.empty(), DATE);
  }

  // ---------------------------------------------------------------- position in the chain

  @Test
  void tungstenFromAnIdentifiedAustrianSmelterGetsNoArtisanalMineProgrammeInTheShortTerm() {
    // A downstream manufacturer buys 500 kg of tungsten smelted in Austria (mine country unknown).
    // Short term it surveys its suppliers with the CMRT, checks the smelter's audit status and writes
    // sourcing clauses; artisanal-mine programmes (ITSCI, EPRM, ARM, Better Mining) are at best
    // supported through its suppliers, medium term or later.
    Assessment a = assess(PROFILE, """
        item,material,mass_kg,origin_country,refiner_country
        W-1,tungsten,500,,AT
        """);
    Filiere w = a.filiere("tungsten").orElseThrow();
    List<Recommendation> shortTerm = w.recommendations().stream().filter(r -> r.horizon() == Horizon.SHORT).toList();
    assertThat(shortTerm).extracting(Recommendation::id)
        .contains("cmrt_survey", "smelter_audit_check", "sourcing_clauses")
        .doesNotContainAnyElementsOf(ARTISANAL)
        .doesNotContain("emrt_survey", "amrt_survey");
    assertThat(w.recommendations()).filteredOn(r -> ARTISANAL.contains(r.id()))
        .allSatisfy(r -> {
          assertThat(r.horizon()).isNotEqualTo(Horizon.SHORT);
          assertThat(Fixtures.en(r.justification())).contains("supported through your suppliers");
        });
    assertThat(a.roadmap()).filteredOn(r -> r.phase() == Horizon.SHORT)
        .extracting(RoadmapAction::id).doesNotContainAnyElementsOf(ARTISANAL);
    // the survey says why: the mine country is unknown for all of the mass, the refiner for none
    Recommendation survey = w.recommendations().stream().filter(r -> r.id().equals("cmrt_survey")).findFirst()
        .orElseThrow();
    assertThat(Fixtures.en(survey.justification())).isEqualTo("as downstream manufacturer: mine country unknown for"
        + " 100% of the mass, refiner for 0%; the suppliers' declarations name the smelters and refiners");
    assertThat(Fixtures.fr(survey.justification())).startsWith("en tant que fabricant aval : pays de la mine inconnu");
  }

  @Test
  void cobaltOfUnknownOriginIsSurveyedWithTheEmrtInTheShortTerm() {
    Assessment a = assess(PROFILE, """
        item,material,mass_kg,origin_country,refiner_country
        BAT-1,cobalt,1000,,
        """);
    Filiere cobalt = a.filiere("cobalt").orElseThrow();
    Recommendation emrt = cobalt.recommendations().stream().filter(r -> r.id().equals("emrt_survey")).findFirst()
        .orElseThrow();
    assertThat(emrt.horizon()).isEqualTo(Horizon.SHORT);
    assertThat(emrt.inPlace()).isFalse();
    assertThat(Fixtures.en(emrt.justification())).isEqualTo("as downstream manufacturer: mine country unknown for"
        + " 100% of the mass, refiner for 100%; the suppliers' declarations name the smelters and refiners");
    assertThat(cobalt.recommendations()).extracting(Recommendation::id).doesNotContain("cmrt_survey", "amrt_survey");
    // it is a short-term action of the roadmap, due within six months
    RoadmapAction action = a.roadmap().stream().filter(r -> r.key().equals("cobalt:solution:emrt_survey")).findFirst()
        .orElseThrow();
    assertThat(action.phase()).isEqualTo(Horizon.SHORT);
    assertThat(action.dueDate()).isAfter(DATE).isBeforeOrEqualTo(DATE.plusMonths(6));
    // the refiners' audit status is checked for the refining risk it carries
    assertThat(cobalt.recommendations()).filteredOn(r -> r.id().equals("smelter_audit_check"))
        .singleElement().satisfies(r -> assertThat(Fixtures.en(r.justification()))
            .startsWith("the smelters and refiners your suppliers report carry the refining risk: addresses the "));
  }

  @Test
  void theSurveyTemplateFollowsTheMineral() {
    assertThat(Recommendations.surveyOf("gold")).isEqualTo("cmrt_survey");
    assertThat(Recommendations.surveyOf("tin")).isEqualTo("cmrt_survey");
    for (String m : List.of("cobalt", "mica", "copper", "natural_graphite", "lithium", "nickel")) {
      assertThat(Recommendations.surveyOf(m)).as(m).isEqualTo("emrt_survey");
    }
    assertThat(Recommendations.surveyOf("aluminium")).isEqualTo("amrt_survey");
    assertThat(Recommendations.surveyOf("rare_earths")).isEqualTo("amrt_survey");
  }

  @Test
  void aSmelterActsAtTheMinesItSourcesFromAndSurveysNoSupplier() {
    // the same tungsten, but the company smelts it itself (position for this filiere only)
    String profile = PROFILE + "position_by_filiere: {tungsten: refiner_smelter}\n";
    Assessment a = assess(profile, """
        item,material,mass_kg,origin_country,refiner_country
        W-1,tungsten,500,,AT
        BAT-1,cobalt,1000,,
        """);
    Filiere w = a.filiere("tungsten").orElseThrow();
    assertThat(w.recommendations()).extracting(Recommendation::id)
        .doesNotContainAnyElementsOf(Recommendations.BUYER_STEPS);
    assertThat(w.recommendations()).noneMatch(r -> Fixtures.en(r.justification()).contains("through your suppliers"));
    // mine-site programmes keep the catalogue's horizon: ITSCI (short) when it addresses a main risk
    assertThat(w.recommendations()).filteredOn(r -> r.id().equals("itsci"))
        .allMatch(r -> r.horizon() == Horizon.SHORT);
    // cobalt keeps the company's position: a downstream buyer's survey
    assertThat(a.filiere("cobalt").orElseThrow().recommendations()).extracting(Recommendation::id)
        .contains("emrt_survey");
  }

  @Test
  void theLeversOfRethinkingPracticesAppearWhereTheFiliereCallsForThem() {
    // Cobalt: world refining is concentrated (China; HHI far above 0.25) and the exposure is high:
    // a downstream manufacturer is told to consider substitution, material efficiency, diversified
    // countries; a trader gets no product lever (substitution) but diversification; a mine operator none.
    String csv = """
        item,material,mass_kg,origin_country,refiner_country
        BAT-1,cobalt,1000,CD,CN
        """;
    Filiere manufacturer = assess(PROFILE, csv).filiere("cobalt").orElseThrow();
    assertThat(manufacturer.concentration()).isGreaterThanOrEqualTo(Levers.CONCENTRATED);
    assertThat(manufacturer.recommendations()).extracting(Recommendation::id)
        .contains("substitution", "material_efficiency", "diversify_sourcing_countries");
    assertThat(manufacturer.recommendations()).filteredOn(r -> r.id().equals("diversify_sourcing_countries"))
        .singleElement().satisfies(r -> assertThat(Fixtures.en(r.justification())).startsWith("world "));
    Filiere trader = assess(PROFILE + "position: trader_importer\n", csv).filiere("cobalt").orElseThrow();
    assertThat(trader.recommendations()).extracting(Recommendation::id)
        .contains("diversify_sourcing_countries").doesNotContain("substitution", "material_efficiency");
    Filiere mine = assess(PROFILE + "position: mine_operator\n", csv).filiere("cobalt").orElseThrow();
    assertThat(mine.recommendations()).extracting(Recommendation::id)
        .doesNotContain("substitution", "material_efficiency", "diversify_sourcing_countries", "emrt_survey");
  }

  @Test
  void thePositionIsReadFromTheProfileAndABadOneIsRefusedWithItsPlace() {
    var p = Fixtures.profile("name: X\nposition: Trader-Importer\nposition_by_filiere:\n  Tungsten: refiner_smelter\n");
    assertThat(p.positions().company()).isEqualTo(ChainPosition.TRADER_IMPORTER);
    assertThat(p.positions().of(new MineralId("tungsten"))).isEqualTo(ChainPosition.REFINER_SMELTER);
    assertThat(p.positions().of(new MineralId("cobalt"))).isEqualTo(ChainPosition.TRADER_IMPORTER);
    assertThat(Fixtures.profile("name: X\n").positions().company()).isEqualTo(ChainPosition.DOWNSTREAM_MANUFACTURER);
    assertThatThrownBy(() -> Fixtures.profile("name: X\nposition: buyer\n"))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.first().code()).isEqualTo("profile.bad_position");
          assertThat(e.first().line()).isEqualTo(2);
          assertThat(Fixtures.en(e.first().text())).isEqualTo("field 'position': 'buyer' is not a position in the"
              + " chain (one of downstream_manufacturer, trader_importer, refiner_smelter, mine_operator)");
        });
    assertThatThrownBy(() -> Fixtures.profile("name: X\nposition_by_filiere:\n  unobtainium: mine_operator\n"))
        .isInstanceOfSatisfying(ProblemException.class,
            e -> assertThat(e.first().code()).isEqualTo("profile.unknown_mineral"));
    assertThatThrownBy(() -> Fixtures.profile("name: X\nposition_by_filiere:\n  cobalt: smelter\n"))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.first().code()).isEqualTo("profile.bad_position");
          assertThat(e.first().line()).isEqualTo(3);
        });
    assertThatThrownBy(() -> Fixtures.profile("name: X\nposition_by_filiere: tungsten\n"))
        .isInstanceOfSatisfying(ProblemException.class,
            e -> assertThat(e.first().code()).isEqualTo("profile.position_by_filiere_not_mapping"));
  }

  // ---------------------------------------------------------------- every filiere

  @Test
  void everyRankedFiliereGetsItsRecommendationsAndRoadmapActions() {
    // eleven filieres: before, ranks 6 to 11 got none
    Assessment a = assess(PROFILE, """
        item,material,mass_kg,origin_country,refiner_country
        A,copper,5000,CL,
        B,cobalt,1000,,
        C,nickel,900,,
        D,lithium,800,,
        E,natural_graphite,700,,
        F,aluminium,600,,
        G,tin,50,,
        H,tantalum,40,,
        I,gold,5,,
        J,tungsten,30,,
        K,rare_earths,20,,
        """);
    assertThat(a.filieres()).hasSize(11);
    assertThat(a.filieres()).allSatisfy(f -> {
      assertThat(f.recommendations()).as(f.material()).isNotEmpty();
      assertThat(a.roadmap()).as(f.material()).anyMatch(r -> r.material().equals(f.material()));
    });
  }

  // ---------------------------------------------------------------- roadmap

  @Test
  void companyLevelObligationsAppearOnceInTheRoadmap() {
    // The CRMA applies and names cobalt and copper: each of its obligations is one company-wide
    // action naming both minerals, not one per mineral.
    Assessment a = assess(PROFILE, AssessorTests.THREE_LINES);
    List<String> keys = a.roadmap().stream().map(RoadmapAction::key).toList();
    assertThat(keys).doesNotHaveDuplicates();
    assertThat(a.roadmap()).filteredOn(r -> r.kind() == Kind.OBLIGATION)
        .allMatch(r -> r.material().equals(Roadmap.COMPANY));
    long crma = a.regulations().stream().filter(l -> l.id().equals(RegulationId.of("eu-crma"))).count();
    assertThat(crma).isEqualTo(1);
    List<RoadmapAction> crmaActions = a.roadmap().stream()
        .filter(r -> r.key().startsWith("all:obligation:eu-crma/")).toList();
    int obligations = (int) a.filiere("cobalt").orElseThrow().recommendations().stream()
        .filter(r -> r.regulation().equals(Optional.of("eu-crma"))).count();
    assertThat(obligations).isPositive();
    assertThat(crmaActions).hasSize(obligations);
    assertThat(crmaActions).allSatisfy(r -> assertThat(Fixtures.en(r.justification()))
        .contains("; for copper, cobalt").endsWith("[company-wide]"));
  }

  @Test
  void aLedgerChangeRetiresTheActionsOfAMineralNoLongerBoughtWithTheReason() {
    Assessment before = assess(PROFILE, AssessorTests.THREE_LINES);
    Assessment after = assess(PROFILE, """
        item,material,mass_kg,origin_country,refiner_country,recycled_share
        CBL-1,copper,4000,CL,,
        BAT-1,cobalt,1000,CD,CN,
        """);
    Roadmap.Reconciliation r = Roadmap.reconcile(before, after);
    // every tin action is retired because tin is no longer bought
    List<RoadmapAction> tin = before.roadmap().stream().filter(x -> x.material().equals("tin")).toList();
    assertThat(tin).isNotEmpty();
    assertThat(r.retired()).filteredOn(x -> x.action().material().equals("tin"))
        .hasSize(tin.size())
        .allSatisfy(x -> assertThat(Fixtures.en(x.reason())).isEqualTo("tin is no longer bought (not in the ledger)"));
    // the OECD guidance covers all minerals and is recommended to the whole company: its steps are
    // not retired when tin is no longer bought
    assertThat(r.retired()).filteredOn(x -> x.action().key().startsWith("all:obligation:oecd-ddg/"))
        .isEmpty();
    // nothing kept or added is retired; kept and added make up the new roadmap
    assertThat(r.kept().size() + r.added().size()).isEqualTo(after.roadmap().size());
    assertThat(r.kept()).extracting(RoadmapAction::key).contains("cobalt:solution:emrt_survey");
    assertThat(r.retired()).extracting(x -> x.action().key())
        .doesNotContainAnyElementsOf(after.roadmap().stream().map(RoadmapAction::key).toList());
    // the same roadmap reconciled with itself keeps everything
    Roadmap.Reconciliation same = Roadmap.reconcile(after, after);
    assertThat(same.retired()).isEmpty();
    assertThat(same.added()).isEmpty();
    assertThat(same.kept()).hasSize(after.roadmap().size());
  }

  @Test
  void anActionNowInPlaceIsRetiredAsInPlace() {
    Assessment before = assess(PROFILE, AssessorTests.THREE_LINES);
    Assessment after = assess(PROFILE.replace("practices_in_place: []", "practices_in_place: [emrt-survey]"),
        AssessorTests.THREE_LINES);
    assertThat(Roadmap.reconcile(before, after).retired())
        .filteredOn(x -> x.action().key().equals("cobalt:solution:emrt_survey"))
        .singleElement()
        .satisfies(x -> assertThat(Fixtures.fr(x.reason())).isEqualTo("désormais en place (listée dans les pratiques du profil)"));
  }

  @Test
  void dueDatesSpreadOverThePhase() {
    // six months over three actions: due after 2, 4 and 6 months; twelve over five: 3, 5, 8, 10, 12
    assertThat(List.of(0, 1, 2).stream().map(i -> Roadmap.spreadMonths(6, i, 3)).toList()).containsExactly(2, 4, 6);
    assertThat(List.of(0, 1, 2, 3, 4).stream().map(i -> Roadmap.spreadMonths(12, i, 5)).toList())
        .containsExactly(3, 5, 8, 10, 12);
  }

  // ---------------------------------------------------------------- alerts

  @Test
  void goldOfRussianOriginRaisesASanctionsAlert() {
    Assessment a = assess(PROFILE, """
        item,material,mass_kg,origin_country,refiner_country
        CON-1,gold,2,RU,CH
        CON-2,gold,2,,
        """);
    assertThat(a.alerts()).filteredOn(x -> x.kind() == AlertKind.SANCTIONS).singleElement().satisfies(x -> {
      assertThat(x.material()).isEqualTo("gold");
      assertThat(x.country()).contains("RUS");
      assertThat(x.source()).contains("833/2014").contains("3o");
      // half the gold (2 of 4 kg) has its mine in Russia, as the ledger says
      assertThat(Fixtures.en(x.text())).startsWith("gold: mine origin in RUS (ledger 50%)");
    });
    String json = AssessmentJson.write(a);
    assertThat(json).contains("\"alerts\"").contains("\"kind\" : \"sanctions\"");
    assertThat(AssessmentJson.read("a.json", json).alerts()).isEqualTo(a.alerts());
  }

  @Test
  void aCountryOnTheConflictListRaisesACahraAlertFromTheListInUse() {
    // the facade reads the default list of conflict-affected and high-risk areas; the DRC is on it
    Assessment a = Fixtures.service().assess(new fr.vigie.engine.Vigie.Request(Fixtures.profile(PROFILE),
        Fixtures.ledger(AssessorTests.THREE_LINES), fr.vigie.engine.risk.Methodology.loadDefault(),
        PriorityWeights.loadDefault(), Optional.empty(), Optional.empty(), DATE, List.of()));
    assertThat(a.alerts()).filteredOn(x -> x.kind() == AlertKind.CAHRA).singleElement().satisfies(x -> {
      assertThat(x.material()).isEqualTo("cobalt");
      assertThat(x.country()).contains("COD");
      assertThat(Fixtures.en(x.text())).startsWith("cobalt: mine origin in COD (100% of the stage's mass, ledger)");
      assertThat(x.source()).isNotBlank();
    });
    // the world production mix raises none: Chile (copper) and Indonesia (tin) are not on the list
    assertThat(a.alerts()).noneMatch(x -> x.material().equals("copper") || x.material().equals("tin"));
    // an assessor given no list raises no cahra alert
    assertThat(assess(PROFILE, AssessorTests.THREE_LINES).alerts()).noneMatch(x -> x.kind() == AlertKind.CAHRA);
  }

  @Test
  void aReportedSmelterWhoseAuditFailedRaisesAnAlert() {
    Ledger ledger = Fixtures.ledger(AssessorTests.THREE_LINES);
    DeclarationSummary d = new DeclarationSummary("declarations", 2, Map.of(new MineralId("tin"), Map.of("IDN", 1.0)))
        .withSmelters(List.of(
            new ReportedSmelter(new MineralId("tin"), Optional.of("CID000001"), "Failed Tin Smelter", Optional.of("IDN"),
                ReportedSmelter.AuditStatus.NON_CONFORMANT),
            new ReportedSmelter(new MineralId("tin"), Optional.of("CID000002"), "Good Tin Smelter", Optional.of("IDN"),
                ReportedSmelter.AuditStatus.CONFORMANT),
            new ReportedSmelter(new MineralId("gold"), Optional.empty(), "Not Bought Gold Refiner", Optional.empty(),
                ReportedSmelter.AuditStatus.WITHDRAWN)));
    Assessment a = Fixtures.assessor().assess(Fixtures.profile(PROFILE), ledger, Optional.empty(), Optional.of(d), DATE);
    List<Alert> audit = a.alerts().stream().filter(x -> x.kind() == AlertKind.SMELTER_AUDIT).toList();
    assertThat(audit).singleElement().satisfies(x -> {
      assertThat(x.material()).isEqualTo("tin");
      assertThat(Fixtures.en(x.text()))
          .isEqualTo("tin: reported smelter or refiner Failed Tin Smelter (CID000001, IDN) failed its audit (non-conformant)");
      assertThat(x.source()).isEqualTo("declarations");
    });
  }

  @Test
  void conformantSmeltersLowerTheUpstreamHumanRightsAndGovernanceRisks() {
    // 100 kg of tin mined in the DRC. The declarations report two tin smelters, one with a
    // conformant audit: c = 1/2, so the human-rights and socio-economic scores of extraction and
    // pre-treatment are multiplied by 1 - 0.5 x 0.5 = 0.75; environmental ones and refining unchanged.
    Ledger ledger = Fixtures.ledger("""
        item,material,mass_kg,origin_country,refiner_country
        PCB-1,tin,100,CD,
        """);
    DeclarationSummary statuses = new DeclarationSummary("declarations", 1, Map.of(new MineralId("tin"), Map.of("IDN", 1.0)))
        .withSmelters(List.of(
            new ReportedSmelter(new MineralId("tin"), Optional.of("CID000001"), "A", Optional.of("IDN"),
                ReportedSmelter.AuditStatus.CONFORMANT),
            new ReportedSmelter(new MineralId("tin"), Optional.of("CID000002"), "B", Optional.of("IDN"),
                ReportedSmelter.AuditStatus.UNKNOWN)));
    DeclarationSummary noStatus = new DeclarationSummary("declarations", 1, Map.of(new MineralId("tin"), Map.of("IDN", 1.0)));
    Filiere before = Fixtures.assessor().assess(Fixtures.profile(PROFILE), ledger, Optional.empty(), Optional.of(noStatus),
        DATE).filiere("tin").orElseThrow();
    Filiere after = Fixtures.assessor().assess(Fixtures.profile(PROFILE), ledger, Optional.empty(), Optional.of(statuses),
        DATE).filiere("tin").orElseThrow();
    var stage = fr.vigie.engine.kernel.Stage.EXTRACTION;
    for (var c : fr.vigie.engine.kernel.RiskCategory.values()) {
      double b = before.stage(stage).orElseThrow().category(c).orElseThrow().score();
      double a = after.stage(stage).orElseThrow().category(c).orElseThrow().score();
      assertThat(a).as(c.id()).isCloseTo(c == fr.vigie.engine.kernel.RiskCategory.ENVIRONMENTAL ? b : 0.75 * b,
          org.assertj.core.api.Assertions.within(1e-12));
    }
    var refining = fr.vigie.engine.kernel.Stage.REFINING;
    assertThat(after.stage(refining).orElseThrow().score()).isEqualTo(before.stage(refining).orElseThrow().score());
    assertThat(Fixtures.en(after.stage(stage).orElseThrow().basis())).endsWith(
        "; human-rights and governance risks lowered by 25%: 50% of the reported smelters have a conformant audit");
    // not for cobalt (not 3TG), and not when no smelter is conformant
    assertThat(KnownRefiners.conformantShare(new MineralId("cobalt"), Optional.of(statuses))).isEmpty();
    assertThat(KnownRefiners.conformantShare(new MineralId("tin"), Optional.of(noStatus))).isEmpty();
  }

  // ---------------------------------------------------------------- scenarios and dates

  @Test
  void halfTheCobaltRefinedInFinlandChangesExposureAndPriority() {
    // 1,000 kg of cobalt refined in China. Refining in Finland carries a lower risk than in China:
    // the refining stage score falls, and with it the stage exposure and the priority score, even
    // when the headline (worst category, set by extraction) does not move.
    Scenario s = Scenario.read("s.yaml", """
        name: Half our cobalt refined in Finland
        filieres:
          cobalt:
            refining_countries: {FI: 0.5}
        """, DATA.minerals(), DATA.countries());
    Assessment a = Fixtures.assessor().assess(Fixtures.profile(PROFILE), Fixtures.ledger("""
        item,material,mass_kg,origin_country,refiner_country
        BAT-1,cobalt,1000,,CN
        CBL-1,copper,4000,CL,
        """), Optional.of(s), Optional.empty(), DATE);
    Assessment.FiliereChange c = a.scenario().orElseThrow().changes().stream()
        .filter(x -> x.material().equals("cobalt")).findFirst().orElseThrow();
    Filiere before = a.filiere("cobalt").orElseThrow();
    Filiere after = a.scenario().orElseThrow().filieres().stream().filter(f -> f.material().equals("cobalt"))
        .findFirst().orElseThrow();
    double refiningBefore = before.stage(fr.vigie.engine.kernel.Stage.REFINING).orElseThrow().score();
    double refiningAfter = after.stage(fr.vigie.engine.kernel.Stage.REFINING).orElseThrow().score();
    assertThat(refiningAfter).isLessThan(refiningBefore);
    assertThat(c.scenarioExposure()).isLessThan(c.baselineExposure());
    assertThat(c.scenarioScore()).isLessThan(c.baselineScore());
    // the stage exposure is the stages' scores weighted by their masses (no recycled mass: the three
    // upstream stages carry 1,000 kg each, so it is their plain mean)
    double mean = before.stages().stream().mapToDouble(Assessment.StageExposure::score).average().orElseThrow();
    assertThat(c.baselineExposure()).isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-12));
    List<String> why = Fixtures.en(c.explanation());
    assertThat(why).anyMatch(x -> x.startsWith("stage exposure ") && !x.endsWith("(unchanged)"));
    assertThat(why).anyMatch(x -> x.startsWith("priority ") && !x.contains("(unchanged)"));
  }

  @Test
  void assessmentDatesOutsideTheSensibleRangeAreRefused() {
    Assessor assessor = Fixtures.assessor()
        .withClock(Clock.fixed(LocalDate.of(2026, 12, 4).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    Ledger ledger = Fixtures.ledger(AssessorTests.THREE_LINES);
    for (LocalDate bad : List.of(LocalDate.of(1900, 1, 1), LocalDate.of(2016, 12, 31), LocalDate.of(2031, 12, 5))) {
      assertThatThrownBy(() -> assessor.assess(Fixtures.profile(PROFILE), ledger, Optional.empty(), Optional.empty(), bad))
          .as(bad.toString())
          .isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.first().code()).isEqualTo("assessment.date_out_of_range");
            assertThat(e.first().path()).contains("date");
          });
    }
    assertThat(Fixtures.en(problem(assessor, LocalDate.of(1900, 1, 1))))
        .isEqualTo("the assessment date Jan 1, 1900 is outside Jan 1, 2017 to Dec 4, 2031 (five years after today)");
    for (LocalDate good : List.of(LocalDate.of(2017, 1, 1), LocalDate.of(2031, 12, 4))) {
      assertThat(assessor.assess(Fixtures.profile(PROFILE), ledger, Optional.empty(), Optional.empty(), good)
          .provenance().referenceDate()).isEqualTo(good);
    }
  }

  private static fr.vigie.engine.kernel.Localized problem(Assessor assessor, LocalDate date) {
    try {
      assessor.checkDate(date);
      throw new AssertionError("accepted " + date);
    } catch (ProblemException e) {
      return e.first().text();
    }
  }

  @Test
  void theComparisonListsEveryInputThatDiffers() {
    Assessment.InputFile profile = new Assessment.InputFile("profile", "p.yaml", "aa11");
    Assessment.InputFile ledger1 = new Assessment.InputFile("ledger", "l.csv", "bb22");
    Assessment.InputFile ledger2 = new Assessment.InputFile("ledger", "l2.csv", "cc33");
    Assessment.InputFile decl = new Assessment.InputFile("declaration", "supplier-a.xlsx", "dd44");
    Scenario s = Scenario.read("s.yaml", "name: Halve the tin\nfilieres:\n  tin: {volume_factor: 0.5}\n",
        DATA.minerals(), DATA.countries());
    Ledger l = Fixtures.ledger(AssessorTests.THREE_LINES);
    Assessment a = Fixtures.assessor().withInputs(List.of(profile, ledger1))
        .assess(Fixtures.profile(PROFILE), l, Optional.empty(), Optional.empty(), DATE);
    Assessment b = Fixtures.assessor().withInputs(List.of(profile, ledger2, decl))
        .withWeights(AssessorTests.NO_RISK)
        .assess(Fixtures.profile(PROFILE), l, Optional.of(s), Optional.empty(), DATE.minusDays(1));
    List<InputComparison.Difference> d = InputComparison.of(a, b);
    assertThat(d).extracting(InputComparison.Difference::input)
        .containsExactly("declaration", "ledger", "scenario", "priority_weights", "reference_date");
    assertThat(Fixtures.en(d.stream().map(InputComparison.Difference::text).toList())).containsExactly(
        "declaration (supplier-a.xlsx) added",
        "ledger (l2.csv): l.csv bb22 -> l2.csv cc33",
        "scenario: none -> Halve the tin",
        "priority weights: " + a.provenance().priorityWeights() + " -> test-no-risk 1",
        "reference date: Nov 30, 2026 -> Nov 29, 2026");
    assertThat(InputComparison.of(a, a)).isEmpty();
  }

  @Test
  void theDefaultCatalogueHasTheBuyersSteps() {
    Solutions catalogue = Solutions.loadDefault();
    assertThat(Recommendations.BUYER_STEPS).allSatisfy(id -> assertThat(catalogue.find(id)).as(id).isPresent());
    assertThat(catalogue.require("emrt_survey").minerals()).extracting(MineralId::value)
        .containsExactlyInAnyOrderElementsOf(Recommendations.EMRT);
    assertThat(catalogue.require("cmrt_survey").minerals()).extracting(MineralId::value)
        .containsExactlyInAnyOrderElementsOf(Recommendations.CMRT);
  }
}
