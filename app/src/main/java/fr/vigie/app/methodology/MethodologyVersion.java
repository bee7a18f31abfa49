package fr.vigie.app.methodology;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One stored methodology version.
 *
 * @param id          methodology id, e.g. {@code vigie-default}
 * @param version     version, e.g. {@code 1.0.0}
 * @param description the methodology's own description
 * @param yaml        the text it was read from
 * @param createdBy   username of its author ({@code vigie} for the shipped one)
 * @param createdAt   when it was stored
 * @param current     whether it is the methodology in use
 */
public record MethodologyVersion(String id, String version, String description, String yaml, String createdBy,
        OffsetDateTime createdAt, boolean current) {

    public MethodologyVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(yaml, "yaml");
    }
}
