package fr.vigie.engine.declaration;

/** What the "Smelter Look-up" column (C) of a smelter row says. */
public enum LookupKind {
  /** A smelter picked from the template's list (or an id typed in column A). */
  LISTED,
  /** "Smelter not listed": the supplier typed the name and country. */
  NOT_LISTED,
  /** "Smelter not yet identified". */
  NOT_YET_IDENTIFIED,
  BLANK
}
