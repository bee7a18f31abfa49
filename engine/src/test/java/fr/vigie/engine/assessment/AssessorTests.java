package fr.vigie.engine.assessment;

import fr.vigie.engine.kernel.RegulationId;
import static fr.vigie.engine.assessment.Fixtures.DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.Kind;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.risk.Methodology;
import fr.vigie.engine.risk.RiskEngine;
import fr.vigie.engine.solution.Horizon;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Known-answer tests of the assessment on a three-line ledger. */
class AssessorTests {
  /**
   * Three lines: copper 4,000 kg mined in Chile (refiner unknown), cobalt 1,000 kg mined in the DRC
   * and refined in China, tin 100 kg mined and smelted in Indonesia, half of it recycled.
   */
  static final String THREE_LINES = """
      item,material,mass_kg,origin_country,refiner_country,recycled_share
      CBL-1,copper,4000,CL,,
      BAT-1,cobalt,1000,CD,CN,
      PCB-1,tin,100,ID,ID,0.5
      """;

  static final Ledger LEDGER = Fixtures.ledger(THREE_LINES);

  /**
   * The default weights without the risk and concentration components (both read the reference
   * data): every other component is computed by hand.
   */
  static final PriorityWeights NO_RISK = new PriorityWeights("test-no-risk", "1", Map.of(
      "volume", 0.30, "risk", 0.0, "concentration", 0.0, "regulation", 0.15, "traceability_gap", 0.10),
      2, 0.5, 5, 2, 3);

  private static Assessment assess(PriorityWeights w) {
    return Fixtures.assessor().withWeights(w)
        .assess(Fixtures.profile(Fixtures.PROFILE), LEDGER, Optional.empty(), Optional.empty(), DATE);
  }

  @Test
  void rankingScoresAndReasonsByHand() {
    Assessment a = assess(NO_RISK);
    // Weights 0.30, 0, 0, 0.15, 0.10 are divided by their sum 0.55.
    // volume = mass / largest mass: copper 4000/4000 = 1, cobalt 1000/4000 = 0.25, tin 100/4000 = 0.025
    // regulation = texts that apply and name the mineral / 2: copper (eu-crma) 1/2, cobalt (eu-crma)
    //   1/2 = 0.5; tin 0 (the OECD guidance covers all minerals and is only recommended: it names
    //   no mineral and adds no pressure to tin alone)
    // traceability gap = 1 - (origin coverage + refiner coverage) / 2: copper 1 - (1 + 0)/2 = 0.5,
    //   cobalt and tin 1 - (1 + 1)/2 = 0
    // copper: (0.30 x 1 + 0.15 x 0.5 + 0.10 x 0.5) / 0.55 = 0.425 / 0.55 = 0.7727273
    // cobalt: (0.30 x 0.25 + 0.15 x 0.5 + 0) / 0.55 = 0.150 / 0.55 = 0.2727273
    // tin:    (0.30 x 0.025 + 0.15 x 0 + 0) / 0.55 = 0.0075 / 0.55 = 0.0136364
    assertThat(a.filieres()).extracting(Filiere::material).containsExactly("copper", "cobalt", "tin");
    assertThat(a.filieres()).extracting(Filiere::rank).containsExactly(1, 2, 3);
    assertThat(a.filiere("copper").orElseThrow().priorityScore()).isCloseTo(0.425 / 0.55, within(1e-9));
    assertThat(a.filiere("cobalt").orElseThrow().priorityScore()).isCloseTo(0.150 / 0.55, within(1e-9));
    assertThat(a.filiere("tin").orElseThrow().priorityScore()).isCloseTo(0.0075 / 0.55, within(1e-9));
    Filiere copper = a.filiere("copper").orElseThrow();
    assertThat(copper.components()).extracting(Assessment.ScoreComponent::value)
        .containsExactly(1.0, (copper.risk() + copper.stageExposure()) / 2, copper.concentration(), 0.5, 0.5);
    double[] weights = {0.30 / 0.55, 0.0, 0.0, 0.15 / 0.55, 0.10 / 0.55};
    for (int i = 0; i < weights.length; i++) {
      assertThat(copper.components().get(i).weight()).isCloseTo(weights[i], within(1e-12));
    }
    assertThat(copper.regulations()).containsExactly("eu-crma");
    assertThat(a.filiere("tin").orElseThrow().regulations()).isEmpty();
    // reasons: the rank first, then the components by contribution (volume 0.30/0.55 = 0.55 first,
    // regulation 0.075/0.55 = 0.14, traceability 0.05/0.55 = 0.09)
    assertThat(Fixtures.en(copper.reasons())).startsWith(
        "rank 1 of 3: priority score 0.77 (next: cobalt 0.27)",
        "volume: 4,000 kg, 100% of the largest supply chain (adds 0.55)",
        "regulation: 1 text(s) that apply or may apply name copper: eu-crma (applies) (adds 0.14)",
        "traceability: mine country known for 100% of the mass, refiner for 0% (adds 0.09)");
    assertThat(a.provenance().priorityWeights()).isEqualTo("test-no-risk 1");
  }

