package fr.vigie.engine.assessment;

import static fr.vigie.engine.assessment.Fixtures.DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.assessment.Assessment.CategoryScore;
import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.FiliereChange;
import fr.vigie.engine.assessment.Assessment.Kind;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.assessment.Assessment.RoadmapAction;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.production.CountryShare;
import fr.vigie.engine.risk.LevelBands;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.solution.Horizon;
import fr.vigie.engine.kernel.Stage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Known-answer tests of each stage of the assessment pipeline, on hand-made inputs. */
class PipelineStagesTests {
  private static final Country FRA = Fixtures.DATA.countries().require("FR");
  private static final Country CHN = Fixtures.DATA.countries().require("CN");

  private static FiliereAggregate aggregate(String mineral, double mass, double knownOrigin, double knownRefiner,
      double recycled, Map<Country, Double> origin, Map<Country, Double> refiner) {
    return new FiliereAggregate(new MineralId(mineral), 2, mass, 1000, knownOrigin, knownRefiner, 0, recycled, 1, 0,
        origin, refiner);
  }

  private static StageExposure stage(Stage s, double score, CategoryScore... categories) {
    return new StageExposure(s, 100, 0, Text.of("assessment.basis.no_production_data"), List.of(), Optional.empty(),
        List.of(categories), score, RiskLevel.MEDIUM);
  }

  private static CategoryScore human(double score) {
    return new CategoryScore(RiskCategory.HUMAN_RIGHTS, score, RiskLevel.MEDIUM);
  }

  // ---------------------------------------------------------------- Exposure

  @Test
  void exposureMixesTheKnownCountriesWithTheWorldMixForTheUnknownShare() {
    // 1,000 kg; the ledger gives France for 400 kg: known share 0.4. The world mix is CHN 0.75,
    // FRA 0.25, spread over the unknown 0.6: FRA = 0.4 + 0.6 x 0.25 = 0.55 (ledger+world),
    // CHN = 0.6 x 0.75 = 0.45 (world).
    Map<String, String> sources = new HashMap<>();
    Map<String, Double> world = new LinkedHashMap<>();
    world.put("CHN", 0.75);
    world.put("FRA", 0.25);
    List<CountryShare> mix = Exposure.effectiveMix(Map.of(FRA, 400.0), 1000, 0.4, world, "world", sources);
    assertThat(mix).extracting(CountryShare::alpha3).containsExactly("FRA", "CHN");
    assertThat(mix.get(0).share()).isCloseTo(0.55, within(1e-12));
    assertThat(mix.get(1).share()).isCloseTo(0.45, within(1e-12));
    assertThat(sources).containsEntry("FRA", "ledger+world").containsEntry("CHN", "world");
  }

  @Test
  void exposureOfAFullyKnownStageIgnoresTheWorldMix() {
    // all 500 kg refined in China per the ledger: known share 1, nothing left for the world mix
    Map<String, String> sources = new HashMap<>();
    List<CountryShare> mix = Exposure.effectiveMix(Map.of(CHN, 500.0), 500, 1, Map.of("FRA", 1.0), "world", sources);
    assertThat(mix).singleElement().satisfies(c -> {
      assertThat(c.alpha3()).isEqualTo("CHN");
      assertThat(c.share()).isEqualTo(1.0);
    });
    assertThat(sources).containsOnly(Map.entry("CHN", "ledger"));
  }

  // ---------------------------------------------------------------- FiliereRisk

  @Test
  void categoryExposureWeighsPrimaryAndRecycledMaterial() {
    // human rights: extraction 0.8, pre-treatment 0.5, refining 0.4, recycling 0.2; recycled share 0.25.
    // primary = worst upstream = 0.8; secondary = the recycling stage (recovery and secondary
    // refining in the recovery country) = 0.2;
    // exposure = (0.75 x 0.8 + 0.25 x 0.2) / (0.75 + 0.25) = 0.65 -> high (bands 0.2/0.4/0.6/0.8)
    List<StageExposure> stages = List.of(stage(Stage.EXTRACTION, 0.8, human(0.8)),
        stage(Stage.PRE_TREATMENT, 0.5, human(0.5)), stage(Stage.REFINING, 0.4, human(0.4)),
        stage(Stage.RECYCLING, 0.2, human(0.2)));
    List<CategoryScore> c = FiliereRisk.categories(stages, 0.25, LevelBands.defaults());
    assertThat(c).singleElement().satisfies(x -> {
      assertThat(x.category()).isEqualTo(RiskCategory.HUMAN_RIGHTS);
      assertThat(x.score()).isCloseTo(0.65, within(1e-12));
      assertThat(x.level()).isEqualTo(RiskLevel.HIGH);
    });
    // all recycled: only the secondary part counts, 0.2 -> low
    assertThat(FiliereRisk.categories(stages, 1, LevelBands.defaults()).get(0).score()).isCloseTo(0.2, within(1e-12));
    // a mineral without recycling in the model: the recycled part is exposed to refining, 0.4
    List<StageExposure> noRecycling = stages.subList(0, 3);
    assertThat(FiliereRisk.categories(noRecycling, 1, LevelBands.defaults()).get(0).score()).isCloseTo(0.4, within(1e-12));
    // nothing recycled and no upstream score: no category at all
    assertThat(FiliereRisk.categories(List.of(stage(Stage.RECYCLING, 0.2, human(0.2))), 0, LevelBands.defaults()))
        .isEmpty();
  }

