package fr.vigie.engine.oecd;

import java.util.Objects;

/**
 * What a company recorded for one sub-step in one scope.
 *
 * @param scope {@link #COMPANY} (company-wide, counts for every filiere) or a filiere's material id
 * @param code the sub-step's code, e.g. {@code 1e}
 * @param status where the company stands
 * @param evidence how many pieces of evidence (files, links) are attached
 */
public record StepEntry(String scope, String code, StepStatus status, int evidence) {
  /** The scope of a company-wide entry. */
  public static final String COMPANY = "company";

  public StepEntry {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(status, "status");
    if (evidence < 0) {
      throw new IllegalArgumentException("evidence count below zero: " + evidence);
    }
  }

  public boolean companyWide() {
    return COMPANY.equals(scope);
  }
}
