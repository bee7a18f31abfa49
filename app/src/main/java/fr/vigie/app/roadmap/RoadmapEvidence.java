package fr.vigie.app.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;

import fr.vigie.app.shell.UserText;
import fr.vigie.app.workspace.WorkspaceGrant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files of roadmap actions, stored in the database (table {@code roadmap_evidence}). An
 * upload is limited in size ({@code vigie.roadmap.evidence.max-size}, 10 MB by default) and its type
 * is checked from its name <em>and</em> its first bytes ({@link FileType}): PDF, PNG, JPEG, Office Open
 * XML and OpenDocument files (ZIP packages), and UTF-8 text (CSV, TXT) without NUL bytes; anything else
 * is refused. A file is only ever served as a download ({@code Content-Disposition: attachment},
 * {@code X-Content-Type-Options: nosniff}) with the content type of its checked type, never the type
 * the uploading browser claimed, so a file cannot run in the application's origin. Adding and removing
 * a file is audited.
 */
@Service
public class RoadmapEvidence {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** The accepted file types: extension, content type served, and how the content is recognised. */
    public enum FileType {
        PDF("pdf", "application/pdf"),
        PNG("png", "image/png"),
        JPEG("jpg", "image/jpeg"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        ODT("odt", "application/vnd.oasis.opendocument.text"),
        ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
        CSV("csv", "text/csv"),
        TXT("txt", "text/plain");

        private final String id;
        private final String contentType;

        FileType(String id, String contentType) {
            this.id = id;
            this.contentType = contentType;
        }

        /** Stored id (also the usual extension). */
        public String id() {
            return id;
        }

        /** The content type it is served with (text with its UTF-8 charset). */
        public String contentType() {
            return id.equals("csv") || id.equals("txt") ? contentType + ";charset=UTF-8" : contentType;
        }

        static Optional<FileType> byId(String id) {
            return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
        }

        /**
         * The type of a file whose name announces it and whose content is of it, the check of every
         * evidence upload (also the due diligence steps' evidence files); empty when refused.
         */
        public static Optional<FileType> checked(String name, byte[] content) {
            return byName(name).filter(t -> t.matches(content));
        }

        /** The type a file name announces ({@code .jpeg} is JPEG). */
        static Optional<FileType> byName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            int dot = lower.lastIndexOf('.');
            String extension = dot < 0 ? "" : lower.substring(dot + 1);
            return extension.equals("jpeg") ? Optional.of(JPEG) : byId(extension);
        }

        /** Whether the content is of this type (its signature, or valid UTF-8 text without NUL for text). */
        boolean matches(byte[] content) {
            return switch (this) {
                case PDF -> startsWith(content, RoadmapEvidence.PDF);
                case PNG -> startsWith(content, RoadmapEvidence.PNG);
                case JPEG -> startsWith(content, RoadmapEvidence.JPEG);
                case DOCX, XLSX, PPTX, ODT, ODS -> startsWith(content, ZIP);
                case CSV, TXT -> isText(content);
            };
        }
    }

    /**
     * A stored file's record.
     *
     * @param id         database id
     * @param actionId   the action
     * @param fileName   the name as uploaded (made displayable)
     * @param type       its checked type
     * @param bytes      size
     * @param sha256     content hash
     * @param uploadedBy who
     * @param uploadedAt when
     */
    public record Evidence(long id, long actionId, String fileName, FileType type, long bytes, String sha256,
            String uploadedBy, Instant uploadedAt) {
    }

    /** A stored file's record and content. */
    public record Download(Evidence evidence, byte[] content) {
    }

    /** Outcome of {@link #add}. */
    public sealed interface AddOutcome {
        /** Stored. */
        record Added(Evidence evidence) implements AddOutcome {
        }

        /**
         * Refused: {@code code} names the message {@code roadmap.evidence.refused.<code>} ({@code empty},
         * {@code size}, {@code type}, {@code name}).
         */
        record Refused(String code) implements AddOutcome {
        }

        /** No such action in the workspace. */
        record NotFound() implements AddOutcome {
        }
    }

    private final JdbcClient jdbc;
    private final Roadmap roadmap;
    private final long maxBytes;

