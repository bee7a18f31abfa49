package fr.vigie.engine.kernel;

/** How bad a {@link Problem} is. */
public enum Severity {
  /** The input cannot be used; nothing of it is kept. */
  ERROR,
  /** The input is used, but something in it deserves a look. */
  WARNING,
  /** Worth knowing; nothing is wrong. */
  INFO
}
