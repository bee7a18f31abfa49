package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.CategoryScore;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.risk.LevelBands;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Known refiners count upstream (docs/assessment.md, "Known refiners"): for tin, tantalum, tungsten
 * and gold, a smelter or refiner with a conformant audit (RMAP, LBMA...) has checked its own
 * sources against the OECD guidance's Annex II risks (conflict, serious abuses, forced and child
 * labour, bribery). When the supplier declarations report smelters of the mineral, the human-rights
 * and socio-economic and political risks of its extraction and pre-treatment stages are multiplied by
 * {@code 1 - CREDIT x c}, {@code c} being the share of the reported smelters whose audit status is
 * conformant (a smelter without a known status counts as not conformant); environmental risks,
 * which these audits do not cover, are unchanged. The stage's basis says so.
 */
final class KnownRefiners {
  /** How much of the upstream human-rights and governance risk a fully conformant smelter base removes. */
  static final double CREDIT = 0.5;

  static final Set<String> MINERALS = Recommendations.CMRT;
  static final Set<RiskCategory> CATEGORIES = EnumSet.of(RiskCategory.HUMAN_RIGHTS, RiskCategory.SOCIO_ECONOMIC_POLITICAL);
  static final Set<Stage> STAGES = EnumSet.of(Stage.EXTRACTION, Stage.PRE_TREATMENT);

  private KnownRefiners() {}

  /** The share of the mineral's reported smelters with a conformant audit, when it is above 0. */
  static Optional<Double> conformantShare(MineralId m, Optional<DeclarationSummary> declarations) {
    if (!MINERALS.contains(m.value()) || declarations.isEmpty()) {
      return Optional.empty();
    }
    List<ReportedSmelter> reported = declarations.get().smelters().stream().filter(s -> s.material().equals(m)).toList();
    long conformant = reported.stream().filter(s -> s.audit() == ReportedSmelter.AuditStatus.CONFORMANT).count();
    return reported.isEmpty() || conformant == 0 ? Optional.empty() : Optional.of((double) conformant / reported.size());
  }

  /** The stage with its human-rights and governance scores lowered for a conformant share {@code c}. */
  static StageExposure lower(StageExposure s, double c, LevelBands bands) {
    if (!STAGES.contains(s.stage())) {
      return s;
    }
    double factor = 1 - CREDIT * c;
    List<CategoryScore> cats = new ArrayList<>();
    for (CategoryScore x : s.categories()) {
      double score = CATEGORIES.contains(x.category()) ? x.score() * factor : x.score();
      cats.add(new CategoryScore(x.category(), score, CATEGORIES.contains(x.category()) ? bands.level(score) : x.level()));
    }
    CategoryScore top = cats.stream().max(Comparator.comparingDouble(CategoryScore::score)).orElse(null);
    double score = top == null ? s.score() : top.score();
    Text basis = Text.of("assessment.basis.conformant_smelters", s.basis(), CREDIT * c, c);
    return new StageExposure(s.stage(), s.massKg(), s.knownShare(), basis, s.countries(), s.hhi(), cats, score,
        top == null ? s.level() : bands.level(score));
  }
}
