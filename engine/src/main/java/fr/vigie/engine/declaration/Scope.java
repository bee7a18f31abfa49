package fr.vigie.engine.declaration;

/** Declaration scope (Declaration!D9): A company-wide, B product(s), C user defined. */
public enum Scope {
  COMPANY,
  PRODUCT,
  USER_DEFINED,
  BLANK,
  UNRECOGNISED
}