  @Test
  void reasonsInFrenchComeFromTheSameFigures() {
    Filiere copper = assess(NO_RISK).filiere("copper").orElseThrow();
    // the same figures as rankingScoresAndReasonsByHand, French formats: decimal comma, non-breaking
    // space (U+00A0) for thousands and before '%' and 'kg'
    assertThat(Fixtures.fr(copper.reasons())).startsWith(
        "rang 1 sur 3 : score de priorité 0,77 (suivante : cobalt 0,27)",
        "volume : 4\u202f000 kg, 100\u00a0% de la plus grande filière (ajoute 0,55)",
        "réglementation : 1 texte(s) applicable(s) ou pouvant s'appliquer nomme(nt) copper : eu-crma"
            + " (s'applique) (ajoute 0,14)",
        "traçabilité : pays de la mine connu pour 100\u00a0% de la masse, de l'affineur pour 0\u00a0%"
            + " (ajoute 0,09)");
    assertThat(Fixtures.fr(copper.reasons())).hasSameSizeAs(copper.reasons());
  }

  @Test
  void recommendationsRoadmapAndBasisHaveFrenchTexts() {
    Assessment a = assess(AssessorTests.NO_RISK);
    Filiere copper = a.filiere("copper").orElseThrow();
    // copper's mine country is known for all the mass, its refiner for none
    assertThat(Fixtures.fr(copper.stage(Stage.EXTRACTION).orElseThrow().basis())).isEqualTo("pays du registre d'achats uniquement");
    assertThat(Fixtures.fr(copper.stage(Stage.REFINING).orElseThrow().basis())).startsWith("production mondiale : ");
    assertThat(a.roadmap()).allSatisfy(r -> {
      assertThat(Fixtures.fr(r.title())).isNotBlank();
      assertThat(Fixtures.fr(r.justification())).matches(".*\\[(filière [a-z_]+, rang \\d+|toute l'entreprise)\\]$");
    });
    assertThat(a.roadmap()).anyMatch(r -> Fixtures.fr(r.justification()).startsWith("obligation de "));
    assertThat(a.regulations()).allSatisfy(r -> assertThat(Fixtures.fr(r.name())).isNotBlank());
  }

  @Test
  void regulationLinesCarryTheApplicabilityReasonsInFrench() {
    Assessment a = assess(AssessorTests.NO_RISK);
    assertThat(a.regulations()).allSatisfy(r -> {
      assertThat(Fixtures.fr(r.reasons())).hasSameSizeAs(r.reasons()).isNotEqualTo(r.reasons());
      assertThat(Fixtures.fr(r.reasons())).allMatch(s -> s.startsWith("rempli\u00a0: ")
          || s.startsWith("non rempli\u00a0: ") || s.startsWith("manquant\u00a0: ") || s.startsWith("hypothèse\u00a0: ")
          || s.startsWith("s'applique\u00a0: ")
          || s.startsWith("ne s'applique pas\u00a0: ") || s.startsWith("impossible de conclure\u00a0: ") || s.startsWith("recommandé\u00a0: ")
          || s.startsWith("règles\u00a0: ") || s.startsWith("obligations applicables ")
          || s.startsWith("peut s'appliquer plus tôt"));
    });
    Assessment.RegulationLine oecd = a.regulations().stream()
        .filter(r -> r.id().equals(RegulationId.of("oecd-ddg"))).findFirst().orElseThrow();
    assertThat(Fixtures.fr(oecd.reasons()).get(0)).startsWith("recommandé\u00a0: guide volontaire");
  }

