package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.Explanation;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.production.CountryShare;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Process risk and stage risk under a methodology.
 *
 * <ul>
 *   <li>Process risk of a category: the methodology's {@code process_risk.factor_aggregation} over
 *       the level scores ({@code levels.scores}) of the process's factors of that category.
 *   <li>Stage process risk: {@code sum(share_p x PR_p) / sum(share_p)} over the processes used at
 *       the stage that have factors in the category.
 *   <li>Stage country risk: the production-weighted country risk ({@link Concentration}).
 *   <li>Stage risk: the methodology's {@code stage_risk} rule over the two; when only one exists,
 *       that one. The overall stage risk is the highest category.
 * </ul>
 */
public final class StageRiskCalculator {
  private final Methodology methodology;

  public StageRiskCalculator(Methodology methodology) {
    this.methodology = Objects.requireNonNull(methodology);
  }

  /**
   * A process used at a stage with its share of the stage's output.
   *
   * @param profile the process's graded risk factors
   * @param share share in (0,1]
   * @param byProduct whether the process recovers the mineral as a by-product of a host mine: it is
   *     not a way of mining, so in a category that the stage's mining processes grade it carries no
   *     weight (the host mines carry it: copper-cobalt open pits keep the open pit's risk; the
   *     explanation shows {@code weight=0}); it counts only in the categories they leave ungraded
   */
  public record ProcessUse(ProcessRiskProfile profile, double share, boolean byProduct) {
    public ProcessUse {
      Objects.requireNonNull(profile, "profile");
      if (!(share > 0.0 && share <= 1.0)) {
        throw new IllegalArgumentException("share of " + profile.processId() + " must be in (0,1], got " + share);
      }
    }

    /** A process that is a way of working the ore (not a by-product recovery). */
    public ProcessUse(ProcessRiskProfile profile, double share) {
      this(profile, share, false);
    }
  }

  /** A process's risk per category; empty where it has no factor of that category. */
  public Map<RiskCategory, OptionalDouble> processRisk(ProcessRiskProfile profile) {
    Map<RiskCategory, OptionalDouble> out = new EnumMap<>(RiskCategory.class);
    for (RiskCategory c : RiskCategory.values()) {
      List<Aggregation.Term> terms = new ArrayList<>();
      for (ProcessRiskProfile.Factor f : profile.factors()) {
        if (f.category() == c) {
          terms.add(new Aggregation.Term(methodology.bands().score(f.level()), 1.0));
        }
      }
      out.put(c, terms.isEmpty()
          ? OptionalDouble.empty()
          : OptionalDouble.of(methodology.processFactors().aggregate(terms)));
    }
    return out;
  }