    RoadmapEvidence(JdbcClient jdbc, Roadmap roadmap,
            @Value("${vigie.roadmap.evidence.max-size:10MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.roadmap = roadmap;
        this.maxBytes = maxSize.toBytes();
    }

    /** The size limit of one file, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Checks and stores a file for an action of the workspace (audited), in one transaction. */
    @Transactional
    public AddOutcome add(WorkspaceGrant grant, long actionId, String originalName, InputStream content)
            throws IOException {
        if (!grant.canEdit()) {
            throw new AccessDeniedException("read-only");
        }
        if (roadmap.lock(grant, actionId).isEmpty()) {
            return new AddOutcome.NotFound();
        }
        String given = originalName.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1)
                .strip();
        if (given.isEmpty() || given.length() > 255 || UserText.hasUnsafe(given)) {
            return new AddOutcome.Refused("name");
        }
        byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length == 0) {
            return new AddOutcome.Refused("empty");
        }
        if (bytes.length > maxBytes) {
            return new AddOutcome.Refused("size");
        }
        Optional<FileType> type = FileType.byName(given).filter(t -> t.matches(bytes));
        if (type.isEmpty()) {
            return new AddOutcome.Refused("type");
        }
        String sha = sha256(bytes);
        long id = jdbc.sql("insert into roadmap_evidence (workspace_id, action_id, file_name, file_type, file_bytes,"
                        + " sha256, content, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(grant.id(), actionId, given, type.get().id(), bytes.length, sha, bytes, grant.username())
                .query(Long.class).single();
        roadmap.audit(grant.id(), actionId, grant.username(), "evidence_added", "", given);
        return new AddOutcome.Added(find(grant, actionId, id).orElseThrow());
    }

    /** The files of an action of the workspace, oldest first. */
    public List<Evidence> list(WorkspaceGrant grant, long actionId) {
        return jdbc.sql("select id, action_id, file_name, file_type, file_bytes, sha256, uploaded_by, uploaded_at"
                        + " from roadmap_evidence where workspace_id = ? and action_id = ? order by id")
                .params(grant.id(), actionId).query(RoadmapEvidence::evidence).list();
    }

    /** The files of the workspace's actions, by action id. */
    public Map<Long, List<Evidence>> byAction(WorkspaceGrant grant) {
        Map<Long, List<Evidence>> out = new LinkedHashMap<>();
        jdbc.sql("select id, action_id, file_name, file_type, file_bytes, sha256, uploaded_by, uploaded_at"
                        + " from roadmap_evidence where workspace_id = ? order by id")
                .param(grant.id()).query(RoadmapEvidence::evidence).list()
                .forEach(e -> out.computeIfAbsent(e.actionId(), k -> new ArrayList<>()).add(e));
        return out;
    }

    /** One file of an action of the workspace. */
    public Optional<Evidence> find(WorkspaceGrant grant, long actionId, long evidenceId) {
        return jdbc.sql("select id, action_id, file_name, file_type, file_bytes, sha256, uploaded_by, uploaded_at"
                        + " from roadmap_evidence where workspace_id = ? and action_id = ? and id = ?")
                .params(grant.id(), actionId, evidenceId).query(RoadmapEvidence::evidence).optional();
    }

    /** One file and its content. */
    public Optional<Download> download(WorkspaceGrant grant, long actionId, long evidenceId) {
        return find(grant, actionId, evidenceId).map(e -> new Download(e,
                jdbc.sql("select content from roadmap_evidence where id = ?").param(e.id())
                        .query((rs, row) -> rs.getBytes(1)).single()));
    }

    /** Removes a file (audited); false when the action has no such file. */
    @Transactional
    public boolean remove(WorkspaceGrant grant, long actionId, long evidenceId) {
        if (!grant.canEdit()) {
            throw new AccessDeniedException("read-only");
        }
        Optional<Evidence> found = find(grant, actionId, evidenceId);
        if (found.isEmpty()) {
            return false;
        }
        jdbc.sql("delete from roadmap_evidence where id = ?").param(evidenceId).update();
        roadmap.audit(grant.id(), actionId, grant.username(), "evidence_removed", found.get().fileName(), "");
        return true;
    }

    private static Evidence evidence(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Evidence(rs.getLong("id"), rs.getLong("action_id"), rs.getString("file_name"),
                FileType.byId(rs.getString("file_type")).orElseThrow(), rs.getLong("file_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
