package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.CategoryScore;
import fr.vigie.engine.assessment.Assessment.CountryWeight;
import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.FiliereChange;
import fr.vigie.engine.assessment.Assessment.InputFile;
import fr.vigie.engine.assessment.Assessment.Kind;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.assessment.Assessment.RegulationLine;
import fr.vigie.engine.assessment.Assessment.RoadmapAction;
import fr.vigie.engine.assessment.Assessment.ScoreComponent;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.ledger.Ledger;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.production.CountryShare;
import fr.vigie.engine.production.ProductionSeries;
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
import fr.vigie.engine.risk.StageRisk;
import fr.vigie.engine.risk.StageRiskCalculator;
import fr.vigie.engine.solution.Horizon;
import fr.vigie.engine.solution.Solution;
import fr.vigie.engine.solution.Solutions;
import fr.vigie.engine.valuechain.MineralProcess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The company assessment (docs/assessment.md): exposure per filiere, priority ranking with reasons,
 * recommendations and gap analysis, phased roadmap, and an optional scenario beside the baseline.
 * Pure computation over data already read (no file or network access); thread-safe and reusable.
 *
 * <pre>{@code
 * Assessment a = Assessor.with(referenceData, methodology, regulationCatalog, solutions)
 *     .assess(profile, ledger, Optional.empty(), Optional.empty(), LocalDate.of(2026, 11, 30));
 * }</pre>
 */
public final class Assessor {
  private static final List<Stage> UPSTREAM = List.of(Stage.EXTRACTION, Stage.PRE_TREATMENT, Stage.REFINING);

  private final ReferenceData data;
  private final Methodology methodology;
  private final RegulationCatalog catalog;
  private final Solutions solutions;
  private final PriorityWeights weights;
  private final List<InputFile> inputs;
  private final RiskEngine engine;
  private final StageRiskCalculator calculator;

  private Assessor(
      ReferenceData data, Methodology methodology, RegulationCatalog catalog, Solutions solutions,
      PriorityWeights weights, List<InputFile> inputs, RiskEngine engine) {
    this.data = Objects.requireNonNull(data, "data");
    this.methodology = Objects.requireNonNull(methodology, "methodology");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.solutions = Objects.requireNonNull(solutions, "solutions");
    this.weights = Objects.requireNonNull(weights, "weights");
    this.inputs = List.copyOf(inputs);
    this.engine = engine;
    this.calculator = new StageRiskCalculator(methodology);
  }

  /** An assessor with the default priority weights and no recorded input files. */
  public static Assessor with(
      ReferenceData data, Methodology methodology, RegulationCatalog catalog, Solutions solutions) {
    return new Assessor(data, methodology, catalog, solutions, PriorityWeights.loadDefault(), List.of(),
        RiskEngine.of(data, methodology));
  }

  /** The same assessor with other priority weights. */
  public Assessor withWeights(PriorityWeights value) {
    return new Assessor(data, methodology, catalog, solutions, value, inputs, engine);
  }

  /** The same assessor recording these input files (names and hashes) in every assessment. */
  public Assessor withInputs(List<InputFile> value) {
    return new Assessor(data, methodology, catalog, solutions, weights, value, engine);
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
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(date, "date");
    List<RegulationAssessment> regs =
        new ApplicabilityEngine(catalog, CountryDirectory.of(data.countries())).assess(profile, date);
    List<RegulationLine> lines = regs.stream().map(Assessor::line).toList();
    Set<String> practices = new HashSet<>();
    profile.practicesInPlace().forEach(p -> practices.add(key(p)));
    Context ctx = new Context(regs, practices, declarations, date);

    List<Filiere> baseline = filieres(ledger.filieres(), ctx);
    List<Recommendation> company = companyObligations(ctx);
    List<RoadmapAction> roadmap = roadmap(baseline, company, date);
    Optional<Assessment.ScenarioResult> result = scenario.map(s -> scenario(s, ledger, baseline, ctx));
    List<String> refs = referenceData(ledger);
    Assessment.Provenance provenance = new Assessment.Provenance(
        engineVersion(), methodology.ref().toString(), weights.ref(), date, refs, solutions.asOf(), inputs);
    return new Assessment(profile.name(), provenance, baseline, lines, company, roadmap, result);
  }

