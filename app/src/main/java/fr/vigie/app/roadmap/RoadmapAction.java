package fr.vigie.app.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.vigie.engine.kernel.Localized;

/**
 * A roadmap action of a workspace: generated (taken up from an assessment) or the company's own.
 *
 * @param id            database id
 * @param workspaceId   the workspace
 * @param key           stable key: filiere, kind and id for a generated action; {@code own:<n>} for an own one
 * @param assessmentId  the latest assessment that proposed it (none for an own action)
 * @param origin        {@code generated} or {@code own}
 * @param horizon       {@code short}, {@code medium} or {@code long}
 * @param position      order in the assessment's roadmap (own actions after the generated ones)
 * @param material      the filiere's mineral id, or {@code all} for a company-level action
 * @param kind          {@code solution}, {@code obligation} or {@code own}
 * @param refId         the solution or obligation id (empty for an own action)
 * @param title         what to do (a text or term, rendered in the reader's language; an own action's
 *                      title is its author's words)
 * @param justification why (risk, obligation or solution; an own action's description)
 * @param description   an own action's description, as its author wrote it
 * @param oecdStep      the OECD due diligence step (1 to 5) it belongs to, when known
 * @param owner         who is responsible, when set
 * @param dueDate       when it is due, when set
 * @param status        {@code todo}, {@code in_progress} or {@code done}
 * @param retiredAt     when its reason disappeared, for a retired action
 * @param retiredReason why it was retired ({@link RoadmapMerge.Reason} id), for a retired action
 * @param updatedAt     last change
 * @param updatedBy     who changed it last
 */
public record RoadmapAction(long id, long workspaceId, String key, Optional<Long> assessmentId, String origin,
        String horizon, int position, String material, String kind, String refId, Localized title,
        Localized justification, Optional<String> description, Optional<Integer> oecdStep, Optional<String> owner,
        Optional<LocalDate> dueDate, String status, Optional<Instant> retiredAt, Optional<String> retiredReason,
        Instant updatedAt, String updatedBy) {

    /** The horizons, in board order. */
    public static final List<String> HORIZONS = List.of("short", "medium", "long");
    /** The statuses, in workflow order. */
    public static final List<String> STATUSES = List.of("todo", "in_progress", "done");
    /** The OECD due diligence steps. */
    public static final List<Integer> OECD_STEPS = List.of(1, 2, 3, 4, 5);
    /** Origin of an action taken up from an assessment. */
    public static final String GENERATED = "generated";
    /** Origin of an action people added. */
    public static final String OWN = "own";

    /** Checks the horizon, status and origin. */
    public RoadmapAction {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(justification, "justification");
        if (!HORIZONS.contains(horizon)) {
            throw new IllegalArgumentException("unknown horizon " + horizon);
        }
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("unknown status " + status);
        }
        if (!GENERATED.equals(origin) && !OWN.equals(origin)) {
            throw new IllegalArgumentException("unknown origin " + origin);
        }
    }

    /** Whether it is not done and not retired. */
    public boolean open() {
        return !"done".equals(status) && retiredAt.isEmpty();
    }

    /** Whether it was retired (its reason disappeared). */
    public boolean retired() {
        return retiredAt.isPresent();
    }

    /** Whether people added it (and may change its title, description, filiere, step or remove it). */
    public boolean own() {
        return OWN.equals(origin);
    }
}
