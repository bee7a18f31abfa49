package fr.vigie.app.grievance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a grievance is about: the fixed list of the intake form (message keys {@code grievance.category.<id>}). */
public enum GrievanceCategory {
    HUMAN_RIGHTS, CHILD_FORCED_LABOUR, ENVIRONMENT, HEALTH_SAFETY, CONFLICT, CORRUPTION, OTHER;

    /** The form value and message-key suffix, e.g. {@code human_rights}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The category of a form value, empty when it is not one. */
    public static Optional<GrievanceCategory> of(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }
}
