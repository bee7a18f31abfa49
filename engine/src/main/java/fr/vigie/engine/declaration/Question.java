package fr.vigie.engine.declaration;

/**
 * The per-mineral questions of the templates, by meaning (their numbers differ between templates:
 * CMRT Q1-Q8, EMRT Q1-Q7, AMRT Q1-Q2).
 */
public enum Question {
  INTENTIONALLY_ADDED(false),
  REMAINS_IN_PRODUCT(false),
  COVERED_COUNTRIES(false),
  CAHRA_SOURCING(false),
  RECYCLED_OR_SCRAP_100(false),
  RESPONSE_RATE(true),
  ALL_SMELTERS_IDENTIFIED(false),
  ALL_SMELTERS_REPORTED(false);

  private final boolean rate;

  Question(boolean rate) {
    this.rate = rate;
  }

  /** Whether the answer is a response-rate band rather than yes/no. */
  public boolean isRate() {
    return rate;
  }
}
