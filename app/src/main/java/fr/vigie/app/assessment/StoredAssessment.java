package fr.vigie.app.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An assessment as stored, without its result tree.
 *
 * @param id              database id
 * @param workspaceId     the workspace
 * @param ledgerId        the ledger it read
 * @param createdAt       when it was run
 * @param createdBy       who ran it
 * @param referenceDate   the date of the regulations and roadmap
 * @param methodology     risk methodology id and version
 * @param priorityWeights priority weights id and version
 * @param engineVersion   the engine's version
 * @param dataVersions    the reference data used (one line per dataset), then the solutions catalogue date
 */
public record StoredAssessment(long id, long workspaceId, long ledgerId, Instant createdAt, String createdBy,
        LocalDate referenceDate, String methodology, String priorityWeights, String engineVersion,
        List<String> dataVersions) {

    /** Checks that no component is null. */
    public StoredAssessment {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(methodology, "methodology");
        Objects.requireNonNull(priorityWeights, "priorityWeights");
        Objects.requireNonNull(engineVersion, "engineVersion");
        dataVersions = List.copyOf(dataVersions);
    }
}
