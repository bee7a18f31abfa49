package fr.vigie.engine.oecd;

import fr.vigie.engine.kernel.Labelled;

/**
 * Where a company stands on one sub-step. Whether it is evidenced is not a status: it follows from
 * the evidence attached to an implemented sub-step ({@link MaturityPolicy.Level#EVIDENCED}).
 */
public enum StepStatus implements Labelled {
  NOT_STARTED("not_started"),
  IN_PROGRESS("in_progress"),
  IMPLEMENTED("implemented"),
  /** Does not concern the company in this scope; left out of the maturity. */
  NOT_APPLICABLE("not_applicable");

  private final String id;

  StepStatus(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String kind() {
    return "oecd_status";
  }

  public static StepStatus fromId(String text) {
    return Labelled.parse(StepStatus.class, text, "oecd_status");
  }
}
