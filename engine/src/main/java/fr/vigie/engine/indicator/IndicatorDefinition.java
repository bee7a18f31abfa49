package fr.vigie.engine.indicator;

import fr.vigie.engine.kernel.Names;
import fr.vigie.engine.kernel.RiskCategory;
import java.util.Locale;
import java.util.Objects;

/**
 * A country indicator shipped with Vigie.
 *
 * @param id stable id, e.g. {@code wgi_rl}, {@code fsi_p3}
 * @param names names per language, English required
 * @param category the risk category it is suggested for
 * @param orientation whether higher means better or worse
 * @param scaleMin lowest value of the scale
 * @param scaleMax highest value of the scale
 * @param bounded whether every value lies within the scale; {@code false} for a nominal scale that
 *     a few values exceed (the WGI estimates are about -2.5 to 2.5, a few fall below): a consumer
 *     normalising to 0-1 should clamp
 * @param year latest year of the data shipped
 * @param source catalog id of the source
 * @param licence licence of the source data
 * @param description what the indicator measures and how the value was taken
 */
public record IndicatorDefinition(
    String id,
    Names names,
    RiskCategory category,
    Orientation orientation,
    double scaleMin,
    double scaleMax,
    boolean bounded,
    int year,
    String source,
    String licence,
    String description) {
  public IndicatorDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(orientation, "orientation");
    if (!(scaleMin < scaleMax)) {
      throw new IllegalArgumentException("scale min must be below scale max");
    }
  }

  /** The name in this language, else in English. */
  public String name(Locale locale) {
    return names.in(locale);
  }

  /** Whether a value lies on the scale. */
  public boolean onScale(double value) {
    return value >= scaleMin && value <= scaleMax;
  }
}
