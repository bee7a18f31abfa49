package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.FiliereChange;
import fr.vigie.engine.assessment.Assessment.InputFile;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.assessment.Assessment.RegulationLine;
import fr.vigie.engine.assessment.Assessment.RoadmapAction;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.oecd.DueDiligenceSteps;
import fr.vigie.engine.oecd.MaturityPolicy;
import fr.vigie.engine.oecd.Side;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.regulation.Applicability;
import fr.vigie.engine.regulation.ApplicabilityEngine;
import fr.vigie.engine.regulation.Regulation;
import fr.vigie.engine.regulation.RegulationAssessment;
import fr.vigie.engine.regulation.RegulationCatalog;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.CountryDirectory;
import fr.vigie.engine.risk.Methodology;
import fr.vigie.engine.risk.RiskEngine;

import fr.vigie.engine.risk.StageRiskCalculator;
import fr.vigie.engine.solution.Solutions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The company assessment (docs/assessment.md) as a pipeline of stages, each a small class with its
 * own result: {@link Exposure} (per stage of each filiere) -> {@link FiliereRisk} (per category) ->
 * {@link Priority} (score, reasons, rank) -> {@link Recommendations} (solutions and obligations, gap)
 * -> {@link Roadmap} (phased actions). A scenario is the same pipeline run again on the changed
 * ledger aggregates, compared filiere by filiere ({@link ScenarioComparison}). Pure computation over
 * data already read (no file or network access); thread-safe and reusable.
 *
 * <pre>{@code
 * Assessment a = Assessor.with(referenceData, methodology, regulationCatalog, solutions)
 *     .assess(profile, ledger, Optional.empty(), Optional.empty(), LocalDate.of(2026, 11, 30));
 * }</pre>
 */
public final class Assessor {
  private final ReferenceData data;
  private final Methodology methodology;
  private final RegulationCatalog catalog;
  private final Solutions solutions;
  private final PriorityWeights weights;
  private final List<InputFile> inputs;
  private final RiskEngine engine;
  private final Exposure exposure;
  private final FiliereRisk filiereRisk;
  private final Priority priority;
  private final Recommendations recommendations;
  private final Levers levers;
  private final ConflictAreas cahra;
  private final Clock clock;

  private Assessor(
      ReferenceData data, Methodology methodology, RegulationCatalog catalog, Solutions solutions,
      PriorityWeights weights, List<InputFile> inputs, RiskEngine engine, ConflictAreas cahra, Clock clock) {
    this.data = Objects.requireNonNull(data, "data");
    this.methodology = Objects.requireNonNull(methodology, "methodology");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.solutions = Objects.requireNonNull(solutions, "solutions");
    this.weights = Objects.requireNonNull(weights, "weights");
    this.inputs = List.copyOf(inputs);
    this.engine = engine;
    this.cahra = Objects.requireNonNull(cahra, "cahra");
    this.clock = Objects.requireNonNull(clock, "clock");
    WorldMixes world = new WorldMixes(data);
    this.exposure = new Exposure(data, engine, new StageRiskCalculator(methodology), world, methodology.bands());
    this.filiereRisk = new FiliereRisk(methodology.bands(), engine, world);
    this.priority = new Priority(weights);
    this.recommendations = new Recommendations(solutions, weights);
    this.levers = new Levers(m -> !data.valueChain().processesOf(m, Stage.RECYCLING).isEmpty());
  }

  /** An assessor with the default priority weights and no recorded input files. */
  public static Assessor with(
      ReferenceData data, Methodology methodology, RegulationCatalog catalog, Solutions solutions) {
    return new Assessor(data, methodology, catalog, solutions, PriorityWeights.loadDefault(), List.of(),
        RiskEngine.of(data, methodology), ConflictAreas.NONE, Clock.systemUTC());
  }

  /** The same assessor with other priority weights. */
  public Assessor withWeights(PriorityWeights value) {
    return new Assessor(data, methodology, catalog, solutions, value, inputs, engine, cahra, clock);
  }

  /** The same assessor recording these input files (names and hashes) in every assessment. */
  public Assessor withInputs(List<InputFile> value) {
    return new Assessor(data, methodology, catalog, solutions, weights, value, engine, cahra, clock);
  }

  /**
   * The same assessor reading this list of conflict-affected and high-risk areas for the {@code
   * cahra} alerts (default: none, no such alert; the facade gives the list in use).
   */
  public Assessor withConflictAreas(ConflictAreas value) {
    return new Assessor(data, methodology, catalog, solutions, weights, inputs, engine, value, clock);
  }

  /** The same assessor telling today's date from this clock (the accepted range of assessment dates). */
  public Assessor withClock(Clock value) {
    return new Assessor(data, methodology, catalog, solutions, weights, inputs, engine, cahra, value);
  }

