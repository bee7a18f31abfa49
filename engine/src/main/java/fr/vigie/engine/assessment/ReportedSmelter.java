package fr.vigie.engine.assessment;

import fr.vigie.engine.kernel.Labelled;
import fr.vigie.engine.mineral.MineralId;
import java.util.Objects;
import java.util.Optional;

/**
 * A smelter or refiner that supplier declarations report for a mineral, with its audit status as
 * a smelter reference list gives it. The declaration side fills it ({@code Vigie.declarations});
 * the assessment raises a {@code smelter_audit} alert for a failed or withdrawn audit.
 *
 * @param material the mineral
 * @param smelterId the smelter's id (e.g. {@code CID001070}), when reported
 * @param name the smelter's name as reported
 * @param country ISO alpha-3, when known
 * @param audit the audit status, {@link AuditStatus#UNKNOWN} when no reference list says
 */
public record ReportedSmelter(
    MineralId material, Optional<String> smelterId, String name, Optional<String> country, AuditStatus audit) {
  public ReportedSmelter {
    Objects.requireNonNull(material, "material");
    Objects.requireNonNull(smelterId, "smelterId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(audit, "audit");
  }

  /**
   * The audit status of a smelter or refiner in an audit programme (RMAP, LBMA, RJC...), as the
   * smelter reference list states it.
   */
  public enum AuditStatus implements Labelled {
    /** Audited and found conformant. */
    CONFORMANT("conformant"),
    /** Committed to an audit not yet completed. */
    ACTIVE("active"),
    /** Audited and found not conformant. */
    NON_CONFORMANT("non_conformant"),
    /** Withdrew from the programme or was removed from it (suspended included). */
    WITHDRAWN("withdrawn"),
    /** No reference list gives a status. */
    UNKNOWN("unknown");

    private final String id;

    AuditStatus(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String kind() {
      return "audit_status";
    }

    /** Whether the audit failed or was abandoned: a red flag. */
    public boolean failed() {
      return this == NON_CONFORMANT || this == WITHDRAWN;
    }

    public static AuditStatus fromId(String text) {
      return Labelled.parse(AuditStatus.class, text, "audit_status");
    }
  }
}
