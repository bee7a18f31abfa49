package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.CategoryScore;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.regulation.profile.ChainPosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The study's levers of rethinking purchasing and design practices (Phase 4: circular economy,
 * sobriety, relocation) and when a filiere calls for them (docs/assessment.md, "Levers"):
 *
 * <ul>
 *   <li><b>concentrated</b>: the world HHI of the mineral's extraction or refining is {@value
 *       #CONCENTRATED} or more (a highly concentrated market in the US merger guidelines' sense,
 *       2,500 on the 0-10,000 scale);
 *   <li><b>high risk</b>: the filiere's headline exposure is at level high or very high;
 *   <li><b>little recycled</b>: less than {@value #LITTLE_RECYCLED} of the mass is recycled, the
 *       mineral has a recycling process in the value chain data and the exposure is at least
 *       medium.
 * </ul>
 *
 * A downstream manufacturer gets substitution and material efficiency when the filiere is
 * concentrated or at high risk, demand reduction when it is both, recycled content and take-back
 * when little is recycled, diversified sourcing countries when concentrated and European sourcing
 * at high risk. A trader or importer gets recycled content, diversification and European sourcing
 * (it designs no product); a refiner or smelter recycled feed and diversification; a mine operator
 * none of them.
 */
final class Levers {
  static final double CONCENTRATED = 0.25;
  static final double LITTLE_RECYCLED = 0.5;

  private final Predicate<MineralId> recyclable;

  /** @param recyclable whether the value chain data has a recycling process for a mineral */
  Levers(Predicate<MineralId> recyclable) {
    this.recyclable = Objects.requireNonNull(recyclable, "recyclable");
  }

  /** A lever: the catalogue's solution id and why it is recommended. */
  record Lever(String solution, Text why) {}

  List<Lever> of(MineralId m, FiliereExposure e, RiskProfile r, ChainPosition position) {
    Optional<CategoryScore> headline = r.categories().stream().max(Comparator.comparingDouble(CategoryScore::score));
    RiskLevel level = headline.map(CategoryScore::level).orElse(RiskLevel.VERY_LOW);
    boolean high = level.compareTo(RiskLevel.HIGH) >= 0;
    Optional<WorldMixes.WorldMix> concentrated = r.concentrated().filter(w -> w.hhi() >= CONCENTRATED);
    double recycled = e.aggregate().recycledShare();
    boolean littleRecycled = recycled < LITTLE_RECYCLED && recyclable.test(m) && level.compareTo(RiskLevel.MEDIUM) >= 0;
    Optional<Text> risk = headline.filter(h -> high)
        .map(h -> Text.of("assessment.why.lever.risk", Text.of("assessment.category." + h.category().id()),
            Text.of("assessment.level." + h.level().id()), h.score()));
    Optional<Text> concentration = concentrated
        .map(w -> Text.of("assessment.why.lever.concentration", Phrases.stage(w.stage()), w.hhi()));
    Optional<Text> either = risk.or(() -> concentration);
    Text recycling = Text.of("assessment.why.lever.recycled", recycled, Text.of("assessment.level." + level.id()));
    List<Lever> out = new ArrayList<>();
    switch (position) {
      case DOWNSTREAM_MANUFACTURER -> {
        either.ifPresent(w -> out.add(new Lever("substitution", w)));
        either.ifPresent(w -> out.add(new Lever("material_efficiency", w)));
        if (risk.isPresent() && concentration.isPresent()) {
          out.add(new Lever("demand_reduction", Text.of("assessment.list", risk.get(), concentration.get())));
        }
        if (littleRecycled) {
          out.add(new Lever("recycled_content", recycling));
          out.add(new Lever("take_back_recycling", recycling));
        }
        concentration.ifPresent(w -> out.add(new Lever("diversify_sourcing_countries", w)));
        risk.ifPresent(w -> out.add(new Lever("european_sourcing", w)));
      }
      case TRADER_IMPORTER -> {
        if (littleRecycled) {
          out.add(new Lever("recycled_content", recycling));
        }
        concentration.ifPresent(w -> out.add(new Lever("diversify_sourcing_countries", w)));
        risk.ifPresent(w -> out.add(new Lever("european_sourcing", w)));
      }
      case REFINER_SMELTER -> {
        if (littleRecycled) {
          out.add(new Lever("recycled_content", recycling));
        }
        concentration.ifPresent(w -> out.add(new Lever("diversify_sourcing_countries", w)));
      }
      case MINE_OPERATOR -> {
      }
    }
    return out;
  }
}