  /** The earliest assessment date accepted: the OECD guidance's third edition (2016) was in use. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(2017, 1, 1);

  /** How many years after today an assessment date may be. */
  public static final int YEARS_AHEAD = 5;

  /**
   * Refuses an assessment date outside {@link #EARLIEST_DATE} to today + {@link #YEARS_AHEAD} years
   * (problem {@code assessment.date_out_of_range}, place {@code date}).
   */
  public void checkDate(LocalDate date) {
    LocalDate latest = LocalDate.now(clock).plusYears(YEARS_AHEAD);
    if (date.isBefore(EARLIEST_DATE) || date.isAfter(latest)) {
      throw new ProblemException(
          Problem.error("assessment.date_out_of_range", date, EARLIEST_DATE, latest).atPath("date"));
    }
  }

  public PriorityWeights weights() {
    return weights;
  }

  /**
   * Assesses a company.
   *
   * @param profile the company profile (applicability of the texts, practices in place)
   * @param ledger the purchase ledger, aggregated per filiere
   * @param scenario a scenario to compare with the baseline
   * @param declarations smelter countries declared by suppliers
   * @param date the reference date of the regulations and of the roadmap
   */
  public Assessment assess(
      CompanyProfile profile, Ledger ledger, Optional<Scenario> scenario,
      Optional<DeclarationSummary> declarations, LocalDate date) {
    return assess(profile, ledger, scenario, declarations, date, Optional.empty());
  }

  /**
   * Assesses a company whose record of the OECD five steps the gap analysis reads: a sub-step
   * implemented with evidence puts its practices in place, in its filiere or (company-wide entries,
   * and the weakest filiere for the company's obligations) company-wide, besides the profile's
   * {@code practices_in_place} (docs/due-diligence-steps.md). Without steps, the same as {@link
   * #assess(CompanyProfile, Ledger, Optional, Optional, LocalDate)}.
   */
  public Assessment assess(
      CompanyProfile profile, Ledger ledger, Optional<Scenario> scenario,
      Optional<DeclarationSummary> declarations, LocalDate date, Optional<DueDiligenceSteps> steps) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(date, "date");
    checkDate(date);
    List<RegulationAssessment> regs =
        new ApplicabilityEngine(catalog, CountryDirectory.of(data.countries())).assess(profile, date);
    List<RegulationLine> lines = regs.stream().map(Assessor::line).toList();
    Set<String> practices = new HashSet<>();
    profile.practicesInPlace().forEach(p -> practices.add(AssessmentContext.key(p)));
    AssessmentContext ctx = steps
        .map(st -> withSteps(st, regs, practices, declarations, date, profile, ledger))
        .orElseGet(() -> new AssessmentContext(regs, practices, declarations, date, profile.positions()));

