package fr.vigie.app.roadmap;

import java.time.Instant;

import fr.vigie.engine.kernel.Localized;

/**
 * One recorded change of a roadmap action.
 *
 * @param actionId  the action
 * @param title     the action's title (rendered in the reader's language)
 * @param changedAt when
 * @param changedBy who
 * @param field     {@code created}, {@code owner}, {@code due_date}, {@code status} or {@code horizon}
 * @param oldValue  before (empty for none)
 * @param newValue  after (empty for none)
 */
public record AuditEntry(long actionId, Localized title, Instant changedAt, String changedBy, String field,
        String oldValue, String newValue) {
}
