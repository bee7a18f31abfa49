package fr.vigie.app.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * An imported purchase ledger as stored: where it came from and how many lines it had. The
 * per-filiere aggregation is read with {@link LedgerStore#ledger(long)}.
 *
 * @param id            database id
 * @param workspaceId   the workspace
 * @param fileName      the uploaded file's name
 * @param format        {@code csv} or {@code xlsx}
 * @param fileBytes     the file's size
 * @param sha256        the file's SHA-256, hex
 * @param originalKept  whether the original file is stored (small enough)
 * @param acceptedLines lines imported
 * @param importedAt    when
 * @param importedBy    who
 * @param current       whether it is the workspace's current ledger
 */
public record StoredLedger(long id, long workspaceId, String fileName, String format, long fileBytes, String sha256,
        boolean originalKept, long acceptedLines, Instant importedAt, String importedBy, boolean current) {

    /** Checks that no component is null. */
    public StoredLedger {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
    }
}
