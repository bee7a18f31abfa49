package fr.vigie.app.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import fr.vigie.app.shell.Problems;
import fr.vigie.app.shell.UserText;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.ledger.ImportReport;
import fr.vigie.engine.ledger.LedgerImport;
import fr.vigie.engine.ledger.LedgerOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Imports an uploaded ledger file with the engine's importer (the same parser as
 * {@code bin/vigie ledger}): the type is checked (CSV or XLSX by name, and an XLSX must be a ZIP
 * and a CSV must not be one), the size is limited ({@code vigie.ledger.max-upload-size}), the
 * {@link ImportGate} admits it (uncompressed size, memory budget, queue of concurrent imports), the file
 * goes to a temporary file that is always deleted, and an accepted ledger is stored in one
 * transaction. A file with any invalid line is refused whole, with every reason listed.
 */
@Service
public class LedgerUploads {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final WorkspaceEngine engine;
    private final LedgerStore store;
    private final ImportGate gate;
    private final WorkspaceOperations operations;
    private final long maxBytes;
    private final long maxOriginalBytes;

    LedgerUploads(WorkspaceEngine engine, LedgerStore store, ImportGate gate, WorkspaceOperations operations,
            @Value("${vigie.ledger.max-upload-size:20MB}") DataSize maxUpload,
            @Value("${vigie.ledger.max-original-size:5MB}") DataSize maxOriginal) {
        this.engine = engine;
        this.store = store;
        this.gate = gate;
        this.operations = operations;
        this.maxBytes = maxUpload.toBytes();
        this.maxOriginalBytes = maxOriginal.toBytes();
    }

    /** Outcome of an upload. */
    public sealed interface Outcome {
        /** Imported and now current. */
        record Imported(StoredLedger ledger, ImportReport report) implements Outcome {
        }

        /** Read, but some lines are invalid: nothing imported; the report lists each line and reason. */
        record Rejected(ImportReport report) implements Outcome {
        }

        /**
         * Refused before or while reading (wrong type, too large, empty, zip bomb, XML entity...).
         *
         * @param code   message key suffix ({@code type}, {@code size}, {@code uncompressed}, {@code busy},
         *               {@code running}, {@code unreadable}); {@code busy} means "retry later" (HTTP 503 on
         *               the API); {@code running}, another import of the workspace is in progress (HTTP 409)
         * @param detail the engine's message, naming the file and problem
         */
        record Refused(String code, String detail) implements Outcome {
        }
    }

    /** The upload size limit in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Imports an upload into a workspace the caller may edit, unless another import of the workspace is
     * in progress ({@link WorkspaceOperations}: then refused as {@code running}, nothing read).
     */
    public Outcome upload(WorkspaceGrant grant, String originalName, long size, InputStream content) throws IOException {
        if (!grant.canEdit()) {
            throw new org.springframework.security.access.AccessDeniedException("read-only");
        }
        return operations.runAlone(WorkspaceOperations.Kind.LEDGER_IMPORT, grant.id(),
                        () -> importInto(grant.id(), grant.username(), originalName, size, content))
                .orElseGet(() -> new Outcome.Refused("running", UserText.displayable(originalName)
                        + ": another ledger import of this workspace is in progress; nothing was imported"));
    }

