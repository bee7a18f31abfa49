package fr.vigie.engine.declaration;

/** The supplier survey response-rate bands of the templates ("what percentage of relevant suppliers responded"). */
public enum ResponseRate {
  ALL_100,
  GREATER_THAN_90,
  GREATER_THAN_75,
  GREATER_THAN_50,
  FIFTY_OR_LESS,
  NONE,
  UNKNOWN,
  DID_NOT_SURVEY,
  BLANK,
  UNRECOGNISED;

  /** A red flag band: 50% or less, none, or no survey at all. */
  public boolean isLow() {
    return this == FIFTY_OR_LESS || this == NONE || this == DID_NOT_SURVEY;
  }
}
