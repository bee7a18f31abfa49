package fr.vigie.engine.valuechain;

import fr.vigie.engine.kernel.Names;
import fr.vigie.engine.kernel.RiskCategory;
import java.util.Locale;
import java.util.Objects;

/**
 * A risk of the taxonomy (domain primer section 2), e.g. {@code child_labour}, belonging to one of
 * the study's three categories.
 */
public record RiskFactor(String id, RiskCategory category, Names names) {
  public RiskFactor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(names, "names");
  }

  /** The name in this language, else in English. */
  public String name(Locale locale) {
    return names.in(locale);
  }
}