  @Test
  void topRisksAreHighestFirstThenByStage() {
    // extraction 0.6 and refining 0.6 tie: extraction (earlier stage) first; then recycling 0.3
    List<FiliereRisk.Top> top = FiliereRisk.topRisks(List.of(stage(Stage.REFINING, 0.6, human(0.6)),
        stage(Stage.RECYCLING, 0.3, human(0.3)), stage(Stage.EXTRACTION, 0.6, human(0.6))));
    assertThat(top).extracting(FiliereRisk.Top::stage).containsExactly(Stage.EXTRACTION, Stage.REFINING, Stage.RECYCLING);
  }

  // ---------------------------------------------------------------- Priority

  private static final PriorityWeights WEIGHTS = new PriorityWeights("t", "1",
      Map.of("volume", 0.2, "risk", 0.3, "concentration", 0.15, "regulation", 0.15, "traceability_gap", 0.2),
      2, 0.5, 5, 2, 3);

  @Test
  void priorityScoreIsTheWeightedSumOfItsComponents() {
    // 300 kg of a largest 1,200 kg: volume 0.25; headline risk 0.6 and no stage scored (stage
    // exposure 0): risk (0.6 + 0) / 2 = 0.3; no world mix: concentration 0;
    // no text names it: regulation 0; origin known 0.5, refiner 0.3: traceability gap 1 - 0.4 = 0.6.
    // score = 0.2 x 0.25 + 0.3 x 0.3 + 0 + 0 + 0.2 x 0.6 = 0.05 + 0.09 + 0.12 = 0.26
    FiliereAggregate f = aggregate("tin", 300, 150, 90, 0, Map.of(), Map.of());
    FiliereExposure e = new FiliereExposure(f, List.of(), false);
    RiskProfile r = new RiskProfile(List.of(), 0.6, Optional.empty(), Optional.empty());
    PriorityScore p = new Priority(WEIGHTS).score(e, r, List.of(), 1200);
    assertThat(p.components()).extracting(Assessment.ScoreComponent::value)
        .containsExactly(0.25, 0.3, 0.0, 0.0, 0.6);
    assertThat(p.score()).isCloseTo(0.26, within(1e-12));
    // the reasons follow the contributions: traceability 0.12, risk 0.09, volume 0.05, then the zeros
    List<String> reasons = Fixtures.en(new Priority(WEIGHTS).reasons(e, r, p, List.of()));
    assertThat(reasons.get(0)).isEqualTo(
        "traceability: mine country known for 50% of the mass, refiner for 30% (adds 0.12)");
    assertThat(reasons.get(1)).isEqualTo("risk: no stage of tin could be scored (adds 0.09)");
    assertThat(reasons.get(2)).isEqualTo("volume: 300 kg, 25% of the largest supply chain (adds 0.05)");
  }

  @Test
  void rankingIsByScoreThenMassThenMineral() {
    // b and c tie on score 0.5: c has more mass, so c before b; a scores 0.7: first
    List<Priority.Ranked<String>> ranked = Priority.rank(List.of(new Priority.Entry<>("b", 10, 0.5, "b"),
        new Priority.Entry<>("a", 1, 0.7, "a"), new Priority.Entry<>("c", 20, 0.5, "c")));
    assertThat(ranked).extracting(Priority.Ranked::item).containsExactly("a", "c", "b");
    assertThat(ranked).extracting(Priority.Ranked::rank).containsExactly(1, 2, 3);
    assertThat(Fixtures.en(ranked.get(0).rankReason())).isEqualTo("rank 1 of 3: priority score 0.70 (next: c 0.50)");
    assertThat(Fixtures.en(ranked.get(2).rankReason())).isEqualTo("rank 3 of 3: priority score 0.50");
  }

  // ---------------------------------------------------------------- Recommendations

