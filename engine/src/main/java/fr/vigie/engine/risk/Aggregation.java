package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the normalised risks of a category's indicators combine into the category score.
 *
 * <ul>
 *   <li>{@code weighted_mean}: {@code sum(w_i r_i) / sum(w_i)}.
 *   <li>{@code geometric_mean}: the weighted geometric mean of the "performance" values {@code 1 -
 *       r_i}, turned back into a risk: {@code 1 - prod((1 - r_i)^(w_i / sum w))}. As in TDi's AIRS
 *       index, a weak axis cannot be compensated by a strong one; it is never below the weighted
 *       mean (inequality of arithmetic and geometric means).
 * </ul>
 */
public enum Aggregation {
  WEIGHTED_MEAN("weighted_mean"),
  GEOMETRIC_MEAN("geometric_mean");

  private final String id;

  Aggregation(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** A normalised risk in [0,1] with its positive weight. */
  public record Term(double risk, double weight) {
    public Term {
      if (!(risk >= 0.0 && risk <= 1.0) || !(weight > 0.0) || !Double.isFinite(weight)) {
        throw new IllegalArgumentException("term needs risk in [0,1] and weight > 0: " + risk + ", " + weight);
      }
    }
  }

  /** Aggregates at least one term; the result is in [0,1]. */
  public double aggregate(List<Term> terms) {
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("nothing to aggregate");
    }
    double total = terms.stream().mapToDouble(Term::weight).sum();
    double result =
        switch (this) {
          case WEIGHTED_MEAN -> terms.stream().mapToDouble(t -> t.weight() * t.risk()).sum() / total;
          case GEOMETRIC_MEAN -> {
            double logPerformance = 0.0;
            for (Term t : terms) {
              if (t.risk() >= 1.0) {
                yield 1.0;
              }
              logPerformance += (t.weight() / total) * Math.log1p(-t.risk());
            }
            yield 1.0 - Math.exp(logPerformance);
          }
        };
    return Math.max(0.0, Math.min(1.0, result));
  }

  public static Aggregation fromId(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values())
        .filter(a -> a.id.equals(t))
        .findFirst()
        .orElseThrow(
            () ->
                new ProblemException(Problem.error("vocabulary.unknown", Text.of("vocabulary.aggregation"),
                    String.valueOf(text), "weighted_mean, geometric_mean")));
  }
}
