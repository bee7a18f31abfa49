package fr.vigie.engine.assessment;

import fr.vigie.engine.regulation.RegulationAssessment;
import fr.vigie.engine.regulation.profile.ChainPositions;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every filiere of one assessment shares: the texts' outcomes for the company, the practices
 * in place (ids compared by {@link #key}), supplier declarations, the reference date and the
 * company's position in each filiere's chain; with the OECD steps, the practices their evidenced
 * sub-steps put in place company-wide and per filiere (material id).
 */
record AssessmentContext(
    List<RegulationAssessment> regs, Set<String> practices, Optional<DeclarationSummary> declarations,
    LocalDate date, ChainPositions positions, Set<String> companySteps, Map<String, Set<String>> filiereSteps) {
  AssessmentContext {
    regs = List.copyOf(regs);
    practices = Set.copyOf(practices);
    companySteps = Set.copyOf(companySteps);
    filiereSteps = Map.copyOf(filiereSteps);
  }

  /** Without OECD steps: the profile's practices alone. */
  AssessmentContext(
      List<RegulationAssessment> regs, Set<String> practices, Optional<DeclarationSummary> declarations,
      LocalDate date, ChainPositions positions) {
    this(regs, practices, declarations, date, positions, Set.of(), Map.of());
  }

  /** Practice ids compare without case, with '-' and '_' alike. */
  static String key(String id) {
    return id.strip().toLowerCase(Locale.ROOT).replace('-', '_');
  }

  /** Company-wide: in the profile's practices, or put in place by the company's steps. */
  boolean inPlace(String id) {
    return practices.contains(key(id)) || companySteps.contains(key(id));
  }

  /** In a filiere: in the profile's practices, or put in place by the filiere's steps. */
  boolean inPlace(String id, String material) {
    return practices.contains(key(id)) || filiereSteps.getOrDefault(material, Set.of()).contains(key(id));
  }
}