  @Test
  void concentrationIsTheWorldHhiOfTheMoreConcentratedStage() {
    Assessment a = assess(NO_RISK);
    // HHI of the preferred series of a stage, shares as published (the rest of world adds no square)
    java.util.function.ToDoubleFunction<Stage> hhi = stage -> {
      var series = Fixtures.DATA.production().preferred(new fr.vigie.engine.mineral.MineralId("cobalt"), stage)
          .orElseThrow();
      return series.countries().stream().mapToDouble(c -> c.share() * c.share()).sum();
    };
    double expected = Math.max(hhi.applyAsDouble(Stage.EXTRACTION), hhi.applyAsDouble(Stage.REFINING));
    Filiere cobalt = a.filiere("cobalt").orElseThrow();
    assertThat(cobalt.concentration()).isCloseTo(expected, within(1e-12));
    // the company's own mix is reported per stage: one refiner country (CHN) is HHI 1
    assertThat(cobalt.stage(Stage.REFINING).orElseThrow().hhi()).contains(1.0);
    assertThat(Fixtures.en(cobalt.reasons())).anyMatch(r -> r.startsWith("concentration: world "));
  }

  @Test
  void exposureMixesLedgerCountriesWithTheWorldMix() {
    Assessment a = assess(NO_RISK);
    RiskEngine engine = RiskEngine.of(Fixtures.DATA, Methodology.loadDefault());
    Filiere cobalt = a.filiere("cobalt").orElseThrow();
    // cobalt's chain is fully known: extraction is 100% COD, refining 100% CHN, from the ledger
    StageExposure ext = cobalt.stage(Stage.EXTRACTION).orElseThrow();
    assertThat(ext.countries()).containsExactly(new Assessment.CountryWeight("COD", 1.0, "ledger"));
    assertThat(ext.knownShare()).isEqualTo(1.0);
    assertThat(ext.hhi()).contains(1.0);
    assertThat(cobalt.stage(Stage.REFINING).orElseThrow().countries())
        .containsExactly(new Assessment.CountryWeight("CHN", 1.0, "ledger"));
    // stage risk = 0.5 x process risk + 0.5 x country risk (default methodology); with one country
    // the country part is that country's score
    double cod = engine.country("COD").score(RiskCategory.HUMAN_RIGHTS).getAsDouble();
    double stageFromEngine = engine.mineral(new fr.vigie.engine.mineral.MineralId("cobalt")).stages().get(0)
        .risk().processRisk().get(RiskCategory.HUMAN_RIGHTS).getAsDouble() * 0.5 + cod * 0.5;
    assertThat(ext.category(RiskCategory.HUMAN_RIGHTS).orElseThrow().score()).isCloseTo(stageFromEngine, within(1e-12));

    // copper: mine known (CHL), refiner unknown: the refining mix is the world mix (the listed
    // countries and the rest of world), the whole mass flagged unknown
    StageExposure ref = a.filiere("copper").orElseThrow().stage(Stage.REFINING).orElseThrow();
    assertThat(ref.knownShare()).isZero();
    assertThat(Fixtures.en(ref.basis())).startsWith("world production mix: ");
    assertThat(ref.countries()).allMatch(c -> c.source().equals("world"));
    assertThat(ref.countries().stream().mapToDouble(Assessment.CountryWeight::share).sum()).isCloseTo(1.0, within(1e-9));

    // tin: 100 kg, half recycled. Extraction and pre-treatment carry the primary 50 kg, refining all
    // 100 kg, recycling the recycled 50 kg.
    Filiere tin = a.filiere("tin").orElseThrow();
    assertThat(tin.recycledShare()).isEqualTo(0.5);
    assertThat(tin.stage(Stage.EXTRACTION).orElseThrow().massKg()).isEqualTo(50.0);
    assertThat(tin.stage(Stage.REFINING).orElseThrow().massKg()).isEqualTo(100.0);
    assertThat(tin.stage(Stage.RECYCLING).orElseThrow().massKg()).isEqualTo(50.0);
    // category exposure = (1 - r) x max(upstream stages) + r x recycling stage, r = 0.5
    for (RiskCategory c : RiskCategory.values()) {
      double primary = List.of(Stage.EXTRACTION, Stage.PRE_TREATMENT, Stage.REFINING).stream()
          .flatMap(s -> tin.stage(s).flatMap(x -> x.category(c)).stream())
          .mapToDouble(Assessment.CategoryScore::score).max().orElseThrow();
      double secondary = List.of(Stage.RECYCLING).stream()
          .flatMap(s -> tin.stage(s).flatMap(x -> x.category(c)).stream())
          .mapToDouble(Assessment.CategoryScore::score).max().orElseThrow();
      double expected = 0.5 * primary + 0.5 * secondary;
      assertThat(tin.categories().stream().filter(x -> x.category() == c).findFirst().orElseThrow().score())
          .isCloseTo(expected, within(1e-12));
    }
    assertThat(tin.risk()).isEqualTo(tin.categories().stream()
        .mapToDouble(Assessment.CategoryScore::score).max().orElseThrow());
    // the recycled part is recovered in the refiner's country (no recycling country is given):
    // Indonesia, whose socio-economic and political risk calls for the informal profile
    assertThat(tin.stage(Stage.RECYCLING).orElseThrow().countries())
        .containsExactly(new Assessment.CountryWeight("IDN", 1.0, "ledger"));
  }

