package fr.vigie.engine.assessment;

import fr.vigie.engine.regulation.RegulationAssessment;
import fr.vigie.engine.regulation.profile.ChainPositions;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What every filiere of one assessment shares: the texts' outcomes for the company, the practices
 * in place (ids compared by {@link #key}), supplier declarations, the reference date and the
 * company's position in each filiere's chain.
 */
record AssessmentContext(
    List<RegulationAssessment> regs, Set<String> practices, Optional<DeclarationSummary> declarations,
    LocalDate date, ChainPositions positions) {
  AssessmentContext {
    regs = List.copyOf(regs);
    practices = Set.copyOf(practices);
  }

  /** Practice ids compare without case, with '-' and '_' alike. */
  static String key(String id) {
    return id.strip().toLowerCase(Locale.ROOT).replace('-', '_');
  }

  boolean inPlace(String id) {
    return practices.contains(key(id));
  }
}
