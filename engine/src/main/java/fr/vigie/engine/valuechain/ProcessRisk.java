package fr.vigie.engine.valuechain;

import fr.vigie.engine.mineral.MineralId;
import java.util.Optional;

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
 * @param mineral the mineral this cell is for, replacing the cell of every mineral for that factor
 *     (the mercury of artisanal gold mining); empty: every mineral using the process
 * @param level graded level
 * @param reasons one line saying why, per language (columns {@code justification_<language>})
 * @param source id of the catalog entry supporting it; {@value #JUDGEMENT} where no published
 *     source states the level
 * @param reference where in the source (chapter, annex, DOI, table); empty for a judgement
 */
public record ProcessRisk(
    String process, String riskFactor, Optional<MineralId> mineral, RiskLevel level, Names reasons, String source,
    String reference) {
  /** The source id of a level no published source states: the Vigie team's judgement. */
  public static final String JUDGEMENT = "judgement";

  public ProcessRisk {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(riskFactor, "riskFactor");
    Objects.requireNonNull(mineral, "mineral");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(reasons, "reasons");
    Objects.requireNonNull(source, "source");
    reference = reference == null ? "" : reference;
  }

  /** A cell for every mineral, without a reference. */
  public ProcessRisk(String process, String riskFactor, RiskLevel level, Names reasons, String source) {
    this(process, riskFactor, Optional.empty(), level, reasons, source, "");
  }

  /** Whether no published source states this level. */
  public boolean judgement() {
    return JUDGEMENT.equals(source);
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