    List<Filiere> baseline = filieres(ledger.filieres(), ctx);
    List<Recommendation> company = Recommendations.companyWide(ctx);
    List<RoadmapAction> roadmap = Roadmap.of(baseline, company, date);
    Optional<Assessment.ScenarioResult> result = scenario.map(s -> scenario(s, ledger, baseline, ctx));
    List<String> refs = referenceData(ledger);
    Assessment.Provenance provenance = new Assessment.Provenance(
        engineVersion(), methodology.ref().toString(), weights.ref(), date, refs, solutions.asOf(), inputs);
    List<Assessment.Alert> alerts = new Alerts(cahra).of(ledger.filieres(), declarations);
    return new Assessment(profile.name(), provenance, baseline, lines, company, roadmap, result, alerts);
  }

  private static AssessmentContext withSteps(
      DueDiligenceSteps steps, List<RegulationAssessment> regs, Set<String> practices,
      Optional<DeclarationSummary> declarations, LocalDate date, CompanyProfile profile, Ledger ledger) {
    MaturityPolicy policy = new MaturityPolicy(steps.catalogue());
    Map<String, Side> sides = new LinkedHashMap<>();
    for (FiliereAggregate f : ledger.filieres()) {
      sides.put(f.material().value(), Side.of(profile.positions().of(f.material())));
    }
    Map<String, Set<String>> perFiliere = new HashMap<>();
    sides.forEach((m, side) -> perFiliere.put(m, keys(policy.practices(policy.filiere(steps, m, side)))));
    Set<String> company = keys(policy.practices(
        policy.company(steps, sides, Side.of(profile.positions().company()))));
    return new AssessmentContext(regs, practices, declarations, date, profile.positions(), company, perFiliere);
  }

  private static Set<String> keys(Set<String> ids) {
    Set<String> out = new HashSet<>();
    ids.forEach(i -> out.add(AssessmentContext.key(i)));
    return out;
  }

  private static String engineVersion() {
    String v = Assessor.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  private static RegulationLine line(RegulationAssessment r) {
    Regulation t = r.text();
    return new RegulationLine(t.regulationId(), t.term(), t.reference(), r.outcome().id(), r.appliesFrom(),
        t.minerals().stream().map(MineralId::value).toList(), r.outcome().reasons(), t.asOf());
  }

  // ---------------------------------------------------------------- the pipeline, per filiere

  /** One filiere through exposure, risk and scoring, waiting for its rank. */
  private record Scored(
      FiliereExposure exposure, RiskProfile risk, List<RegulationAssessment> naming, PriorityScore priority,
      Mineral mineral) {}

  private List<Filiere> filieres(List<FiliereAggregate> aggregates, AssessmentContext ctx) {
    double maxMass = aggregates.stream().mapToDouble(FiliereAggregate::massKg).max().orElse(0);
    List<Priority.Entry<Scored>> entries = new ArrayList<>();
    for (FiliereAggregate f : aggregates) {
      Mineral mineral = data.minerals().require(f.material());
      FiliereExposure e = exposure.of(f, ctx.declarations());
      RiskProfile r = filiereRisk.of(e);
      List<RegulationAssessment> naming = ctx.regs().stream()
          .filter(a -> !(a.outcome() instanceof Applicability.DoesNotApply))
          .filter(a -> Recommendations.names(a.text(), mineral))
          .toList();
      PriorityScore p = priority.score(e, r, naming, maxMass);
      entries.add(new Priority.Entry<>(f.material().value(), f.massKg(), p.score(),
          new Scored(e, r, naming, p, mineral)));
    }
    List<Filiere> out = new ArrayList<>();
    for (Priority.Ranked<Scored> ranked : Priority.rank(entries)) {
      Scored s = ranked.item();
      List<Text> reasons = new ArrayList<>();
      reasons.add(ranked.rankReason());
      reasons.addAll(priority.reasons(s.exposure(), s.risk(), s.priority(), s.naming()));
      List<Recommendation> recs = recommendations.forFiliere(s.mineral(), s.exposure(), s.risk(), levers,
          ctx.positions().of(s.mineral().id()), ctx);
      out.add(filiere(ranked.rank(), s, reasons, recs));
    }
    return out;
  }

  private static Filiere filiere(int rank, Scored s, List<Text> reasons, List<Recommendation> recs) {
    FiliereAggregate f = s.exposure().aggregate();
    String m = f.material().value();
    return new Filiere(m, Phrases.mineral(m), rank, s.priority().score(), f.massKg(), f.spendEur(), f.lines(),
        f.recycledShare(), f.originCoverage(), f.refinerCoverage(), s.exposure().declaredRefining(), s.risk().risk(),
        s.risk().categories(), s.exposure().stages(), s.risk().concentration(), s.risk().grossSupplyRisk(),
        s.naming().stream().map(a -> a.text().id()).toList(), s.priority().components(), reasons, recs);
  }

  // ---------------------------------------------------------------- scenario: the pipeline again

  private Assessment.ScenarioResult scenario(
      Scenario s, Ledger ledger, List<Filiere> baseline, AssessmentContext ctx) {
    List<FiliereAggregate> changed = new ArrayList<>();
    List<Text> overrides = new ArrayList<>();
    for (FiliereAggregate f : ledger.filieres()) {
      Optional<Scenario.Change> c = s.override(f.material());
      changed.add(c.map(x -> x.apply(f)).orElse(f));
    }
    for (Scenario.Change c : s.overrides()) {
      overrides.addAll(c.describe());
      if (ledger.filiere(c.material()).isEmpty()) {
        overrides.add(Text.of("assessment.scenario.ignored", Phrases.mineral(c.material().value())));
      }
    }
    List<Filiere> after = filieres(changed, ctx);
    List<FiliereChange> changes = new ArrayList<>();
    for (Filiere b : baseline) {
      Filiere a = after.stream().filter(x -> x.material().equals(b.material())).findFirst().orElseThrow();
      changes.add(ScenarioComparison.change(b, a, s.override(new MineralId(b.material()))));
    }
    return new Assessment.ScenarioResult(s.name(), overrides, after, changes);
  }

  // ---------------------------------------------------------------- provenance

  private List<String> referenceData(Ledger ledger) {
    Set<String> out = new LinkedHashSet<>();
    for (FiliereAggregate f : ledger.filieres()) {
      for (Stage s : List.of(Stage.EXTRACTION, Stage.REFINING)) {
        data.production().preferred(f.material(), s).ifPresent(p -> out.add(ReferenceDataLine.production(
            f.material().value(), s, p.source(), p.year(), p.series())));
      }
    }
    Set<String> indicators = new TreeSet<>();
    for (RiskCategory c : RiskCategory.values()) {
      methodology.category(c).indicators().forEach(i -> data.indicators().definition(i.id())
          .ifPresent(d -> indicators.add(ReferenceDataLine.indicator(d.id(), d.source(), d.year()))));
    }
    out.addAll(indicators);
    return List.copyOf(out);
  }
}