  /**
   * The risk of one stage.
   *
   * @param stage the stage
   * @param processes processes used at the stage with their shares (may be empty)
   * @param shares producing countries with their shares (may be empty)
   * @param countryRisk the risk of a producing country
   */
  public StageRisk compute(
      Stage stage, List<ProcessUse> processes, List<CountryShare> shares,
      Function<String, CountryRisk> countryRisk) {
    Map<RiskCategory, OptionalDouble> processPart = new EnumMap<>(RiskCategory.class);
    Map<RiskCategory, Optional<Concentration.WeightedRisk>> countryPart = new EnumMap<>(RiskCategory.class);
    Map<RiskCategory, Optional<StageRisk.Scored>> combined = new EnumMap<>(RiskCategory.class);
    List<Map<RiskCategory, OptionalDouble>> perProcess = processes.stream()
        .map(p -> processRisk(p.profile())).toList();
    Map<String, CountryRisk> risks = new HashMap<>();
    for (CountryShare s : shares) {
      risks.computeIfAbsent(s.alpha3(), countryRisk);
    }
    List<Explanation> categoryNodes = new ArrayList<>();
    StageRisk.Scored overall = null;
    for (RiskCategory c : RiskCategory.values()) {
      double num = 0.0;
      double den = 0.0;
      List<Explanation> processNodes = new ArrayList<>();
      boolean hostGrades = false;
      for (int i = 0; i < processes.size(); i++) {
        hostGrades |= !processes.get(i).byProduct() && perProcess.get(i).get(c).isPresent();
      }
      for (int i = 0; i < processes.size(); i++) {
        OptionalDouble pr = perProcess.get(i).get(c);
        ProcessUse use = processes.get(i);
        boolean carriedByHost = use.byProduct() && hostGrades;
        if (pr.isPresent() && !carriedByHost) {
          num += use.share() * pr.getAsDouble();
          den += use.share();
        }
        processNodes.add(Explanation.of(use.profile().processId(), factorNodes(use.profile(), c),
            "share", use.share(), "risk", pr.isPresent() ? (Object) pr.getAsDouble() : "no factor",
            "weight", carriedByHost ? (Object) 0 : null));
      }
      OptionalDouble p = den > 0 ? OptionalDouble.of(num / den) : OptionalDouble.empty();
      processPart.put(c, p);
      Optional<Concentration.WeightedRisk> w =
          Concentration.productionWeighted(shares, iso -> risks.get(iso).score(c));
      countryPart.put(c, w);
      List<Explanation> countryNodes = new ArrayList<>();
      for (CountryShare s : shares) {
        CountryRisk r = risks.get(s.alpha3());
        countryNodes.add(Explanation.of(s.alpha3(), List.of(), "share", s.share(),
            "score", r.score(c).isPresent() ? (Object) r.score(c).getAsDouble() : "undetermined",
            "level", r.level(c).map(RiskLevel::id).orElse(null),
            "data_years", r.dataYears().toString()));
      }
      Optional<StageRisk.Scored> stageScore;
      if (p.isPresent() && w.isPresent()) {
        stageScore = Optional.of(scored(methodology.stageCombination().combine(p.getAsDouble(), w.get().value())));
      } else if (p.isPresent()) {
        stageScore = Optional.of(scored(p.getAsDouble()));
      } else {
        stageScore = w.map(x -> scored(x.value()));
      }
      combined.put(c, stageScore);
      if (stageScore.isPresent() && (overall == null || stageScore.get().score() > overall.score())) {
        overall = stageScore.get();
      }
      categoryNodes.add(Explanation.of(c.id(),
          List.of(
              Explanation.of("process_risk", processNodes,
                  "value", p.isPresent() ? (Object) p.getAsDouble() : "none"),
              Explanation.of("country_risk", countryNodes,
                  "value", w.isPresent() ? (Object) w.get().value() : "none",
                  "coverage", w.map(x -> (Object) x.coverage()).orElse(null))),
          "stage_risk", stageScore.map(x -> (Object) x.score()).orElse("undetermined"),
          "level", stageScore.map(x -> x.level().id()).orElse(null),
          "rule", methodology.stageCombination().rule().id()));
    }
    OptionalDouble hhi = shares.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Concentration.hhi(shares));
    Explanation explanation = Explanation.of("stage " + stage.id(), categoryNodes,
        "methodology", methodology.ref().toString(), "hhi", hhi.isPresent() ? (Object) hhi.getAsDouble() : "none",
        "overall", overall == null ? "undetermined" : (Object) overall.score());
    return new StageRisk(stage, methodology.ref(), hhi, processPart, countryPart, combined,
        Optional.ofNullable(overall), explanation);
  }

  private StageRisk.Scored scored(double score) {
    return new StageRisk.Scored(score, methodology.bands().level(score));
  }

  private List<Explanation> factorNodes(ProcessRiskProfile profile, RiskCategory c) {
    List<Explanation> out = new ArrayList<>();
    for (ProcessRiskProfile.Factor f : profile.factors()) {
      if (f.category() == c) {
        out.add(Explanation.of(f.factor(), List.of(), "level", f.level().id(),
            "score", methodology.bands().score(f.level()), "why", f.justification(),
            "source", f.source(),
            "reference", f.reference().isEmpty() ? null : f.reference()));
      }
    }
    return out;
  }
}
