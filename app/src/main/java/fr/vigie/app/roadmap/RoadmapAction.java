package fr.vigie.app.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.vigie.engine.kernel.Localized;

/**
 * A roadmap action of a workspace.
 *
 * @param id            database id
 * @param workspaceId   the workspace
 * @param key           stable key across assessments: filiere, kind and id
 * @param assessmentId  the latest assessment that proposed it
 * @param horizon       {@code short}, {@code medium} or {@code long}
 * @param position      order in the assessment's roadmap
 * @param material      the filiere's mineral id, or {@code all}
 * @param kind          {@code solution} or {@code obligation}
 * @param refId         the solution or obligation id
 * @param title         what to do (a text or term, rendered in the reader's language)
 * @param justification why (risk, obligation or solution)
 * @param owner         who is responsible, when set
 * @param dueDate       when it is due, when set
 * @param status        {@code todo}, {@code in_progress} or {@code done}
 * @param updatedAt     last change
 * @param updatedBy     who changed it last
 */
public record RoadmapAction(long id, long workspaceId, String key, long assessmentId, String horizon, int position,
        String material, String kind, String refId, Localized title, Localized justification, Optional<String> owner,
        Optional<LocalDate> dueDate, String status, Instant updatedAt, String updatedBy) {

    /** The horizons, in board order. */
    public static final List<String> HORIZONS = List.of("short", "medium", "long");
    /** The statuses, in workflow order. */
    public static final List<String> STATUSES = List.of("todo", "in_progress", "done");

    /** Checks the horizon and status. */
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
    }

    /** Whether it is not done. */
    public boolean open() {
        return !"done".equals(status);
    }
}
