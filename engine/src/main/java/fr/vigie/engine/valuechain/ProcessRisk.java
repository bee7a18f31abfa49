package fr.vigie.engine.valuechain;

import fr.vigie.engine.kernel.Names;
import fr.vigie.engine.kernel.RiskLevel;
import java.util.Locale;
import java.util.Objects;

/**
 * One graded cell of a process's risk profile: how much a process exposes to a risk factor,
 * intrinsically (before any country context).
 *
 * @param process the process id
 * @param riskFactor the risk factor id
 * @param level graded level
 * @param reasons one line saying why, per language (columns {@code justification_<language>})
 * @param source id of the catalog entry supporting it
 */
public record ProcessRisk(
    String process, String riskFactor, RiskLevel level, Names reasons, String source) {
  public ProcessRisk {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(riskFactor, "riskFactor");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(reasons, "reasons");
    Objects.requireNonNull(source, "source");
  }

  /** The kind of process risk terms, with ids {@code <process>/<risk factor>}: named by their reasons. */
  public static final String KIND = "process_risk";

  /** Why, in English. */
  public String justification() {
    return reasons.english();
  }

  /** Why, in this language, else in English. */
  public String justification(Locale locale) {
    return reasons.in(locale);
  }
}
