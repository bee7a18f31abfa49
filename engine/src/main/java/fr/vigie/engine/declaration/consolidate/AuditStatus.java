package fr.vigie.engine.declaration.consolidate;

import fr.vigie.engine.declaration.read.Values;
import java.util.Optional;

/**
 * A smelter's status in the RMI's Responsible Minerals Assurance Process, as the RMI's
 * smelter/refiner list gives it.
 */
public enum AuditStatus {
  /** Audited and found conformant with the RMAP standard. */
  CONFORMANT,
  /** Committed to an RMAP audit (or re-audit) not yet concluded. */
  ACTIVE,
  /** Audited and found not conformant, or its conformance was withdrawn. */
  NON_CONFORMANT,
  /** Not taking part in the RMAP (outreach, communication suspended, not enrolled). */
  NOT_ENROLLED;

  /** Reads the status words of the RMI's lists (English, any case); empty for other text. */
  public static Optional<AuditStatus> parse(String text) {
    String k = Values.key(text);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    if (k.startsWith("non conformant") || k.startsWith("not conformant") || k.contains("withdrawn")) {
      return Optional.of(NON_CONFORMANT);
    }
    if (k.startsWith("conformant")) {
      return Optional.of(CONFORMANT);
    }
    if (k.startsWith("active") || k.contains("in progress") || k.contains("re audit")) {
      return Optional.of(ACTIVE);
    }
    if (k.contains("not enrolled") || k.contains("outreach") || k.contains("communication suspended")
        || k.contains("not interested") || k.contains("in communication") || k.contains("not participating")) {
      return Optional.of(NOT_ENROLLED);
    }
    return Optional.empty();
  }
}
