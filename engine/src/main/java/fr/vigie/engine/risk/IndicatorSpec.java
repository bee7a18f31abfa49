package fr.vigie.engine.risk;

import fr.vigie.engine.indicator.Orientation;
import java.util.Objects;

/**
 * One indicator of a category in a methodology: how to read it and how much it counts.
 *
 * @param id indicator id, e.g. {@code wgi_va} (one of the reference data's indicators or a custom one)
 * @param weight relative weight within the category, strictly positive
 * @param orientation whether a higher raw value is better or worse
 * @param scale the stated range used for normalisation (values outside are clamped)
 */
public record IndicatorSpec(String id, double weight, Orientation orientation, Scale scale) {
  public IndicatorSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orientation, "orientation");
    Objects.requireNonNull(scale, "scale");
    if (!(weight > 0.0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight of " + id + " must be > 0, got " + weight);
    }
  }

  /** The raw value as a risk in [0,1]. */
  public double toRisk(double raw) {
    return scale.toRisk(raw, orientation);
  }
}
