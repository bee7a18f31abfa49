package fr.vigie.engine.declaration;

/** A yes/no style answer of a template question, whatever the language it was written in. */
public enum Answer {
  YES,
  NO,
  UNKNOWN,
  /** EMRT 2.x / AMRT "Not declaring". */
  NOT_DECLARING,
  /** EMRT 1.x "Not applicable for this declaration". */
  NOT_APPLICABLE,
  /** The cell is empty. */
  BLANK,
  /** Text that matches no known answer in any supported language. */
  UNRECOGNISED;

  public boolean isBlank() {
    return this == BLANK;
  }
}
