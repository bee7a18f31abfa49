package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.CategoryScore;
import fr.vigie.engine.assessment.Assessment.CountryWeight;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.production.CountryShare;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.risk.LevelBands;
import fr.vigie.engine.risk.RiskEngine;
import fr.vigie.engine.risk.StageRisk;
import fr.vigie.engine.risk.StageRiskCalculator;
import fr.vigie.engine.kernel.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * First stage of the assessment: where each stage of a filiere takes place and the stage risk
 * there. Per upstream stage, the countries the ledger gives (or that supplier declarations give for
 * refining) carry their share of the mass; the rest follows the world production mix. The recycled
 * mass is assessed at the recycling stage: recovered in the ledger's recycling country (else the
 * refiner's, else the supplier's), with the formal or informal recycling profile that country's risk
 * calls for ({@code RecyclingPolicy}); the recycled mass without a recovery country takes the
 * informal profile and no country.
 * The part of world production the source attributes to no country stays in the mix as the rest of
 * world ({@code OTHER}), so that shares and HHI are those of the mineral page.
 * Smelters with a conformant audit reported for a 3TG mineral lower its upstream human-rights and
 * governance risks ({@link KnownRefiners}).
 */
final class Exposure {
  static final List<Stage> UPSTREAM = List.of(Stage.EXTRACTION, Stage.PRE_TREATMENT, Stage.REFINING);

  private final ReferenceData data;
  private final RiskEngine engine;
  private final StageRiskCalculator calculator;
  private final WorldMixes world;

  private final LevelBands bands;

  Exposure(ReferenceData data, RiskEngine engine, StageRiskCalculator calculator, WorldMixes world, LevelBands bands) {
    this.bands = bands;
    this.data = data;
    this.engine = engine;
    this.calculator = calculator;
    this.world = world;
  }

  FiliereExposure of(FiliereAggregate f, Optional<DeclarationSummary> declarations) {
    MineralId m = f.material();
    double mass = f.massKg();
    Map<String, Double> declared = declarations.map(d -> d.countries(m)).orElse(Map.of());
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
        basis = Phrases.declaredSmelters(declarations.get().files(), declarations.get().source());
        source = "declarations";
      } else {
        Optional<WorldMixes.WorldMix> w = world.of(m, stage);
        w.ifPresent(x -> mix.putAll(x.withRestOfWorld()));
        basis = w.map(x -> Phrases.worldMix(x.basis())).orElse(Phrases.noProductionData());
        source = "world";
      }
      if (knownShare >= 1) {
        basis = Phrases.ledgerOnly();
      }
      Map<String, String> sources = new HashMap<>();
      List<CountryShare> effective = effectiveMix(known, mass, knownShare, mix, source, sources);
      List<StageRiskCalculator.ProcessUse> uses = processUses(m, stage);
      if (effective.isEmpty() && uses.isEmpty()) {
        continue;
      }
      StageRisk risk = calculator.compute(stage, uses, attributed(effective),
          iso -> engine.country(iso, m, stage)); // the mineral's labour flags
      stage(stage, bearing, knownShare, basis, effective, sources, risk).ifPresent(stages::add);
    }
    if (f.recycledMassKg() > 0) {
      // recovery countries: the ledger's recycling country, else refiner, else supplier country
      Map<String, Double> recovery = new LinkedHashMap<>();
      f.recycledMassByCountry().forEach((c, kg) -> {
        if (kg > 0) {
          recovery.merge(c.alpha3(), Math.min(1, kg / f.recycledMassKg()), Double::sum);
        }
      });
      double known = Math.min(1, recovery.values().stream().mapToDouble(Double::doubleValue).sum());
      List<StageRiskCalculator.ProcessUse> uses = engine.recyclingUses(m, recovery);
      if (!uses.isEmpty()) {
        List<CountryShare> countries = new ArrayList<>();
        Map<String, String> sources = new HashMap<>();
        recovery.forEach((c, s) -> {
          countries.add(new CountryShare(c, Math.min(1, s), OptionalDouble.empty()));
          sources.put(c, "ledger");
        });
        StageRisk risk = calculator.compute(Stage.RECYCLING, uses, countries, engine::country);
        stage(Stage.RECYCLING, f.recycledMassKg(), known, Phrases.recyclingRecovery(known), countries, sources, risk)
            .ifPresent(stages::add);
      }
    }
    Optional<Double> conformant = KnownRefiners.conformantShare(m, declarations);
    if (conformant.isPresent()) {
      stages.replaceAll(s -> KnownRefiners.lower(s, conformant.get(), bands));
    }
    return new FiliereExposure(f, stages, !declared.isEmpty());
  }

  /**
   * The effective country mix of a stage: each known country's mass as a share of the filiere's
   * mass, plus the unknown share spread over {@code mix} (world or declared shares summing to 1).
   * {@code sources} receives each country's source ({@code ledger}, {@code world}, {@code
   * declarations}, or two of them joined by {@code +}).
   */
  static List<CountryShare> effectiveMix(Map<Country, Double> known, double mass, double knownShare,
      Map<String, Double> mix, String source, Map<String, String> sources) {
    Map<String, double[]> shares = new LinkedHashMap<>();
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
        effective.add(new CountryShare(c, Math.min(1, s[0]), OptionalDouble.empty()));
      }
    });
    return effective;
  }

  /**
   * The countries of an effective mix without the rest of world: it has no country risk (it is
   * neither counted as zero risk nor in the coverage) and adds no square to the HHI.
   */
  static List<CountryShare> attributed(List<CountryShare> effective) {
    return effective.stream().filter(c -> !c.alpha3().equals(WorldMixes.REST_OF_WORLD)).toList();
  }

  private static Optional<StageExposure> stage(
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
    return Optional.of(new StageExposure(stage, mass, knownShare, basis, countries, hhi, cats,
        risk.overall().get().score(), risk.overall().get().level()));
  }

  private List<StageRiskCalculator.ProcessUse> processUses(MineralId m, Stage stage) {
    return engine.processUses(m, stage);
  }
}