  private record Context(
      List<RegulationAssessment> regs, Set<String> practices, Optional<DeclarationSummary> declarations,
      LocalDate date) {}

  private static String engineVersion() {
    String v = Assessor.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  /** Practice ids compare without case, with '-' and '_' alike. */
  static String key(String id) {
    return id.strip().toLowerCase(Locale.ROOT).replace('-', '_');
  }

  private static RegulationLine line(RegulationAssessment r) {
    Regulation t = r.text();
    return new RegulationLine(t.id(), t.name(java.util.Locale.ENGLISH), t.reference(), r.outcome().id(), r.appliesFrom(),
        t.minerals().stream().map(MineralId::value).toList(), rendered(r, java.util.Locale.ENGLISH), t.asOf(),
        t.name(java.util.Locale.FRENCH), rendered(r, java.util.Locale.FRENCH));
  }

  /** The applicability reasons rendered in a language (the text's own title named from its file). */
  private static List<String> rendered(RegulationAssessment r, java.util.Locale locale) {
    Regulation t = r.text();
    fr.vigie.engine.kernel.Messages m = fr.vigie.engine.kernel.Messages.of(locale, t.termNames());
    return r.outcome().reasons().stream().map(m::render).toList();
  }

  // ---------------------------------------------------------------- filieres and ranking

  private List<Filiere> filieres(List<FiliereAggregate> aggregates, Context ctx) {
    double maxMass = aggregates.stream().mapToDouble(FiliereAggregate::massKg).max().orElse(0);
    List<Filiere> unranked = new ArrayList<>();
    for (FiliereAggregate f : aggregates) {
      unranked.add(filiere(f, maxMass, ctx));
    }
    List<Filiere> sorted = unranked.stream()
        .sorted(Comparator.comparingDouble(Filiere::priorityScore).reversed()
            .thenComparing(Comparator.comparingDouble(Filiere::massKg).reversed())
            .thenComparing(Filiere::material))
        .toList();
    List<Filiere> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Filiere f = sorted.get(i);
      int rank = i + 1;
      Optional<Filiere> next = i + 1 < sorted.size() ? Optional.of(sorted.get(i + 1)) : Optional.empty();
      Text first = Phrases.rank(rank, sorted.size(), f.priorityScore(), next.map(Filiere::material),
          next.map(Filiere::priorityScore).orElse(0.0));
      List<String> reasons = new ArrayList<>();
      reasons.add(first.en());
      reasons.addAll(f.reasons());
      List<String> reasonsFr = new ArrayList<>();
      reasonsFr.add(first.fr());
      reasonsFr.addAll(f.reasonsFr());
      List<Recommendation> recs = rank <= weights.recommendTop() ? recommendations(f, ctx) : List.of();
      ranked.add(new Filiere(f.material(), f.name(), rank, f.priorityScore(), f.massKg(), f.spendEur(),
          f.lines(), f.recycledShare(), f.originCoverage(), f.refinerCoverage(), f.declaredRefining(), f.risk(),
          f.categories(), f.stages(), f.concentration(), f.grossSupplyRisk(), f.regulations(), f.components(),
          reasons, recs, reasonsFr));
    }
    return ranked;
  }

