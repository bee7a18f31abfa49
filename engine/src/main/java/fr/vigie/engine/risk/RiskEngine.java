package fr.vigie.engine.risk;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.duediligence.DueDiligence;
import fr.vigie.engine.indicator.IndicatorDefinition;
import fr.vigie.engine.kernel.Explanation;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.production.CountryShare;
import fr.vigie.engine.production.ProductionSeries;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.risk.supply.EuSupplyRisk;
import fr.vigie.engine.risk.supply.GeoPolRisk;
import fr.vigie.engine.valuechain.MineralProcess;
import fr.vigie.engine.valuechain.ProcessRisk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The risk engine over the reference data and one methodology: country, mineral (stage), supply
 * risk and GeoPolRisk. Country risks and process profiles are computed once per country or
 * process and kept (keyed by ISO alpha-3 code and process id; at most {@value #KEPT} of each, so
 * unknown codes asked for again and again cannot grow them without bound; nothing to invalidate, as
 * the engine's data and methodology never change); the engine is thread-safe.
 */
public final class RiskEngine {
  /** The six WGI estimates averaged for the EU method's governance score. */
  public static final List<String> WGI_IDS =
      List.of("wgi_va", "wgi_pv", "wgi_ge", "wgi_rq", "wgi_rl", "wgi_cc");

  private static final List<Stage> UPSTREAM = List.of(Stage.EXTRACTION, Stage.PRE_TREATMENT, Stage.REFINING);

  private final ReferenceData data;
  private final Methodology methodology;
  private final CountryRiskScorer scorer;
  private final StageRiskCalculator stages;
  /** Most country risks and process profiles kept per engine (there are about 250 countries). */
  static final int KEPT = 4_000;

  private final Cache<String, CountryRisk> countries = Caffeine.newBuilder().maximumSize(KEPT).build();
  private final Cache<String, ProcessRiskProfile> profiles = Caffeine.newBuilder().maximumSize(KEPT).build();

  /** The year whose indicator values are used; empty: each country's latest values. */
  private final OptionalInt year;

  private RiskEngine(ReferenceData data, Methodology methodology, OptionalInt year) {
    this.data = data;
    this.methodology = methodology;
    this.year = year;
    IndicatorSource reference = year.isPresent() ? referenceSource(data, year.getAsInt()) : referenceSource(data);
    IndicatorSource source = IndicatorCsv.source(methodology, data.countries()).orElse(reference);
    this.scorer = new CountryRiskScorer(methodology, source);
    this.stages = new StageRiskCalculator(methodology);
  }

  /** An engine over the reference data with a methodology. */
  public static RiskEngine of(ReferenceData data, Methodology methodology) {
    return new RiskEngine(data, methodology, OptionalInt.empty());
  }

  /**
   * The same engine reading the reference indicators of a year: country risk, HHI_WGI,t and the
   * scaled WGI use each indicator's value of that year, else of the nearest earlier year, else of
   * the earliest later year (see {@link fr.vigie.engine.indicator.Indicators#value(String, String,
   * int)}); every value keeps the year it describes, so explanations say which year was used.
   */
  public RiskEngine atYear(int year) {
    return new RiskEngine(data, methodology, OptionalInt.of(year));
  }

  /** The year of the indicator values, when one was asked for ({@link #atYear}). */
  public OptionalInt year() {
    return year;
  }

  /** The default reference data with the default methodology. */
  public static RiskEngine loadDefault() {
    return of(ReferenceData.loadDefault(), Methodology.loadDefault());
  }

  /** The default reference data with the methodology file given (see {@link #loadMethodology}). */
  public static RiskEngine load(Path methodologyFile) {
    ReferenceData data = ReferenceData.loadDefault();
    return of(data, loadMethodology(data, methodologyFile));
  }

  /**
   * The default reference data with a methodology named on the command line: a built-in id ({@code
   * record-2023}, {@code vigie-default}) unless a file of that name exists, else a methodology file.
   */
  public static RiskEngine load(String methodology) {
    ReferenceData data = ReferenceData.loadDefault();
    return of(data, loadMethodology(data, methodology));
  }

  /**
   * A methodology named on the command line: a built-in id ({@link MethodologyLoader#BUILT_IN})
   * unless a file of that name exists, else a methodology file.
   */
  public static Methodology loadMethodology(ReferenceData data, String methodology) {
    Path file = Path.of(methodology);
    if (!java.nio.file.Files.exists(file)) {
      Optional<Methodology> builtIn = MethodologyLoader.builtIn(methodology);
      if (builtIn.isPresent()) {
        return builtIn.get();
      }
    }
    return loadMethodology(data, file);
  }

  /** Loads a methodology file whose indicators may be any of the reference data's. */
  public static Methodology loadMethodology(ReferenceData data, Path file) {
    return MethodologyLoader.load(file, knownIndicators(data));
  }

  /**
   * The indicator ids a methodology may use over this reference data: its indicator definitions and
   * the due-diligence indicators ({@link DueDiligence#INDICATORS}).
   */
  public static Set<String> knownIndicators(ReferenceData data) {
    Set<String> known = data.indicators().definitions().stream()
        .map(IndicatorDefinition::id).collect(Collectors.toCollection(java.util.HashSet::new));
    known.addAll(DueDiligence.INDICATORS);
    return Set.copyOf(known);
  }

  /**
   * The reference data's indicators as a source: latest value, its year and the definition's source;
   * the due-diligence indicators ({@link DueDiligence#INDICATORS}) for the country or, given a
   * context, for the mineral and stage.
   */
  public static IndicatorSource referenceSource(ReferenceData data) {
    return new IndicatorSource() {
      @Override
      public Optional<IndicatorReading> find(String iso3, String id) {
        return find(iso3, id, Optional.empty());
      }

      @Override
      public Optional<IndicatorReading> find(String iso3, String id, Optional<DueDiligence.Context> context) {
        if (DueDiligence.provides(id)) {
          return data.dueDiligence().value(id, iso3, context)
              .map(v -> new IndicatorReading(v.value(), v.year(), v.source()));
        }
        return data.indicators().definition(id).flatMap(def ->
            data.indicators().value(id, iso3).map(v -> new IndicatorReading(v.value(), v.year(), def.source())));
      }
    };
  }

  /** The reference data's indicators of a year (nearest earlier year, else earliest later year). */
  public static IndicatorSource referenceSource(ReferenceData data, int year) {
    return (iso3, id) -> data.indicators().definition(id).flatMap(def ->
        data.indicators().value(id, iso3, year).map(v -> new IndicatorReading(v.value(), v.year(), def.source())));
  }

  public Methodology methodology() {
    return methodology;
  }

  public ReferenceData data() {
    return data;
  }

  /** A country's risk (ISO alpha-3), cached. */
  public CountryRisk country(String iso3) {
    return countries.get(iso3, scorer::score);
  }

  /**
   * A country's risk as a producer of a mineral at a stage: the same as {@link #country(String)}
   * except for the indicators that depend on the mineral (the labour flags of {@link DueDiligence}:
   * a DRC cobalt child-labour flag counts for DRC cobalt extraction, not for DRC zinc). Cached.
   */
  public CountryRisk country(String iso3, MineralId mineral, Stage stage) {
    if (!data.dueDiligence().hasLabourFlags(iso3)) {
      return country(iso3); // no flag for any good: the mineral changes nothing
    }
    return countries.get(iso3 + "|" + mineral.value() + "|" + stage.id(),
        k -> scorer.score(iso3, Optional.of(new DueDiligence.Context(mineral, stage))));
  }

  /** A process's risk profile from the value chain model (the cells for every mineral). */
  public ProcessRiskProfile processProfile(String processId) {
    return profiles.get(processId, id -> profile(id, data.valueChain().riskProfile(id)));
  }

  /**
   * A process's risk profile as a mineral uses it: the mineral's own cells replace or add to the
   * cells for every mineral (artisanal gold mining has mercury, artisanal cobalt mining does not).
   */
  public ProcessRiskProfile processProfile(String processId, MineralId mineral) {
    return profiles.get(processId + "|" + mineral.value(),
        k -> profile(processId, data.valueChain().riskProfile(processId, mineral)));
  }

  private ProcessRiskProfile profile(String id, List<ProcessRisk> cells) {
    List<ProcessRiskProfile.Factor> factors = new ArrayList<>();
    for (ProcessRisk pr : cells) {
      var factor = data.valueChain().riskFactor(pr.riskFactor()).orElseThrow();
      factors.add(new ProcessRiskProfile.Factor(
          pr.riskFactor(), factor.category(), pr.level(), pr.justification(), pr.source(), pr.reference()));
    }
    return new ProcessRiskProfile(id, factors);
  }

  /**
   * The recycling stage's processes for recycled metal recovered in the given countries: each
   * country's share of the recycled mass goes to the profile {@link RecyclingPolicy} gives its risk
   * (formal recycling or informal e-waste recovery), the rest (recovery country unknown) to the
   * informal profile. Empty when the value chain model gives the mineral no recycling.
   *
   * @param recoveryShares share of the recycled mass per recovery country (ISO alpha-3), sum at most 1
   */
  public List<StageRiskCalculator.ProcessUse> recyclingUses(MineralId mineral, Map<String, Double> recoveryShares) {
    if (data.valueChain().processesOf(mineral, Stage.RECYCLING).isEmpty()) {
      return List.of();
    }
    Map<String, Double> byProfile = new LinkedHashMap<>();
    double known = 0;
    for (Map.Entry<String, Double> e : recoveryShares.entrySet()) {
      if (e.getValue() > 0) {
        byProfile.merge(RecyclingPolicy.of(Optional.of(country(e.getKey()))).process(), e.getValue(), Double::sum);
        known += e.getValue();
      }
    }
    if (known < 1 - 1e-9) {
      byProfile.merge(RecyclingPolicy.of(Optional.empty()).process(), 1 - known, Double::sum);
    }
    List<StageRiskCalculator.ProcessUse> uses = new ArrayList<>();
    byProfile.forEach((process, share) -> uses.add(
        new StageRiskCalculator.ProcessUse(processProfile(process, mineral), Math.min(1, share))));
    return uses;
  }

  /** The process id whose factors are the mineral's by-product recovery at the host mine. */
  public static final String BY_PRODUCT_RECOVERY = "by_product_recovery";

  /**
   * The processes a mineral uses at a stage with their weights: the typical share where the model
   * gives one, else {@code 1/n} ({@code n} the number of processes of the stage); by-product
   * recovery is marked as such (it weighs only where the host mining processes grade nothing).
   */
  public List<StageRiskCalculator.ProcessUse> processUses(MineralId mineral, Stage stage) {
    List<MineralProcess> used = data.valueChain().processesOf(mineral, stage);
    List<StageRiskCalculator.ProcessUse> uses = new ArrayList<>();
    for (MineralProcess mp : used) {
      double share = mp.share().orElse(1.0 / used.size());
      if (share > 0) {
        uses.add(new StageRiskCalculator.ProcessUse(processProfile(mp.process(), mineral), Math.min(1, share),
            mp.process().equals(BY_PRODUCT_RECOVERY)));
      }
    }
    return uses;
  }

  /**
   * A mineral's stage risks for extraction, pre-treatment and refining, for the stages with
   * production data or processes. Pre-treatment has no production series of its own: it uses the
   * extraction shares as a proxy (concentration mostly happens at or near the mine), and says so.
   * A process without a typical share weighs {@code 1/n}, n the number of processes of the stage.
   */
  public MineralRisk mineral(MineralId id) {
    data.minerals().require(id);
    List<MineralRisk.Stage> out = new ArrayList<>();
    for (Stage stage : UPSTREAM) {
      Optional<ProductionSeries> series = data.production().preferred(id, stage);
      String basis;
      if (series.isEmpty() && stage == Stage.PRE_TREATMENT) {
        series = data.production().preferred(id, Stage.EXTRACTION);
        basis = series.map(s -> "extraction shares (proxy): " + describe(s)).orElse("none");
      } else {
        basis = series.map(RiskEngine::describe).orElse("none");
      }
      List<MineralProcess> used = data.valueChain().processesOf(id, stage);
      if (series.isEmpty() && used.isEmpty()) {
        continue;
      }
      List<StageRiskCalculator.ProcessUse> uses = processUses(id, stage);
      List<CountryShare> shares = series.map(ProductionSeries::countries).orElse(List.of());
      StageRisk risk = stages.compute(stage, uses, shares, iso -> country(iso, id, stage));
      out.add(new MineralRisk.Stage(risk, basis, series.map(ProductionSeries::year).orElse(0)));
    }
    return new MineralRisk(id, methodology.ref(), out);
  }

  private static String describe(ProductionSeries s) {
    return s.source() + " " + s.year() + " " + s.series();
  }

  /**
   * Supply risk of one stage (EU method).
   *
   * @param stage extraction or refining
   * @param hhi concentration of the preferred series
   * @param hhiWgi HHI_WGI,t
   * @param series the production series used
   */
  public record StageSupply(Stage stage, double hhi, EuSupplyRisk.HhiWgi hhiWgi, ProductionSeries series) {}

  /**
   * Supply risk of a mineral.
   *
   * @param mineral the mineral
   * @param stages extraction and refining, where production data exists
   * @param grossSupplyRisk the higher stage HHI_WGI,t, empty without any stage
   * @param wgiYear the year of the WGI values used; empty: each country's latest
   */
  public record SupplyRisk(
      MineralId mineral, List<StageSupply> stages, OptionalDouble grossSupplyRisk, OptionalInt wgiYear) {
    public SupplyRisk {
      stages = List.copyOf(stages);
      java.util.Objects.requireNonNull(wgiYear, "wgiYear");
    }

    public Explanation explain() {
      List<Explanation> children = new ArrayList<>();
      for (StageSupply s : stages) {
        children.add(Explanation.of(s.stage().id(), List.of(s.hhiWgi().explanation()),
            "hhi", s.hhi(), "hhi_wgi", s.hhiWgi().value(), "source", s.series().source(),
            "year", s.series().year(), "series", s.series().series()));
      }
      return Explanation.of("supply risk " + mineral.value(), children,
          "gross_supply_risk", grossSupplyRisk.isPresent() ? (Object) grossSupplyRisk.getAsDouble() : "none",
          "rule", "max over stages of HHI_WGI,t",
          "wgi_year", wgiYear.isPresent()
              ? wgiYear.getAsInt() + " (nearest earlier year where a country has none, else earliest later year)"
              : "latest per country");
    }
  }

  /** The EU method's HHI_WGI,t per stage and the gross supply risk of a mineral. */
  public SupplyRisk supply(MineralId id) {
    data.minerals().require(id);
    List<StageSupply> out = new ArrayList<>();
    Map<Stage, Double> byStage = new EnumMap<>(Stage.class);
    for (Stage stage : List.of(Stage.EXTRACTION, Stage.REFINING)) {
      Optional<ProductionSeries> series = data.production().preferred(id, stage);
      if (year.isPresent()) {
        // the series of the engine's year when the data has one, else the preferred series
        series = data.production().all(id, stage).stream().filter(s -> s.year() == year.getAsInt())
            .findFirst().or(() -> data.production().preferred(id, stage));
      }
      if (series.isEmpty()) {
        continue;
      }
      List<EuSupplyRisk.Supplier> suppliers = new ArrayList<>();
      for (CountryShare c : series.get().countries()) {
        suppliers.add(new EuSupplyRisk.Supplier(c.alpha3(), c.share(), scaledWgi(c.alpha3()),
            data.production().tradeFactor(id, stage, c.alpha3()).orElse(1.0)));
      }
      var hhiWgi = EuSupplyRisk.hhiWgiT(suppliers);
      out.add(new StageSupply(stage, Concentration.hhi(series.get().countries()), hhiWgi, series.get()));
      byStage.put(stage, hhiWgi.value());
    }
    OptionalDouble gross = EuSupplyRisk.gross(byStage)
        .map(e -> OptionalDouble.of(e.getValue())).orElse(OptionalDouble.empty());
    return new SupplyRisk(id, out, gross, year);
  }

  /** A country's WGI on the EU 0-10 scale from the WGI estimates it has. */
  public OptionalDouble scaledWgi(String iso3) {
    List<Double> estimates = new ArrayList<>();
    for (String w : WGI_IDS) {
      wgi(w, iso3).ifPresent(v -> estimates.add(v.value()));
    }
    return EuSupplyRisk.scaledWgi(estimates);
  }

  /** A WGI estimate of the engine's year (nearest earlier year), or the latest one without a year. */
  private Optional<fr.vigie.engine.indicator.IndicatorValue> wgi(String id, String iso3) {
    return year.isPresent() ? data.indicators().value(id, iso3, year.getAsInt()) : data.indicators().value(id, iso3);
  }

  /**
   * GeoPolRisk of an importer for a material, year and stage.
   *
   * @param material the material
   * @param year a year for which the reference data has a production series of the stage
   * @param stage the stage whose world production gives HHI_A (extraction by default)
   * @param importer an ISO country, {@code EU}, or empty for a company (no own production, no region)
   * @param imports the importer's imports by origin, in tonnes
   */
  public GeoPolRisk.Result geoPolRisk(
      MineralId material, int year, Stage stage, Optional<String> importer, List<GeoPolRisk.Import> imports) {
    data.minerals().require(material);
    List<ProductionSeries> all = data.production().all(material, stage);
    ProductionSeries series = all.stream().filter(s -> s.year() == year).findFirst()
        .orElseThrow(() -> new ProblemException(Problem.error("risk.no_production_year", stage.id(), material.value(),
            Integer.toString(year), String.join(", ", all.stream().map(ProductionSeries::year)
                .collect(Collectors.toCollection(TreeSet::new)).stream().map(String::valueOf).toList()))));
    List<GeoPolRisk.Producer> producers = new ArrayList<>();
    for (CountryShare c : series.countries()) {
      producers.add(new GeoPolRisk.Producer(c.alpha3(), c.share()));
    }
    GeoPolRisk.Importer who = importer.map(text -> importerOf(text, series)).orElse(GeoPolRisk.Importer.company());
    Map<String, Integer> otherYears = new java.util.TreeMap<>();
    GeoPolRisk.Result r = GeoPolRisk.compute(producers, series.otherShare(), imports, who,
        iso -> data.indicators().value("wgi_pv", iso, year).map(v -> {
          if (v.year() != year) {
            otherYears.put(iso, v.year());
          }
          return OptionalDouble.of(v.value());
        }).orElse(OptionalDouble.empty()));
    var pv = data.indicators().requireDefinition("wgi_pv");
    Map<String, Object> facts = new LinkedHashMap<>(r.explanation().facts());
    facts.put("production", describe(series));
    facts.put("political_stability", "wgi_pv " + pv.source() + ", year " + year
        + " (a country without a value that year: nearest earlier year, else earliest later year)");
    if (!otherYears.isEmpty()) {
      facts.put("political_stability_other_years", otherYears.toString());
    }
    return new GeoPolRisk.Result(r.hhi(), r.importRisk(), r.score(),
        new Explanation(r.explanation().label(), facts, r.explanation().children()));
  }

  private GeoPolRisk.Importer importerOf(String text, ProductionSeries series) {
    Set<String> eu = data.countries().all().stream().filter(Country::euMember)
        .map(Country::alpha3).collect(Collectors.toSet());
    if (text.trim().equalsIgnoreCase("EU")) {
      return new GeoPolRisk.Importer("EU", eu, ownProductionTonnes(eu, series));
    }
    Country c = data.countries().require(text);
    Set<String> region = c.euMember() ? eu : Set.of(c.alpha3());
    return new GeoPolRisk.Importer(c.alpha3(), region, ownProductionTonnes(Set.of(c.alpha3()), series));
  }

  /** The production of the given countries in the series, converted to tonnes. */
  static double ownProductionTonnes(Set<String> producers, ProductionSeries series) {
    double own = 0.0;
    for (String m : producers) {
      Optional<CountryShare> share = series.country(m);
      if (share.isPresent() && share.get().share() > 0) {
        if (share.get().value().isEmpty()) {
          throw new ProblemException(
              Problem.error("risk.own_production_share_only", m, series.source(), series.year()));
        }
        own += share.get().value().getAsDouble() * tonnesPerUnit(series.unit());
      }
    }
    return own;
  }

  /** Tonnes per unit of a series unit such as {@code kt Cu content}, {@code t}, {@code kg}. */
  static double tonnesPerUnit(String unit) {
    String first = unit.trim().split("\\s+")[0];
    return switch (first) {
      case "kg" -> 0.001;
      case "t" -> 1.0;
      case "kt" -> 1_000.0;
      case "Mt" -> 1_000_000.0;
      default -> throw new ProblemException(Problem.error("risk.unknown_unit", unit));
    };
  }
}
