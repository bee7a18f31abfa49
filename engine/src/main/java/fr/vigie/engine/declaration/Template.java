package fr.vigie.engine.declaration;

/** The reporting templates of the Responsible Minerals Initiative that Vigie reads. */
public enum Template {
  /** Conflict Minerals Reporting Template: tantalum, tin, gold, tungsten. */
  CMRT,
  /** Extended Minerals Reporting Template: cobalt, mica (1.x); cobalt, copper, graphite, lithium, mica, nickel (2.x). */
  EMRT,
  /** Additional Minerals Reporting Template: up to ten minerals chosen by the requester. */
  AMRT,
  /** Cobalt Reporting Template (2.x): cobalt only. */
  CRT
}