  private Filiere filiere(FiliereAggregate f, double maxMass, Context ctx) {
    MineralId m = f.material();
    Mineral mineral = data.minerals().require(m);
    double mass = f.massKg();
    double r = f.recycledShare();
    Map<String, Double> declared =
        ctx.declarations().map(d -> d.countries(m)).orElse(Map.of());

    List<StageExposure> stages = new ArrayList<>();
    for (Stage stage : UPSTREAM) {
      boolean refining = stage == Stage.REFINING;
      double bearing = refining ? mass : mass - f.recycledMassKg();
      Map<Country, Double> known = refining ? f.massByRefinerCountry() : f.massByOriginCountry();
      double knownMass = refining ? f.massKnownRefinerKg() : f.massKnownOriginKg();
      double knownShare = mass > 0 ? Math.min(1, knownMass / mass) : 0;
      Map<String, Double> mix = new LinkedHashMap<>();
      Text basis;
      String source;
      if (refining && !declared.isEmpty()) {
        mix.putAll(declared);
        basis = Phrases.declaredSmelters(ctx.declarations().get().files(), ctx.declarations().get().source());
        source = "declarations";
      } else {
        Optional<WorldMix> world = worldMix(m, stage);
        world.ifPresent(w -> mix.putAll(w.shares()));
        basis = world.map(w -> Phrases.worldMix(w.basis())).orElse(Phrases.noProductionData());
        source = "world";
      }
      if (knownShare >= 1) {
        basis = Phrases.ledgerOnly();
      }
      Map<String, double[]> shares = new LinkedHashMap<>();
      Map<String, String> sources = new HashMap<>();
      known.forEach((c, v) -> {
        shares.computeIfAbsent(c.alpha3(), k -> new double[1])[0] += mass > 0 ? v / mass : 0;
        sources.put(c.alpha3(), "ledger");
      });
      double unknown = 1 - knownShare;
      if (unknown > 0) {
        mix.forEach((c, s) -> {
          shares.computeIfAbsent(c, k -> new double[1])[0] += unknown * s;
          sources.merge(c, source, (a, b) -> a.equals(b) ? a : a + "+" + b);
        });
      }
      List<CountryShare> effective = new ArrayList<>();
      shares.forEach((c, s) -> {
        if (s[0] > 0) {
          effective.add(new CountryShare(c, Math.min(1, s[0]), java.util.OptionalDouble.empty()));
        }
      });
      List<StageRiskCalculator.ProcessUse> uses = processUses(m, stage);
      if (effective.isEmpty() && uses.isEmpty()) {
        continue;
      }
      StageRisk risk = calculator.compute(stage, uses, effective, engine::country);
      exposure(stage, bearing, knownShare, basis, effective, sources, risk).ifPresent(stages::add);
    }
    if (f.recycledMassKg() > 0) {
      List<StageRiskCalculator.ProcessUse> uses = processUses(m, Stage.RECYCLING);
      if (!uses.isEmpty()) {
        StageRisk risk = calculator.compute(Stage.RECYCLING, uses, List.of(), engine::country);
        exposure(Stage.RECYCLING, f.recycledMassKg(), 0, Phrases.recycling(),
            List.of(), Map.of(), risk).ifPresent(stages::add);
      }
    }

    List<CategoryScore> categories = new ArrayList<>();
    for (RiskCategory c : RiskCategory.values()) {
      Optional<Double> primary = maxOf(stages, c, Set.copyOf(UPSTREAM));
      Optional<Double> secondary = maxOf(stages, c, Set.of(Stage.REFINING, Stage.RECYCLING));
      double num = 0;
      double den = 0;
      if (primary.isPresent() && r < 1) {
        num += (1 - r) * primary.get();
        den += 1 - r;
      }
      if (secondary.isPresent() && r > 0) {
        num += r * secondary.get();
        den += r;
      }
      if (den > 0) {
        double e = num / den;
        categories.add(new CategoryScore(c, e, methodology.bands().level(e)));
      }
    }
    double risk = categories.stream().mapToDouble(CategoryScore::score).max().orElse(0);
    Optional<WorldMix> concentrated = Stream.of(Stage.EXTRACTION, Stage.REFINING)
        .flatMap(s -> worldMix(m, s).stream())
        .max(Comparator.comparingDouble(WorldMix::hhi));
    double concentration = concentrated.map(WorldMix::hhi).orElse(0.0);
    var supply = engine.supply(m).grossSupplyRisk();
    Optional<Double> gross = supply.isPresent() ? Optional.of(supply.getAsDouble()) : Optional.empty();

    List<RegulationAssessment> naming = ctx.regs().stream()
        .filter(a -> !(a.outcome() instanceof Applicability.DoesNotApply))
        .filter(a -> names(a.text(), mineral))
        .toList();
    double pressure = 0;
    for (RegulationAssessment a : naming) {
      pressure += a.outcome() instanceof Applicability.Applies ? 1 : weights.cannotTellWeight();
    }
    double traceability = (f.originCoverage() + f.refinerCoverage()) / 2;
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("volume", maxMass > 0 ? mass / maxMass : 0);
    values.put("risk", risk);
    values.put("concentration", concentration);
    values.put("regulation", Math.min(1, pressure / weights.regulationSaturation()));
    values.put("traceability_gap", 1 - traceability);
    List<ScoreComponent> components = new ArrayList<>();
    double score = 0;
    for (String c : PriorityWeights.COMPONENTS) {
      double w = weights.weight(c);
      double v = values.get(c);
      components.add(new ScoreComponent(c, v, w, w * v));
      score += w * v;
    }
    List<String> regIds = naming.stream().map(a -> a.text().id()).toList();
    Filiere draft = new Filiere(m.value(), mineral.name(java.util.Locale.ENGLISH), 0, score, mass, f.spendEur(), f.lines(), r,
        f.originCoverage(), f.refinerCoverage(), !declared.isEmpty(), risk, categories, stages, concentration,
        gross, regIds, components, List.of(), List.of(), List.of());
    List<Text> reasons = components.stream()
        .sorted(Comparator.comparingDouble(ScoreComponent::contribution).reversed())
        .map(c -> reason(c, draft, concentrated, naming))
        .toList();
    return new Filiere(m.value(), mineral.name(java.util.Locale.ENGLISH), 0, score, mass, f.spendEur(), f.lines(), r,
        f.originCoverage(), f.refinerCoverage(), !declared.isEmpty(), risk, categories, stages, concentration,
        gross, regIds, components, Text.en(reasons), List.of(), Text.fr(reasons));
  }

