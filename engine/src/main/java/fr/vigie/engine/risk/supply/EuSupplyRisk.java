package fr.vigie.engine.risk.supply;

import fr.vigie.engine.kernel.Explanation;
import fr.vigie.engine.kernel.Stage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The EU criticality method's supply-risk concentration (European Commission, <i>Methodology for
 * establishing the EU list of critical raw materials: guidelines</i>, 2017; used for the 2017, 2020
 * and 2023 lists): {@code HHI_WGI,t = sum_c share_c^2 x WGI_c x t_c}, shares as fractions, WGI_c the
 * country's governance on a 0-10 scale (10 = worst), t_c the trade factor (1 by default, 0.8 for EU
 * members and trade-agreement partners, above 1 for export restrictions). The gross supply risk of
 * a material is the higher of its stages' values.
 */
public final class EuSupplyRisk {
  /** Scaled WGI used for a country without any WGI estimate: the middle of the 0-10 scale. */
  public static final double MISSING_WGI_SCALED = 5.0;

  private EuSupplyRisk() {}

  /**
   * The WGI on the EU method's 0-10 scale, higher = worse: the mean {@code m} of the available
   * WGI estimates (about -2.5 best-opposite to 2.5) mapped linearly with {@code (2.5 - m) x 2},
   * clamped to [0,10]; empty when no estimate is given.
   */
  public static OptionalDouble scaledWgi(Collection<Double> estimates) {
    if (estimates.isEmpty()) {
      return OptionalDouble.empty();
    }
    double mean = estimates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    return OptionalDouble.of(Math.max(0.0, Math.min(10.0, (2.5 - mean) * 2.0)));
  }

  /**
   * A supplying country of one stage.
   *
   * @param iso3 the country
   * @param share its share of the stage's world output, in [0,1]
   * @param wgiScaled its scaled WGI (0-10), empty when unknown
   * @param t its trade factor, > 0 (1 when the EU appendix gives none)
   */
  public record Supplier(String iso3, double share, OptionalDouble wgiScaled, double t) {
    public Supplier {
      Objects.requireNonNull(iso3, "iso3");
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("share of " + iso3 + " must be in [0,1], got " + share);
      }
      if (!(t > 0) || !Double.isFinite(t)) {
        throw new IllegalArgumentException("trade factor of " + iso3 + " must be > 0, got " + t);
      }
    }
  }

  /**
   * HHI_WGI,t of one stage.
   *
   * @param value the index
   * @param missingWgi suppliers whose WGI was unknown (counted at {@link #MISSING_WGI_SCALED})
   * @param explanation each supplier's term
   */
  public record HhiWgi(double value, List<String> missingWgi, Explanation explanation) {
    public HhiWgi {
      missingWgi = List.copyOf(missingWgi);
    }
  }

  public static HhiWgi hhiWgiT(Collection<Supplier> suppliers) {
    double sum = 0.0;
    List<String> missing = new ArrayList<>();
    List<Explanation> terms = new ArrayList<>();
    for (Supplier s : suppliers) {
      double wgi = s.wgiScaled().orElse(MISSING_WGI_SCALED);
      if (s.wgiScaled().isEmpty()) {
        missing.add(s.iso3());
      }
      double term = s.share() * s.share() * wgi * s.t();
      sum += term;
      terms.add(Explanation.of(s.iso3(), List.of(), "share", s.share(), "wgi_scaled", wgi,
          "wgi_missing", s.wgiScaled().isEmpty() ? Boolean.TRUE : null, "t", s.t(), "term", term));
    }
    return new HhiWgi(sum, missing, Explanation.of("hhi_wgi_t", terms, "value", sum,
        "formula", "sum share^2 x WGI_scaled x t"));
  }

  /** The gross supply risk: the highest stage HHI_WGI,t; empty when no stage has one. */
  public static Optional<Map.Entry<Stage, Double>> gross(Map<Stage, Double> byStage) {
    return byStage.entrySet().stream().max(Map.Entry.comparingByValue());
  }
}
