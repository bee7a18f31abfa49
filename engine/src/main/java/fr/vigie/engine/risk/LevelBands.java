package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.RiskLevel;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns a score in [0,1] into a {@link RiskLevel}, and a level back into a representative score.
 *
 * <p>{@code lowerBounds} gives the lowest score of each level from {@code low} upwards (very low
 * starts at 0): a score exactly on a bound belongs to the higher level. With the defaults 0.2, 0.4,
 * 0.6, 0.8: 0.19 is very low, 0.2 is low, 0.8 is very high.
 *
 * @param low lowest score of {@code low}
 * @param medium lowest score of {@code medium}
 * @param high lowest score of {@code high}
 * @param veryHigh lowest score of {@code very_high}
 * @param levelScores the score that stands for each level (used for graded process risk factors)
 */
public record LevelBands(
    double low, double medium, double high, double veryHigh, Map<RiskLevel, Double> levelScores) {

  public LevelBands {
    if (!(0.0 < low && low < medium && medium < high && high < veryHigh && veryHigh <= 1.0)) {
      throw new IllegalArgumentException(
          "level thresholds must be strictly increasing within (0,1]: low "
              + low + ", medium " + medium + ", high " + high + ", very_high " + veryHigh);
    }
    EnumMap<RiskLevel, Double> copy = new EnumMap<>(RiskLevel.class);
    copy.putAll(levelScores);
    for (RiskLevel l : RiskLevel.values()) {
      Double s = copy.get(l);
      if (s == null || !(s >= 0.0 && s <= 1.0)) {
        throw new IllegalArgumentException("level score of " + l.id() + " must be in [0,1], got " + s);
      }
    }
    levelScores = Map.copyOf(copy);
  }

  /** The default bands 0.2/0.4/0.6/0.8, each level standing for the middle of its band. */
  public static LevelBands defaults() {
    return new LevelBands(
        0.2, 0.4, 0.6, 0.8,
        Map.of(
            RiskLevel.VERY_LOW, 0.1,
            RiskLevel.LOW, 0.3,
            RiskLevel.MEDIUM, 0.5,
            RiskLevel.HIGH, 0.7,
            RiskLevel.VERY_HIGH, 0.9));
  }

  /** The level of a score (scores outside [0,1] are clamped first). */
  public RiskLevel level(double score) {
    if (score >= veryHigh) {
      return RiskLevel.VERY_HIGH;
    } else if (score >= high) {
      return RiskLevel.HIGH;
    } else if (score >= medium) {
      return RiskLevel.MEDIUM;
    } else if (score >= low) {
      return RiskLevel.LOW;
    }
    return RiskLevel.VERY_LOW;
  }

  /** The representative score of a level. */
  public double score(RiskLevel level) {
    return levelScores.get(level);
  }
}