  /** Whether a text names the mineral (or its group). */
  private static boolean names(Regulation text, Mineral mineral) {
    return text.minerals().contains(mineral.id())
        || mineral.group().map(g -> text.minerals().contains(g)).orElse(false)
        || mineral.namedBy(text.id());
  }

  private Optional<StageExposure> exposure(
      Stage stage, double mass, double knownShare, Text basis, List<CountryShare> effective,
      Map<String, String> sources, StageRisk risk) {
    if (risk.overall().isEmpty()) {
      return Optional.empty();
    }
    List<CategoryScore> cats = new ArrayList<>();
    for (RiskCategory c : RiskCategory.values()) {
      risk.categories().get(c).ifPresent(s -> cats.add(new CategoryScore(c, s.score(), s.level())));
    }
    List<CountryWeight> countries = effective.stream()
        .sorted(Comparator.comparingDouble(CountryShare::share).reversed().thenComparing(CountryShare::alpha3))
        .map(c -> new CountryWeight(c.alpha3(), c.share(), sources.getOrDefault(c.alpha3(), "world")))
        .toList();
    Optional<Double> hhi = risk.hhi().isPresent() ? Optional.of(risk.hhi().getAsDouble()) : Optional.empty();
    return Optional.of(new StageExposure(stage, mass, knownShare, basis.en(), countries, hhi, cats,
        risk.overall().get().score(), risk.overall().get().level(), basis.fr()));
  }

  /**
   * The world production mix of a stage: the preferred series' country shares divided by the sum of
   * the listed shares (unattributed production left out), largest first; pre-treatment uses the
   * extraction series as a proxy.
   */
  private Optional<WorldMix> worldMix(MineralId m, Stage stage) {
    Optional<ProductionSeries> series = data.production().preferred(m, stage);
    boolean proxy = false;
    if (series.isEmpty() && stage == Stage.PRE_TREATMENT) {
      series = data.production().preferred(m, Stage.EXTRACTION);
      proxy = true;
    }
    if (series.isEmpty()) {
      return Optional.empty();
    }
    ProductionSeries p = series.get();
    double total = p.countries().stream().mapToDouble(CountryShare::share).sum();
    Map<String, Double> shares = new LinkedHashMap<>();
    double hhi = 0;
    for (CountryShare c : p.countries()) {
      if (total > 0 && c.share() > 0) {
        double s = c.share() / total;
        shares.put(c.alpha3(), s);
        hhi += s * s;
      }
    }
    if (shares.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WorldMix(stage, shares, hhi,
        Phrases.productionSeries(proxy, p.source() + " " + p.year() + " " + p.series())));
  }

  /** A stage's world production mix (shares sum to 1), its HHI and where it comes from. */
  private record WorldMix(Stage stage, Map<String, Double> shares, double hhi, Text basis) {}

