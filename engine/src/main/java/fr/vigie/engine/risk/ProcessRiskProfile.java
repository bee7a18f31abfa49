package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import java.util.List;
import java.util.Objects;

/**
 * The graded risk factors of one process (e.g. open-pit mining), from the value chain model.
 *
 * @param processId process id, e.g. {@code open_pit}
 * @param factors graded factors, each in one category
 */
public record ProcessRiskProfile(String processId, List<Factor> factors) {
  public ProcessRiskProfile {
    Objects.requireNonNull(processId, "processId");
    factors = List.copyOf(factors);
  }

  /**
   * One graded risk factor of a process.
   *
   * @param factor risk factor id, e.g. {@code water_pollution}
   * @param category the category the factor belongs to
   * @param level its graded level for this process
   * @param justification one line saying why
   * @param source where the grade comes from
   */
  public record Factor(String factor, RiskCategory category, RiskLevel level, String justification, String source) {
    public Factor {
      Objects.requireNonNull(factor, "factor");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(level, "level");
      justification = justification == null ? "" : justification;
      source = source == null ? "" : source;
    }
  }
}
