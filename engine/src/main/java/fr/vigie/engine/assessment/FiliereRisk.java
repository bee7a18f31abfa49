package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.CategoryScore;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.risk.LevelBands;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.risk.RiskEngine;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Second stage: a filiere's risk exposure per category from its stage exposures (docs/assessment.md).
 * Primary material is exposed to the worst upstream stage, recycled material to the recycling stage
 * (recovery and secondary refining in the recovery country); a category's exposure is their mean
 * weighted by the recycled share {@code r}: {@code ((1 - r) x primary + r x secondary) / ((1 - r) +
 * r)}, over the parts that have a score. Where the model has no recycling for the mineral, the
 * recycled part is exposed to refining.
 */
final class FiliereRisk {
  private static final Set<Stage> PRIMARY = Set.copyOf(Exposure.UPSTREAM);
  private static final Set<Stage> SECONDARY = Set.of(Stage.RECYCLING);

  private final LevelBands bands;
  private final RiskEngine engine;
  private final WorldMixes world;

  FiliereRisk(LevelBands bands, RiskEngine engine, WorldMixes world) {
    this.bands = bands;
    this.engine = engine;
    this.world = world;
  }

  RiskProfile of(FiliereExposure e) {
    MineralId m = e.aggregate().material();
    List<CategoryScore> categories = categories(e.stages(), e.aggregate().recycledShare(), bands);
    double risk = categories.stream().mapToDouble(CategoryScore::score).max().orElse(0);
    Optional<WorldMixes.WorldMix> concentrated = Stream.of(Stage.EXTRACTION, Stage.REFINING)
        .flatMap(s -> world.of(m, s).stream())
        .max(Comparator.comparingDouble(WorldMixes.WorldMix::hhi));
    var supply = engine.supply(m).grossSupplyRisk();
    Optional<Double> gross = supply.isPresent() ? Optional.of(supply.getAsDouble()) : Optional.empty();
    return new RiskProfile(categories, risk, concentrated, gross);
  }

  /** The category exposures of stages for a recycled share, each with its level in {@code bands}. */
  static List<CategoryScore> categories(List<StageExposure> stages, double recycledShare, LevelBands bands) {
    double r = recycledShare;
    List<CategoryScore> out = new ArrayList<>();
    for (RiskCategory c : RiskCategory.values()) {
      Optional<Double> primary = maxOf(stages, c, PRIMARY);
      boolean recycled = stages.stream().anyMatch(s -> s.stage() == Stage.RECYCLING);
      Optional<Double> secondary = maxOf(stages, c, recycled ? SECONDARY : Set.of(Stage.REFINING));
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
        out.add(new CategoryScore(c, e, bands.level(e)));
      }
    }
    return out;
  }

  private static Optional<Double> maxOf(List<StageExposure> stages, RiskCategory c, Set<Stage> among) {
    return stages.stream().filter(s -> among.contains(s.stage()))
        .flatMap(s -> s.category(c).stream()).map(CategoryScore::score).max(Double::compare);
  }

  /** A (stage, category) risk of a filiere. */
  record Top(Stage stage, RiskCategory category, double score, RiskLevel level) {}

  /** The (stage, category) risks of stages, highest first. */
  static List<Top> topRisks(List<StageExposure> stages) {
    List<Top> out = new ArrayList<>();
    for (StageExposure s : stages) {
      for (CategoryScore c : s.categories()) {
        out.add(new Top(s.stage(), c.category(), c.score(), c.level()));
      }
    }
    out.sort(Comparator.comparingDouble(Top::score).reversed()
        .thenComparing(Top::stage).thenComparing(Top::category));
    return out;
  }
}
