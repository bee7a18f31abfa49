package fr.vigie.engine.risk;

import fr.vigie.engine.production.CountryShare;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Concentration of a stage's output (primer section 5): the Herfindahl-Hirschman index and the
 * production-weighted country risk, reported side by side because a weighted mean hides
 * concentration.
 */
public final class Concentration {
  private Concentration() {}

  /** {@code HHI = sum of share^2} over the countries, shares as fractions (0-1 scale). */
  public static double hhi(Collection<CountryShare> shares) {
    double h = 0.0;
    for (CountryShare s : shares) {
      h += s.share() * s.share();
    }
    return h;
  }

  /**
   * A production-weighted risk.
   *
   * @param value {@code sum(s_c r_c) / sum(s_c)} over the countries that have a risk
   * @param coverage share of the stage's listed output whose country has a risk, in [0,1]
   * @param uncovered countries without a risk (their share is not counted as zero risk)
   */
  public record WeightedRisk(double value, double coverage, List<String> uncovered) {
    public WeightedRisk {
      uncovered = List.copyOf(uncovered);
    }
  }

  /**
   * {@code R = sum(s_c x r_c) / sum(s_c)} over the countries with a risk. Countries without one are
   * left out of both sums (never read as zero risk) and listed; empty when none has a risk.
   */
  public static Optional<WeightedRisk> productionWeighted(
      Collection<CountryShare> shares, Function<String, OptionalDouble> risk) {
    double weighted = 0.0;
    double covered = 0.0;
    double total = 0.0;
    List<String> uncovered = new ArrayList<>();
    for (CountryShare s : shares) {
      total += s.share();
      OptionalDouble r = risk.apply(s.alpha3());
      if (r.isPresent()) {
        weighted += s.share() * r.getAsDouble();
        covered += s.share();
      } else {
        uncovered.add(s.alpha3());
      }
    }
    if (covered <= 0.0) {
      return Optional.empty();
    }
    return Optional.of(new WeightedRisk(weighted / covered, covered / total, uncovered));
  }
}