  @Test
  void horizonOfADueDate() {
    // within six months: short; within eighteen months: medium; later: long
    assertThat(Recommendations.horizon(DATE, DATE.plusMonths(6))).isEqualTo(Horizon.SHORT);
    assertThat(Recommendations.horizon(DATE, DATE.plusMonths(7))).isEqualTo(Horizon.MEDIUM);
    assertThat(Recommendations.horizon(DATE, DATE.plusMonths(18).plusDays(1))).isEqualTo(Horizon.LONG);
  }

  // ---------------------------------------------------------------- Roadmap

  private static Recommendation solution(String id, Horizon h, boolean inPlace) {
    return new Recommendation(Kind.SOLUTION, id, Recommendations.solutionTerm(id), h, Text.of("assessment.why.obligation", "x"),
        Optional.empty(), Optional.empty(), inPlace);
  }

  @Test
  void roadmapOrdersThePhasesThenTheRanksAndDatesEachAction() {
    // company-wide obligation due in 1 year (medium); filiere tin (rank 1): a short solution, a long
    // one and one already in place (left out). Order: short tin, medium company-wide, long tin.
    Recommendation obligation = new Recommendation(Kind.OBLIGATION, "plan", Recommendations.obligationTerm("t", "plan"),
        Horizon.MEDIUM, Text.of("assessment.why.obligation", "t"), Optional.of("t"), Optional.of(DATE.plusYears(1)),
        false);
    Filiere tin = new Filiere("tin", Phrases.mineral("tin"), 1, 0.5, 10, 0, 1, 0, 0, 0, false, 0, List.of(), List.of(),
        0, Optional.empty(), List.of(), List.of(), List.of(),
        List.of(solution("audit", Horizon.SHORT, false), solution("recycle", Horizon.LONG, false),
            solution("done", Horizon.SHORT, true)));
    List<RoadmapAction> roadmap = Roadmap.of(List.of(tin), List.of(obligation), DATE);
    assertThat(roadmap).extracting(RoadmapAction::id).containsExactly("audit", "plan", "recycle");
    assertThat(roadmap).extracting(RoadmapAction::order).containsExactly(1, 2, 3);
    // the one short action is due at the end of the short phase (6 months), the one long action at
    // the end of the long phase (36 months), the obligation on the date it applies from
    assertThat(roadmap).extracting(RoadmapAction::dueDate)
        .containsExactly(DATE.plusMonths(6), DATE.plusYears(1), DATE.plusMonths(36));
    assertThat(roadmap).extracting(RoadmapAction::key)
        .containsExactly("tin:solution:audit", "all:obligation:t/plan", "tin:solution:recycle");
    assertThat(Fixtures.en(roadmap.get(0).justification())).isEqualTo("obligation of x [supply chain tin, rank 1]");
    assertThat(Fixtures.fr(roadmap.get(1).justification())).isEqualTo("obligation de « t » [toute l'entreprise]");
  }

  // ---------------------------------------------------------------- Scenario

  @Test
  void scenarioChangeComparesBaselineAndScenario() {
    // risk 0.6 -> 0.45, priority 0.5 -> 0.4 (rank 1 -> 2), not changed by the scenario (another
    // filiere was), one text names it: the regulated mass is the mass, 10 kg on both sides
    Filiere b = new Filiere("tin", Phrases.mineral("tin"), 1, 0.5, 10, 0, 1, 0, 0, 0, false, 0.6, List.of(),
        List.of(), 0, Optional.empty(), List.of("oecd-ddg"), List.of(), List.of(), List.of());
    Filiere a = new Filiere("tin", Phrases.mineral("tin"), 2, 0.4, 10, 0, 1, 0, 0, 0, false, 0.45, List.of(),
        List.of(), 0, Optional.empty(), List.of("oecd-ddg"), List.of(), List.of(), List.of());
    FiliereChange c = ScenarioComparison.change(b, a, Optional.empty());
    assertThat(c.baselineRegulatedMassKg()).isEqualTo(10);
    assertThat(c.scenarioRegulatedMassKg()).isEqualTo(10);
    assertThat(Fixtures.en(c.explanation())).containsExactly(
        "not changed by the scenario",
        "risk exposure 0.60 -> 0.45 (-0.15)",
        "stage exposure 0.00 -> 0.00 (unchanged)",
        "priority 0.50 -> 0.40 (-0.10), rank 1 -> 2",
        "the rank moves because other supply chains changed (volume is relative to the largest supply chain)",
        "regulatory exposure: 10 kg -> 10 kg under oecd-ddg (unchanged: which texts apply depends on the company,"
            + " not on where it buys)");
  }
}
