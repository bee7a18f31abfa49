package fr.vigie.engine.risk;

import fr.vigie.engine.duediligence.DueDiligence;
import fr.vigie.engine.kernel.RiskCategory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores countries under a methodology from an indicator source.
 *
 * <p>Missing data: a missing indicator is never read as zero risk. Under the default {@link
 * MissingDataPolicy#REWEIGHT} the category score is the aggregate over the indicators that have a
 * value, their weights re-normalised; under {@link MissingDataPolicy#WORST_CASE} a missing
 * indicator counts as risk 1. The share of the total weight that had data is the category's
 * coverage (its confidence). When coverage is below the methodology's {@code min_coverage}, the
 * category is {@link CategoryRisk.Undetermined}.
 */
public final class CountryRiskScorer {
  private final Methodology methodology;
  private final IndicatorSource source;

  public CountryRiskScorer(Methodology methodology, IndicatorSource source) {
    this.methodology = methodology;
    this.source = source;
  }

  public Methodology methodology() {
    return methodology;
  }

  /** Scores one country (ISO alpha-3) in every category. */
  public CountryRisk score(String iso3) {
    return score(iso3, Optional.empty());
  }

  /**
   * Scores one country in every category for a mineral at a stage: indicators that depend on it (the
   * labour flags) take the mineral's value; an empty context scores the country alone.
   */
  public CountryRisk score(String iso3, Optional<DueDiligence.Context> context) {
    Map<RiskCategory, CategoryRisk> out = new EnumMap<>(RiskCategory.class);
    double coverage = 0.0;
    for (RiskCategory c : RiskCategory.values()) {
      CategoryRisk r = score(iso3, methodology.category(c), context);
      out.put(c, r);
      coverage += r.coverage();
    }
    return new CountryRisk(iso3, methodology.ref(), out, coverage / RiskCategory.values().length);
  }

  private CategoryRisk score(String iso3, CategoryMethod method, Optional<DueDiligence.Context> context) {
    List<IndicatorSpec> present = new ArrayList<>();
    List<IndicatorReading> values = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (IndicatorSpec spec : method.indicators()) {
      Optional<IndicatorReading> v = source.find(iso3, spec.id(), context);
      if (v.isPresent()) {
        present.add(spec);
        values.add(v.get());
      } else {
        missing.add(spec.id());
      }
    }
    double presentWeight = present.stream().mapToDouble(IndicatorSpec::weight).sum();
    double coverage = presentWeight / method.totalWeight();
    boolean worstCase = methodology.missingData() == MissingDataPolicy.WORST_CASE;
    double denominator = worstCase ? method.totalWeight() : presentWeight;
    List<CategoryRisk.Contribution> contributions = new ArrayList<>();
    List<Aggregation.Term> terms = new ArrayList<>();
    for (int i = 0; i < present.size(); i++) {
      IndicatorSpec spec = present.get(i);
      IndicatorReading v = values.get(i);
      double risk = spec.toRisk(v.value());
      double w = spec.weight() / denominator;
      terms.add(new Aggregation.Term(risk, spec.weight()));
      contributions.add(new CategoryRisk.Contribution(
          spec.id(), v.value(), v.year(), v.source(), risk, spec.weight(), w, w * risk));
    }
    if (present.isEmpty() || coverage + 1e-12 < methodology.minCoverage()) {
      return new CategoryRisk.Undetermined(method.category(), contributions, missing, coverage,
          "indicators with data carry " + Math.round(coverage * 100) + "% of the weight, below the "
              + Math.round(methodology.minCoverage() * 100) + "% the methodology requires");
    }
    if (worstCase) {
      for (IndicatorSpec spec : method.indicators()) {
        if (missing.contains(spec.id())) {
          terms.add(new Aggregation.Term(1.0, spec.weight()));
        }
      }
    }
    double score = method.score(method.aggregation().aggregate(terms));
    return new CategoryRisk.Scored(method.category(), score, methodology.bands().level(score),
        contributions, missing, coverage);
  }
}