    /** Imports into a workspace without a rights check (first-start demo data). */
    Outcome importInto(long workspaceId, String username, String originalName, long size, InputStream content)
            throws IOException {
        if (UserText.hasUnsafe(originalName)) {
            return new Outcome.Refused("name", UserText.displayable(originalName)
                    + ": the file name has control characters (such as NUL or a right-to-left override); rename the file");
        }
        String given = originalName.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1);
        String name = given.isBlank() ? "ledger" : given;
        String lower = name.toLowerCase(Locale.ROOT);
        String format = lower.endsWith(".xlsx") ? "xlsx" : lower.endsWith(".csv") || lower.endsWith(".txt")
                || lower.endsWith(".tsv") ? "csv" : "";
        if (format.isEmpty()) {
            return new Outcome.Refused("type", name + ": only CSV (.csv, .tsv, .txt) and Excel (.xlsx) files are read");
        }
        if (size > maxBytes) {
            return new Outcome.Refused("size", tooLarge(name, size));
        }
        // the file keeps its name (made safe) so that the import report and messages name it
        Path directory = Files.createTempDirectory("vigie-ledger-");
        Path temp = directory.resolve(safeName(name, format));
        try {
            MessageDigest sha = sha256();
            long copied;
            try (InputStream in = new DigestInputStream(content, sha)) {
                copied = Files.copy(limited(in), temp, StandardCopyOption.REPLACE_EXISTING);
            }
            if (copied > maxBytes) {
                return new Outcome.Refused("size", tooLarge(name, copied));
            }
            boolean zip = startsWithZip(temp);
            if (format.equals("xlsx") && !zip) {
                return new Outcome.Refused("type", name + ": not an Excel workbook (an .xlsx file is a ZIP package)");
            }
            if (format.equals("csv") && zip) {
                return new Outcome.Refused("type", name + ": a ZIP or Excel file named as CSV; save it as .xlsx or CSV text");
            }
            ImportGate.Decision decision = gate.admit(temp, name);
            if (decision.refusal() != null) {
                return new Outcome.Refused(decision.refusal() instanceof ImportGate.Refusal.Busy ? "busy"
                        : "uncompressed", decision.refusal().detail());
            }
            LedgerImport result;
            try (ImportGate.Admission admitted = decision.admission()) {
                LedgerOptions options = LedgerOptions.defaults().withMaxBytes(maxBytes);
                if (format.equals("csv") && !isUtf8(temp)) {
                    options = options.withEncoding(LedgerOptions.WINDOWS_1252);
                }
                result = engine.ledgerImporter().importFile(temp, options);
            } catch (ProblemException e) {
                return new Outcome.Refused("unreadable", String.join("\n",
                        e.problems().stream().map(Problems::withPlaceOf).toList()));
            }
            return switch (result) {
                case LedgerImport.Rejected rejected -> new Outcome.Rejected(rejected.report());
                case LedgerImport.Accepted accepted -> {
                    Optional<byte[]> original = copied <= maxOriginalBytes ? Optional.of(Files.readAllBytes(temp))
                            : Optional.empty();
                    var upload = new LedgerStore.Upload(name, format, copied, HexFormat.of().formatHex(sha.digest()),
                            original);
                    yield new Outcome.Imported(store.store(workspaceId, upload, accepted.ledger(), accepted.report(),
                            username), accepted.report());
                }
            };
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(directory);
        }
    }

    /**
     * Whether the file is valid UTF-8. A CSV that is not is read as windows-1252 (Latin-1 and the
     * Windows additions such as the euro sign), the encoding of spreadsheets saved as "CSV" on Windows
     * in Western Europe: the web form detects it where the command line has {@code --encoding}.
     * Valid UTF-8 is never re-read as windows-1252, so a UTF-8 file is always read as UTF-8.
     */
    static boolean isUtf8(Path file) throws IOException {
        try (var reader = new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder())) {
            char[] buffer = new char[8192];
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The name with only letters, digits, dot, dash, underscore and space, ending in the format's extension. */
    static String safeName(String name, String format) {
        String safe = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        if (safe.length() > 100) {
            safe = safe.substring(0, 100);
        }
        String extension = format.equals("xlsx") ? ".xlsx" : ".csv";
        return safe.toLowerCase(Locale.ROOT).endsWith(extension) || (format.equals("csv")
                && (safe.toLowerCase(Locale.ROOT).endsWith(".tsv") || safe.toLowerCase(Locale.ROOT).endsWith(".txt")))
                ? safe : safe + extension;
    }

    private InputStream limited(InputStream in) {
        // reads one byte beyond the limit so that an oversized stream is detected, not truncated
        return new java.io.FilterInputStream(in) {
            private long remaining = maxBytes + 1;

            @Override
            public int read() throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    remaining--;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int n = super.read(buffer, offset, (int) Math.min(length, remaining));
                if (n > 0) {
                    remaining -= n;
                }
                return n;
            }
        };
    }

    private String tooLarge(String name, long size) {
        return String.format(Locale.ROOT, "%s: the file is %,d bytes or more, above the %,d-byte upload limit",
                name, size, maxBytes);
    }

    private static boolean startsWithZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
