package fr.vigie.app.roadmap;

import java.time.Instant;

import fr.vigie.engine.kernel.Localized;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change of a roadmap action.
 *
 * @param actionId  the action (none once an own action was removed)
 * @param title     the action's title (rendered in the reader's language)
 * @param changedAt when
 * @param changedBy who
 * @param field     {@code created}, {@code owner}, {@code due_date}, {@code status}, {@code horizon},
 *                  {@code title}, {@code description}, {@code material}, {@code oecd_step}, {@code comment},
 *                  {@code evidence_added}, {@code evidence_removed}, {@code retired}, {@code reinstated}
 *                  or {@code removed}
 * @param oldValue  before (empty for none)
 * @param newValue  after (empty for none; for {@code retired}, the reason's id)
 */
public record AuditEntry(@Nullable Long actionId, Localized title, Instant changedAt, String changedBy, String field,
        String oldValue, String newValue) {
}
