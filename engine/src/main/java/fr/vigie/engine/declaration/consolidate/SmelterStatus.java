package fr.vigie.engine.declaration.consolidate;

/** What the smelter reference list says of one reported smelter. */
public enum SmelterStatus {
  /** Listed, RMAP conformant. */
  CONFORMANT,
  /** Listed, RMAP audit under way. */
  ACTIVE,
  /** Listed, neither conformant nor active (non-conformant or not enrolled). */
  NOT_CONFORMANT,
  /** Listed, but the list gives no RMAP status. */
  LISTED,
  /** Reported without an id and not found in the list by metal and name. */
  NOT_LISTED,
  /** Reported with an id the list does not hold. */
  UNKNOWN_ID,
  /** Reported with a listed id but another metal or a name that shares no word with the listed one. */
  NAME_ID_MISMATCH;

  /** A status the analyst must follow up: all but conformant, active and listed without status. */
  public boolean isRedFlag() {
    return this != CONFORMANT && this != ACTIVE && this != LISTED;
  }
}
