package fr.vigie.app.account;

/**
 * What a user may do, from most to least rights. Each role includes the rights of the roles after it
 * (see {@code SecurityConfiguration#roleHierarchy}).
 */
public enum Role {
    /** Manages users and reference data, and everything an analyst does. */
    ADMIN,
    /** Creates and edits assessments. */
    ANALYST,
    /** Reads only. */
    VIEWER,
    /**
     * Reads the metrics at {@code /actuator/prometheus} and nothing else: the account of a monitoring
     * system. Not included in, and not including, the other roles (ADMIN reads the metrics too).
     */
    METRICS;

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
