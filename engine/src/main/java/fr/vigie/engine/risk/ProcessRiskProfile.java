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
   * @param source where the grade comes from: a catalog id, or {@code judgement} where no published
   *     source states it
   * @param reference where in the source (chapter, annex, DOI); empty for a judgement
   */
  public record Factor(
      String factor, RiskCategory category, RiskLevel level, String justification, String source, String reference) {
    public Factor {
      Objects.requireNonNull(factor, "factor");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(level, "level");
      justification = justification == null ? "" : justification;
      source = source == null ? "" : source;
      reference = reference == null ? "" : reference;
    }

    /** A factor without a reference. */
    public Factor(String factor, RiskCategory category, RiskLevel level, String justification, String source) {
      this(factor, category, level, justification, source, "");
    }

    /** Whether no published source states this grade. */
    public boolean judgement() {
      return "judgement".equals(source);
    }
  }
}
