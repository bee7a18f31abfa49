package fr.vigie.engine.regulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer for one text: its status and the applicability outcome on the reference date, and the
 * obligations the company has to meet (those of the text when it applies or may apply; none when
 * it does not apply).
 */
public record RegulationAssessment(
    Regulation text,
    LocalDate date,
    RegulationStatus status,
    Applicability outcome,
    List<Regulation.Obligation> obligations) {

  public RegulationAssessment {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(outcome, "outcome");
    obligations = List.copyOf(obligations);
  }

  /** The date the obligations apply from, when the text applies. */
  public Optional<LocalDate> appliesFrom() {
    return outcome instanceof Applicability.Applies a ? Optional.of(a.from()) : Optional.empty();
  }

  /** True when the text applies and its obligations are already due on the reference date. */
  public boolean dueOnDate() {
    return appliesFrom().map(f -> !f.isAfter(date)).orElse(false);
  }
}
