package fr.vigie.engine.valuechain;

import fr.vigie.engine.kernel.RiskLevel;
import java.util.Objects;

/**
 * One graded cell of a process's risk profile: how much a process exposes to a risk factor,
 * intrinsically (before any country context).
 *
 * @param process the process id
 * @param riskFactor the risk factor id
 * @param level graded level
 * @param justification one line saying why
 * @param source id of the catalog entry supporting it
 */
public record ProcessRisk(
    String process, String riskFactor, RiskLevel level, String justification, String source) {
  public ProcessRisk {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(riskFactor, "riskFactor");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(justification, "justification");
    Objects.requireNonNull(source, "source");
  }
}