  @Test
  void recommendationsAreMarkedInPlaceFromThePractices() {
    Assessment a = assess(NO_RISK);
    Filiere tin = a.filiere("tin").orElseThrow();
    // oecd-ddg is recommended to the whole company (it covers all minerals): its five steps are
    // company-wide obligations, not tin's; step 2 is fulfilled by the cmrt-survey practice listed
    assertThat(tin.recommendations()).filteredOn(r -> r.kind() == Kind.OBLIGATION).isEmpty();
    assertThat(a.companyObligations()).filteredOn(r -> r.regulation().equals(Optional.of("oecd-ddg")) && r.inPlace())
        .extracting(Assessment.Recommendation::id).contains("step-2-identify-assess");
    // company-wide: the French law's vigilance plan is listed by its obligation id
    assertThat(a.companyObligations()).filteredOn(r -> r.id().equals("vigilance-plan"))
        .allMatch(Assessment.Recommendation::inPlace).isNotEmpty();
    // the gap is what is not in place, and only the gap goes into the roadmap
    assertThat(tin.gap()).noneMatch(Assessment.Recommendation::inPlace);
    assertThat(a.roadmap()).noneMatch(r -> r.id().equals("vigilance-plan"));
    // each catalogue solution recommended addresses one of the filiere's two highest (stage,
    // category) risks, directly or (a mine-site programme) through the suppliers; the buyer's steps
    // and the levers give their own reasons
    assertThat(tin.recommendations()).filteredOn(r -> r.kind() == Kind.SOLUTION)
        .filteredOn(r -> !Recommendations.BUYER_STEPS.contains(r.id()))
        .filteredOn(r -> !List.of("substitution", "material_efficiency", "demand_reduction", "recycled_content",
            "take_back_recycling", "diversify_sourcing_countries", "european_sourcing").contains(r.id()))
        .isNotEmpty()
        .allMatch(r -> Fixtures.en(r.justification()).startsWith("addresses the "));
    // the downstream buyer's survey of tin is the CMRT, in place through the cmrt-survey practice
    assertThat(tin.recommendations()).filteredOn(r -> r.id().equals("cmrt_survey"))
        .singleElement().matches(Assessment.Recommendation::inPlace);
  }

  @Test
  void roadmapIsPhasedAndDatedFromTheObligations() {
    Assessment a = assess(NO_RISK);
    assertThat(a.roadmap()).isNotEmpty();
    // phases in order short, medium, long; order numbers from 1
    for (int i = 1; i < a.roadmap().size(); i++) {
      assertThat(a.roadmap().get(i).phase()).isGreaterThanOrEqualTo(a.roadmap().get(i - 1).phase());
      assertThat(a.roadmap().get(i).order()).isEqualTo(i + 1);
    }
    // the CSDDD applies from 2029-07-26: more than 18 months after the reference date, so long
    // term, due on that date
    assertThat(a.roadmap()).filteredOn(r -> Fixtures.en(r.justification()).contains("eu-csddd"))
        .isNotEmpty()
        .allMatch(r -> r.phase() == Horizon.LONG && r.dueDate().equals(java.time.LocalDate.of(2029, 7, 26)));
    // an obligation already in force is short term, due within the six months, not all today
    assertThat(a.roadmap()).filteredOn(r -> Fixtures.en(r.justification()).contains("oecd-ddg"))
        .isNotEmpty()
        .allMatch(r -> r.phase() == Horizon.SHORT && r.dueDate().isAfter(DATE)
            && !r.dueDate().isAfter(DATE.plusMonths(6)));
    // every other action is due within its phase: short (0, 6], medium (6, 18], long (18, 36] months
    assertThat(a.roadmap()).filteredOn(r -> r.kind() == Kind.SOLUTION)
        .allMatch(r -> switch (r.phase()) {
          case SHORT -> r.dueDate().isAfter(DATE) && !r.dueDate().isAfter(DATE.plusMonths(6));
          case MEDIUM -> r.dueDate().isAfter(DATE.plusMonths(6)) && !r.dueDate().isAfter(DATE.plusMonths(18));
          case LONG -> r.dueDate().isAfter(DATE.plusMonths(18)) && !r.dueDate().isAfter(DATE.plusMonths(36));
        });
    // the due dates spread over each phase: the short phase's last action is due at its end, the
    // others before it
    List<java.time.LocalDate> shortDue = a.roadmap().stream().filter(r -> r.phase() == Horizon.SHORT)
        .map(Assessment.RoadmapAction::dueDate).toList();
    assertThat(shortDue).last().isEqualTo(DATE.plusMonths(6));
    assertThat(shortDue.stream().distinct().count()).isGreaterThan(2);
  }