  private List<StageRiskCalculator.ProcessUse> processUses(MineralId m, Stage stage) {
    List<MineralProcess> used = data.valueChain().processesOf(m, stage);
    List<StageRiskCalculator.ProcessUse> uses = new ArrayList<>();
    for (MineralProcess mp : used) {
      double share = mp.share().orElse(1.0 / used.size());
      if (share > 0) {
        uses.add(new StageRiskCalculator.ProcessUse(engine.processProfile(mp.process()), Math.min(1, share)));
      }
    }
    return uses;
  }

  private static Optional<Double> maxOf(List<StageExposure> stages, RiskCategory c, Set<Stage> among) {
    return stages.stream().filter(s -> among.contains(s.stage()))
        .flatMap(s -> s.category(c).stream()).map(CategoryScore::score).max(Double::compare);
  }

  private Text reason(
      ScoreComponent c, Filiere f, Optional<WorldMix> concentrated, List<RegulationAssessment> naming) {
    double adds = c.contribution();
    return switch (c.id()) {
      case "volume" -> Phrases.volume(f.massKg(), c.value(), adds);
      case "risk" -> topRisks(f).stream().findFirst()
          .map(t -> Phrases.risk(Phrases.riskAt(t.level(), t.category(), t.stage()), t.score(),
              stageBasis(f, t.stage()), c.value(), adds))
          .orElse(Phrases.noRisk(f.material(), adds));
      case "concentration" -> concentrated
          .map(w -> {
            List<Map.Entry<String, Double>> top = w.shares().entrySet().stream().limit(3).toList();
            return Phrases.concentration(w.stage(), w.hhi(), top.stream().map(Map.Entry::getKey).toList(),
                top.stream().map(Map.Entry::getValue).toList(), adds);
          })
          .orElse(Phrases.noConcentration(adds));
      case "regulation" -> naming.isEmpty()
          ? Phrases.noRegulation(f.material(), adds)
          : Phrases.regulation(f.material(), naming.stream().map(a -> a.text().id()).toList(),
              naming.stream().map(a -> a.outcome().id()).toList(), adds);
      case "traceability_gap" ->
          Phrases.traceability(f.originCoverage(), f.refinerCoverage(), f.recycledShare(), adds);
      default -> Phrases.component(c.id(), c.value(), adds);
    };
  }

  private static Text stageBasis(Filiere f, Stage stage) {
    return f.stage(stage).map(s -> s.knownShare() >= 1 ? Phrases.ledgerCountries()
        : s.stage() == Stage.RECYCLING ? Phrases.recycledMass()
        : Phrases.unknownCountry(1 - s.knownShare(), new Text(s.basis(), s.basisFr())))
        .orElse(new Text("", ""));
  }

  private static String topCountries(StageExposure s) {
    return String.join(", ", s.countries().stream().limit(3)
        .map(c -> c.country() + " " + Fmt.percent(c.share())).toList());
  }

  /** A (stage, category) risk of a filiere. */
  record Top(Stage stage, RiskCategory category, double score, RiskLevel level) {}

  /** The filiere's (stage, category) risks, highest first. */
  static List<Top> topRisks(Filiere f) {
    List<Top> out = new ArrayList<>();
    for (StageExposure s : f.stages()) {
      for (CategoryScore c : s.categories()) {
        out.add(new Top(s.stage(), c.category(), c.score(), c.level()));
      }
    }
    out.sort(Comparator.comparingDouble(Top::score).reversed()
        .thenComparing(Top::stage).thenComparing(Top::category));
    return out;
  }

  // ---------------------------------------------------------------- recommendations

