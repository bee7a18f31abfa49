package fr.vigie.app.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * A company workspace as listed (without its profile text).
 *
 * @param id        database id
 * @param name      workspace (company) name, unique
 * @param createdAt when it was created
 * @param updatedAt when its profile was last changed
 * @param updatedBy who changed it last
 */
public record Workspace(long id, String name, Instant createdAt, Instant updatedAt, String updatedBy) {

    /** Checks that no component is null. */
    public Workspace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
    }
}
