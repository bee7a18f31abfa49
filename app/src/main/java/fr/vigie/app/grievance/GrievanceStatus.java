package fr.vigie.app.grievance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of a case: received, acknowledged (before the acknowledgement deadline), under
 * assessment, remediation, closed with an outcome. {@link GrievanceWorkflow} says which moves are allowed.
 */
public enum GrievanceStatus {
    RECEIVED, ACKNOWLEDGED, UNDER_ASSESSMENT, REMEDIATION, CLOSED;

    /** The form value and message-key suffix, e.g. {@code under_assessment}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The statuses a case may move to from this one. */
    public Set<GrievanceStatus> next() {
        return switch (this) {
            case RECEIVED -> Set.of(ACKNOWLEDGED);
            case ACKNOWLEDGED -> Set.of(UNDER_ASSESSMENT, CLOSED);
            case UNDER_ASSESSMENT -> Set.of(REMEDIATION, CLOSED);
            case REMEDIATION -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    /** The status of a form value, empty when it is not one. */
    public static Optional<GrievanceStatus> of(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }
}