  private List<Recommendation> recommendations(Filiere f, Context ctx) {
    MineralId m = new MineralId(f.material());
    List<Recommendation> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Top t : topRisks(f).stream().limit(weights.mainRisks()).toList()) {
      List<Solution> candidates = solutions.addressing(m, t.stage(), t.category()).stream()
          .sorted(Comparator.comparing((Solution s) -> s.allMinerals() ? 1 : 0)
              .thenComparingInt(s -> s.stages().size()))
          .toList();
      int kept = 0;
      for (Solution s : candidates) {
        if (kept >= weights.solutionsPerRisk()) {
          break;
        }
        if (seen.add("s:" + s.id())) {
          kept++;
          Text why = Phrases.addresses(Phrases.riskAt(t.level(), t.category(), t.stage()), t.score());
          out.add(new Recommendation(Kind.SOLUTION, s.id(), s.name(java.util.Locale.ENGLISH), s.horizon(), why.en(),
              Optional.empty(), Optional.empty(), ctx.practices().contains(key(s.id())), s.name(java.util.Locale.FRENCH), why.fr()));
        }
      }
    }
    Mineral mineral = data.minerals().require(m);
    for (RegulationAssessment a : ctx.regs()) {
      if (a.outcome() instanceof Applicability.DoesNotApply || !names(a.text(), mineral)) {
        continue;
      }
      for (Regulation.Obligation o : a.obligations()) {
        if (seen.add("o:" + a.text().id() + ":" + o.id())) {
          out.add(obligation(a, o, ctx));
        }
      }
    }
    return out;
  }

  private Recommendation obligation(RegulationAssessment a, Regulation.Obligation o, Context ctx) {
    boolean inPlace = ctx.practices().contains(key(o.id()))
        || o.solutions().stream().anyMatch(s -> ctx.practices().contains(key(s)));
    Optional<LocalDate> from = a.appliesFrom();
    String text = a.text().id();
    Text why = switch (a.outcome()) {
      case Applicability.Applies ap -> Phrases.obligationApplies(text, ap.from(), ap.from().isAfter(ctx.date()));
      case Applicability.CannotTell ct -> Phrases.obligationMayApply(text, ct.missingFacts());
      case Applicability.DoesNotApply d -> Phrases.obligation(text);
    };
    Horizon h = from.map(d -> horizon(ctx.date(), d)).orElse(Horizon.SHORT);
    return new Recommendation(Kind.OBLIGATION, o.id(), o.text().english(), h, why.en(), Optional.of(text), from, inPlace,
        o.text().in(Locale.FRENCH), why.fr());
  }

  /** Horizon of a due date: within a year short, within three years medium, later long. */
  static Horizon horizon(LocalDate date, LocalDate due) {
    if (!due.isAfter(date.plusYears(1))) {
      return Horizon.SHORT;
    }
    return due.isAfter(date.plusYears(3)) ? Horizon.LONG : Horizon.MEDIUM;
  }

  private List<Recommendation> companyObligations(Context ctx) {
    List<Recommendation> out = new ArrayList<>();
    for (RegulationAssessment a : ctx.regs()) {
      if (!(a.outcome() instanceof Applicability.DoesNotApply) && a.text().minerals().isEmpty()) {
        a.obligations().forEach(o -> out.add(obligation(a, o, ctx)));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- roadmap

  private List<RoadmapAction> roadmap(List<Filiere> filieres, List<Recommendation> company, LocalDate date) {
    record Draft(Horizon phase, int rank, LocalDate due, String material, Recommendation r) {}
    List<Draft> drafts = new ArrayList<>();
    for (Recommendation r : company) {
      if (!r.inPlace()) {
        drafts.add(new Draft(r.horizon(), 0, due(r, date), "all", r));
      }
    }
    for (Filiere f : filieres) {
      for (Recommendation r : f.gap()) {
        drafts.add(new Draft(r.horizon(), f.rank(), due(r, date), f.material(), r));
      }
    }
    drafts.sort(Comparator.comparing(Draft::phase).thenComparingInt(Draft::rank)
        .thenComparing(Draft::due).thenComparing(d -> d.r().kind()).thenComparing(d -> d.r().id()));
    List<RoadmapAction> out = new ArrayList<>();
    for (Draft d : drafts) {
      Recommendation r = d.r();
      Text scope = Phrases.scope(d.material(), d.rank());
      out.add(new RoadmapAction(d.phase(), out.size() + 1, d.material(), r.kind(), r.id(), r.title(),
          r.justification() + scope.en(), d.due(), r.titleFr(), r.justificationFr() + scope.fr()));
    }
    return out;
  }

  /**
   * Due date of an action: an obligation's application date (the reference date when it already
   * applies or when applicability cannot be told); for a solution, the end of its horizon (one,
   * three or five years after the reference date).
   */
  static LocalDate due(Recommendation r, LocalDate date) {
    if (r.kind() == Kind.OBLIGATION) {
      return r.dueDate().filter(d -> d.isAfter(date)).orElse(date);
    }
    return switch (r.horizon()) {
      case SHORT -> date.plusYears(1);
      case MEDIUM -> date.plusYears(3);
      case LONG -> date.plusYears(5);
    };
  }

  // ---------------------------------------------------------------- scenario

  private Assessment.ScenarioResult scenario(Scenario s, Ledger ledger, List<Filiere> baseline, Context ctx) {
    List<FiliereAggregate> changed = new ArrayList<>();
    List<String> overrides = new ArrayList<>();
    for (FiliereAggregate f : ledger.filieres()) {
      Optional<Scenario.Change> c = s.override(f.material());
      changed.add(c.map(x -> x.apply(f)).orElse(f));
    }
    for (Scenario.Change c : s.overrides()) {
      overrides.addAll(c.describe());
      if (ledger.filiere(c.material()).isEmpty()) {
        overrides.add(c.material().value() + ": not bought in the ledger, change ignored");
      }
    }
    List<Filiere> after = filieres(changed, ctx);
    List<FiliereChange> changes = new ArrayList<>();
    for (Filiere b : baseline) {
      Filiere a = after.stream().filter(x -> x.material().equals(b.material())).findFirst().orElseThrow();
      changes.add(change(b, a, s.override(new MineralId(b.material()))));
    }
    return new Assessment.ScenarioResult(s.name(), overrides, after, changes);
  }

  private static FiliereChange change(Filiere b, Filiere a, Optional<Scenario.Change> change) {
    List<String> why = new ArrayList<>();
    change.ifPresentOrElse(c -> why.addAll(c.describe()),
        () -> why.add("not changed by the scenario"));
    why.add("risk exposure " + Fmt.score(b.risk()) + " -> " + Fmt.score(a.risk()) + delta(a.risk() - b.risk()));
    for (StageExposure sb : b.stages()) {
      a.stage(sb.stage()).ifPresent(sa -> {
        if (Math.abs(sa.score() - sb.score()) >= 0.005) {
          why.add("  " + sb.stage().id() + " risk " + Fmt.score(sb.score()) + " -> " + Fmt.score(sa.score())
              + " (" + topCountries(sb) + " -> " + topCountries(sa) + ")");
        }
      });
    }
    why.add("priority " + Fmt.score(b.priorityScore()) + " -> " + Fmt.score(a.priorityScore())
        + delta(a.priorityScore() - b.priorityScore()) + ", rank " + b.rank() + " -> " + a.rank());
    if (change.isEmpty() && a.rank() != b.rank()) {
      why.add("the rank moves because other filieres changed (volume is relative to the largest filiere)");
    }
    double rb = b.regulations().isEmpty() ? 0 : b.massKg();
    double ra = a.regulations().isEmpty() ? 0 : a.massKg();
    why.add(b.regulations().isEmpty()
        ? "regulatory exposure: none (no applicable text names " + b.material() + ")"
        : "regulatory exposure: " + Fmt.kg(rb) + " -> " + Fmt.kg(ra) + " under " + String.join(", ", b.regulations())
            + (rb == ra ? " (unchanged: which texts apply depends on the company, not on where it buys)" : ""));
    return new FiliereChange(b.material(), b.risk(), a.risk(), b.priorityScore(), a.priorityScore(), b.rank(),
        a.rank(), rb, ra, why);
  }

  private static String delta(double d) {
    return Math.abs(d) < 0.005 ? " (unchanged)" : " (" + (d > 0 ? "+" : "") + Fmt.score(d) + ")";
  }

  // ---------------------------------------------------------------- provenance

  private List<String> referenceData(Ledger ledger) {
    Set<String> out = new LinkedHashSet<>();
    for (FiliereAggregate f : ledger.filieres()) {
      for (Stage s : List.of(Stage.EXTRACTION, Stage.REFINING)) {
        data.production().preferred(f.material(), s).ifPresent(p -> out.add("production " + f.material().value()
            + " " + s.id() + ": " + p.source() + " " + p.year() + " " + p.series()));
      }
    }
    Set<String> indicators = new TreeSet<>();
    for (RiskCategory c : RiskCategory.values()) {
      methodology.category(c).indicators().forEach(i -> data.indicators().definition(i.id())
          .ifPresent(d -> indicators.add("indicator " + d.id() + ": " + d.source() + " " + d.year())));
    }
    out.addAll(indicators);
    return List.copyOf(out);
  }
}