  @Test
  void horizonOfADueDate() {
    assertThat(Recommendations.horizon(DATE, DATE)).isEqualTo(Horizon.SHORT);
    assertThat(Recommendations.horizon(DATE, DATE.plusMonths(6))).isEqualTo(Horizon.SHORT);
    assertThat(Recommendations.horizon(DATE, DATE.plusMonths(6).plusDays(1))).isEqualTo(Horizon.MEDIUM);
    assertThat(Recommendations.horizon(DATE, DATE.plusMonths(18))).isEqualTo(Horizon.MEDIUM);
    assertThat(Recommendations.horizon(DATE, DATE.plusMonths(18).plusDays(1))).isEqualTo(Horizon.LONG);
  }

  @Test
  void provenanceRecordsWhatProducedIt() {
    Assessment a = Fixtures.assessor()
        .withInputs(List.of(new Assessment.InputFile("ledger", "l.csv", "ab12")))
        .assess(Fixtures.profile(Fixtures.PROFILE), LEDGER, Optional.empty(), Optional.empty(), DATE);
    assertThat(a.provenance().methodology()).isEqualTo("vigie-default 1.0.0");
    assertThat(a.provenance().priorityWeights()).isEqualTo("vigie-priority-default 1.0.0");
    assertThat(a.provenance().referenceDate()).isEqualTo(DATE);
    assertThat(a.provenance().inputs()).extracting(Assessment.InputFile::name).containsExactly("l.csv");
    assertThat(a.provenance().referenceData()).anyMatch(r -> r.startsWith("production cobalt extraction: "))
        .anyMatch(r -> r.startsWith("indicator wgi_va: "));
  }

  @Test
  void declaredSmeltersReplaceTheWorldRefiningMix() {
    // copper's refiner is unknown: declarations naming Spanish and German smelters replace the world mix
    DeclarationSummary d = new DeclarationSummary("decl", 3, Map.of(
        new fr.vigie.engine.mineral.MineralId("copper"), Map.of("ESP", 0.75, "DEU", 0.25)));
    Assessment a = Fixtures.assessor().withWeights(NO_RISK)
        .assess(Fixtures.profile(Fixtures.PROFILE), LEDGER, Optional.empty(), Optional.of(d), DATE);
    Filiere copper = a.filiere("copper").orElseThrow();
    StageExposure ref = copper.stage(Stage.REFINING).orElseThrow();
    assertThat(Fixtures.en(ref.basis())).isEqualTo("declared smelters (3 declaration files, decl)");
    assertThat(ref.countries()).containsExactly(
        new Assessment.CountryWeight("ESP", 0.75, "declarations"),
        new Assessment.CountryWeight("DEU", 0.25, "declarations"));
    // HHI = 0.75^2 + 0.25^2 = 0.625
    assertThat(ref.hhi().orElseThrow()).isCloseTo(0.625, within(1e-12));
    assertThat(copper.declaredRefining()).isTrue();
    // extraction is untouched by declarations (CHL from the ledger)
    assertThat(copper.stage(Stage.EXTRACTION).orElseThrow().countries())
        .containsExactly(new Assessment.CountryWeight("CHL", 1.0, "ledger"));
  }
}
