package fr.vigie.app.supplier;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Where a supplier request stands. {@code requested} when the e-mail is written, {@code reminded}
 * after the reminder before the due date, {@code overdue} once the due date has passed without an
 * answer, {@code received} when the supplier sent a file, then {@code accepted} or {@code rejected} by
 * an analyst (a rejected request takes a corrected file, which makes it {@code received} again).
 */
public enum RequestStatus {
    /** Asked, no answer yet. */
    REQUESTED,
    /** Reminded before the due date, no answer yet. */
    REMINDED,
    /** A file was sent and waits for the analyst. */
    RECEIVED,
    /** The analyst accepted the last file. */
    ACCEPTED,
    /** The analyst rejected the last file; a corrected one may come. */
    REJECTED,
    /** The due date passed without an answer. */
    OVERDUE;

    /** The stored and API form: the name in lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of a stored id. */
    public static RequestStatus of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** Whether the request still waits for a first answer. */
    public boolean waiting() {
        return this == REQUESTED || this == REMINDED || this == OVERDUE;
    }

    /**
     * The status shown on a day: a request still waiting after its due date is overdue even before
     * the scheduler has sent the overdue reminder.
     */
    public RequestStatus on(LocalDate today, LocalDate due) {
        return (this == REQUESTED || this == REMINDED) && today.isAfter(due) ? OVERDUE : this;
    }
}
