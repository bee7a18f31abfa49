package fr.vigie.engine.risk;

import fr.vigie.engine.indicator.Orientation;

/**
 * The stated range of an indicator, used for min-max normalisation with clamping.
 *
 * @param min lowest value of the scale
 * @param max highest value of the scale, strictly above {@code min}
 */
public record Scale(double min, double max) {
  public Scale {
    if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
      throw new IllegalArgumentException("scale needs finite min < max, got " + min + ".." + max);
    }
  }

  /**
   * Normalises a raw value to a risk in [0,1]: {@code x' = clamp((x - min) / (max - min), 0, 1)},
   * then {@code risk = x'} when higher is worse, {@code 1 - x'} when higher is better.
   */
  public double toRisk(double value, Orientation orientation) {
    double x = (value - min) / (max - min);
    x = Math.max(0.0, Math.min(1.0, x));
    return orientation == Orientation.HIGHER_IS_WORSE ? x : 1.0 - x;
  }
}
