package fr.vigie.app.grievance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grievance cases, their messages, attachments and audit trail, in tables {@code grievance_*}. Nothing
 * here receives or stores the reporter's network address; an anonymous report stores no contact.
 * Handler operations write one audit row each (who, what, when) in the same transaction.
 */
@Service
class Grievances {

    private static final Logger LOG = LoggerFactory.getLogger(Grievances.class);

    private final JdbcClient jdbc;
    private final GrievanceProperties properties;
    private final Clock clock;

    Grievances(JdbcClient jdbc, GrievanceProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /** What a reporter tells, already checked ({@link GrievanceForm}); contact is null when anonymous. */
    record Report(GrievanceCategory category, String country, String site, String mineral, String supplier,
            String occurred, String description, boolean anonymous, String contact) {
    }

    /** An attachment, already checked (type and size). */
    record Attachment(String fileName, String contentType, byte[] bytes) {
    }

    /** A case as listed and counted. */
    record Summary(long id, GrievanceCategory category, String country, String mineral, GrievanceStatus status,
            Instant receivedAt, Instant acknowledgeBy, Instant acknowledgedAt) {

        /** Whether the acknowledgement deadline has passed without acknowledgement (or was missed). */
        public boolean overdue(Instant now) {
            return acknowledgedAt == null ? now.isAfter(acknowledgeBy) : acknowledgedAt.isAfter(acknowledgeBy);
        }
    }

    /** A message of a case: from the reporter ({@code handler} null) or from a handler. */
    record Message(String handler, String body, Instant createdAt) {
        public boolean fromReporter() {
            return handler == null;
        }
    }

    /** An attachment as listed (without its bytes). */
    record AttachmentInfo(long id, String fileName, String contentType, int size) {
    }

    /** One line of the audit trail; {@code id} orders the lines (a line never changes once written). */
    record AuditEntry(long id, String username, String action, String detail, Instant at) {
    }

    /**
     * What the case list shows: the cases, newest first, and the audit trail of the workspace's
     * grievance mechanism, newest first, at most {@value #AUDIT_LINES} lines, this view's line first.
     */
    record CaseList(List<Summary> cases, List<AuditEntry> audit) {
    }

    /** A case as its handlers see it. */
    record Detail(Summary summary, String site, String supplier, String occurred, String description,
            boolean anonymous, String contact, String outcome, Instant closedAt, List<Message> messages,
            List<AttachmentInfo> attachments, List<AuditEntry> audit) {
    }

    /** A case as its reporter sees it with the receipt code: no handler names, no audit trail. */
    record Follow(long id, GrievanceCategory category, GrievanceStatus status, Instant receivedAt, String outcome,
            List<Message> messages) {
    }

    /**
     * Stores a report and its attachments in one transaction.
     *
     * @return the receipt code, shown once to the reporter and stored only as a hash
     */
    @Transactional
    String submit(long workspaceId, Report report, List<Attachment> attachments) {
        String receipt = ReceiptCodes.generate();
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into grievance_case (workspace_id, receipt_hash, category, country, site, mineral, supplier,"
                        + " occurred, description, anonymous, contact, status, received_at, acknowledge_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?)")
                .params(workspaceId, ReceiptCodes.hash(receipt).orElseThrow(), report.category().name(),
                        report.country(), report.site(), report.mineral(), report.supplier(), report.occurred(),
                        report.description(), report.anonymous(), report.anonymous() ? null : report.contact(),
                        Timestamp.from(now), Timestamp.from(now.plus(properties.acknowledgeWithin())))
                .update(keys, "id");
        long caseId = keys.getKeyAs(Long.class);
        for (Attachment a : attachments) {
            jdbc.sql("insert into grievance_attachment (case_id, file_name, content_type, bytes) values (?, ?, ?, ?)")
                    .params(caseId, a.fileName(), a.contentType(), a.bytes()).update();
        }
        // case and workspace ids only: never the address, the contact or the text
        LOG.info("grievance case {} received for workspace {} with {} attachment(s)", caseId, workspaceId,
                attachments.size());
        return receipt;
    }

    /** The case of a workspace opened by a receipt code, empty when the code opens none there. */
    Optional<Follow> follow(long workspaceId, String receipt) {
        Optional<String> hash = ReceiptCodes.hash(receipt);
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select id, category, status, received_at, outcome from grievance_case"
                        + " where workspace_id = ? and receipt_hash = ?")
                .params(workspaceId, hash.get())
                .query((rs, row) -> new Follow(rs.getLong("id"), GrievanceCategory.valueOf(rs.getString("category")),
                        GrievanceStatus.valueOf(rs.getString("status")), rs.getTimestamp("received_at").toInstant(),
                        rs.getString("outcome"), List.of()))
                .optional()
                .map(f -> new Follow(f.id(), f.category(), f.status(), f.receivedAt(), f.outcome(),
                        messages(f.id()).stream().map(m -> new Message(m.fromReporter() ? null : "", m.body(),
                                m.createdAt())).toList()));
    }

    /** Adds a message from the reporter to the case their receipt opens; false when it opens none. */
    @Transactional
    boolean reporterMessage(long workspaceId, String receipt, String body) {
        Optional<Follow> found = follow(workspaceId, receipt);
        found.ifPresent(f -> jdbc.sql("insert into grievance_message (case_id, handler, body, created_at)"
                + " values (?, null, ?, ?)").params(f.id(), body, Timestamp.from(clock.instant())).update());
        return found.isPresent();
    }

    /** The cases of a workspace, newest first; writes an audit row for the viewer. */
    @Transactional
    List<Summary> list(long workspaceId, String viewer) {
        auditView(workspaceId, null, viewer, "list-viewed");
        return summaries(workspaceId);
    }

    /** The cases of a workspace, newest first, without auditing (statistics only). */
    List<Summary> summaries(long workspaceId) {
        return jdbc.sql("select " + SUMMARY + " from grievance_case where workspace_id = ? order by received_at desc, id desc")
                .param(workspaceId).query(Grievances::summary).list();
    }

    /** A case of a workspace with its messages, attachments and audit trail; audits the view. */
    @Transactional
    Optional<Detail> detail(long workspaceId, long caseId, String viewer) {
        Optional<Detail> found = jdbc.sql("select " + SUMMARY + ", site, supplier, occurred, description, anonymous,"
                        + " contact, outcome, closed_at from grievance_case where workspace_id = ? and id = ?")
                .params(workspaceId, caseId)
                .query((rs, row) -> new Detail(summary(rs, row), rs.getString("site"), rs.getString("supplier"),
                        rs.getString("occurred"), rs.getString("description"), rs.getBoolean("anonymous"),
                        rs.getString("contact"), rs.getString("outcome"), instant(rs, "closed_at"), List.of(),
                        List.of(), List.of()))
                .optional();
        if (found.isEmpty()) {
            return found;
        }
        auditView(workspaceId, caseId, viewer, "case-viewed");
        Detail d = found.get();
        return Optional.of(new Detail(d.summary(), d.site(), d.supplier(), d.occurred(), d.description(), d.anonymous(),
                d.contact(), d.outcome(), d.closedAt(), messages(caseId), attachments(caseId), auditTrail(caseId)));
    }

    /** The outcome of a status change. */
    sealed interface Change {
        record Done(GrievanceStatus status) implements Change {
        }

        record Refused(fr.vigie.engine.kernel.Problem problem) implements Change {
        }

        record NotFound() implements Change {
        }
    }

    /** Moves a case along the workflow ({@link GrievanceWorkflow}), audited. */
    @Transactional
    Change move(long workspaceId, long caseId, GrievanceStatus to, String outcome, String handler) {
        Optional<GrievanceStatus> current = jdbc.sql("select status from grievance_case where workspace_id = ? and id = ?"
                        + " for update")
                .params(workspaceId, caseId).query((rs, row) -> GrievanceStatus.valueOf(rs.getString(1))).optional();
        if (current.isEmpty()) {
            return new Change.NotFound();
        }
        return switch (GrievanceWorkflow.decide(current.get(), to, outcome)) {
            case GrievanceWorkflow.Decision.Refused refused -> new Change.Refused(refused.problem());
            case GrievanceWorkflow.Decision.Allowed allowed -> {
                Timestamp now = Timestamp.from(clock.instant());
                jdbc.sql("update grievance_case set status = ?,"
                                + " acknowledged_at = case when ? = 'ACKNOWLEDGED' then ? else acknowledged_at end,"
                                + " closed_at = case when ? = 'CLOSED' then ? else closed_at end,"
                                + " outcome = coalesce(?, outcome) where id = ?")
                        .params(to.name(), to.name(), now, to.name(), now, allowed.outcome(), caseId).update();
                audit(workspaceId, caseId, handler, "status-changed", current.get().id() + " -> " + to.id());
                yield new Change.Done(to);
            }
        };
    }

    /** Adds a handler's message to a case (the reporter reads it with the receipt code), audited. */
    @Transactional
    boolean handlerMessage(long workspaceId, long caseId, String body, String handler) {
        int found = jdbc.sql("select count(*) from grievance_case where workspace_id = ? and id = ?")
                .params(workspaceId, caseId).query(Integer.class).single();
        if (found == 0) {
            return false;
        }
        jdbc.sql("insert into grievance_message (case_id, handler, body, created_at) values (?, ?, ?, ?)")
                .params(caseId, handler, body, Timestamp.from(clock.instant())).update();
        audit(workspaceId, caseId, handler, "message-sent", null);
        return true;
    }

    /** An attachment of a case of a workspace, audited: its name, type and bytes. */
    @Transactional
    Optional<Attachment> attachment(long workspaceId, long caseId, long attachmentId, String viewer) {
        Optional<Attachment> found = jdbc.sql("select a.file_name, a.content_type, a.bytes from grievance_attachment a"
                        + " join grievance_case c on c.id = a.case_id where c.workspace_id = ? and c.id = ? and a.id = ?")
                .params(workspaceId, caseId, attachmentId)
                .query((rs, row) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
        found.ifPresent(a -> audit(workspaceId, caseId, viewer, "attachment-downloaded", Long.toString(attachmentId)));
        return found;
    }

    /**
     * The audit lines the case list shows, the newest; the whole trail has its own pages
     * ({@link #trail}) and its CSV export ({@link #exportTrail}).
     */
    static final int AUDIT_LINES = 20;

    /** The audit lines of one page of the whole trail. */
    static final int TRAIL_PAGE_LINES = 100;

    /**
     * One page of a workspace's audit trail, newest first.
     *
     * @param lines at most {@value #TRAIL_PAGE_LINES} lines
     * @param older the id to ask the next, older page with ({@code before}), null on the last page
     */
    record TrailPage(List<AuditEntry> lines, @Nullable Long older) {
    }

    /**
     * A page of the audit trail of a workspace's grievance mechanism, the view audited first (so the
     * first page starts with it): the lines older than {@code before} (the newest when null).
     */
    @Transactional
    TrailPage trail(long workspaceId, String viewer, @Nullable Long before) {
        auditView(workspaceId, null, viewer, "trail-viewed");
        List<AuditEntry> lines = jdbc.sql("select id, username, action, " + AUDIT_DETAIL + ", at from grievance_audit"
                        + " where workspace_id = ? and id < ? order by id desc limit ?")
                .params(workspaceId, before == null ? Long.MAX_VALUE : before, TRAIL_PAGE_LINES + 1)
                .query(Grievances::auditEntry).list();
        return lines.size() > TRAIL_PAGE_LINES
                ? new TrailPage(lines.subList(0, TRAIL_PAGE_LINES), lines.get(TRAIL_PAGE_LINES - 1).id())
                : new TrailPage(lines, null);
    }

    /** An audit line as exported: its case apart from its detail. */
    record ExportedLine(long id, Instant at, String username, String action, @Nullable Long caseId,
            @Nullable String detail) {
    }

    /**
     * The whole audit trail of a workspace's grievance mechanism, oldest first, to {@code lines}, the
     * export audited first (so it is its own last line).
     */
    @Transactional
    void exportTrail(long workspaceId, String viewer, Consumer<ExportedLine> lines) {
        audit(workspaceId, null, viewer, "trail-exported", null);
        jdbc.sql("select id, at, username, action, case_id, detail from grievance_audit where workspace_id = ? order by id")
                .param(workspaceId)
                .query((RowCallbackHandler) rs -> {
                    long caseId = rs.getLong(5);
                    Long ofCase = rs.wasNull() ? null : caseId;
                    lines.accept(new ExportedLine(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), ofCase, rs.getString(6)));
                });
    }

    /**
     * The case list of a workspace as a viewer sees it, the view audited. The audit line is written and
     * the trail read by one statement (the trail's other lines as they were before it), then the cases
     * are read: two round trips, each statement atomic on its own, the view audited before anything of
     * the cases is read. The view's line is committed without waiting for the disk ({@link #NO_DISK_WAIT}).
     */
    CaseList caseList(long workspaceId, String viewer) {
        List<AuditEntry> audit = jdbc.sql(NO_DISK_WAIT + ", viewed as (insert into grievance_audit"
                        + " (case_id, workspace_id, username, action, detail, at) select null, ?, ?, 'list-viewed', null, ?"
                        + " from no_disk_wait returning id, username, action, '' as detail, at)"
                        + " select id, username, action, detail, at from viewed"
                        + " union all (select id, username, action, " + AUDIT_DETAIL + ", at from grievance_audit"
                        + " where workspace_id = ? order by id desc limit ?)"
                        + " order by id desc")
                .params(workspaceId, viewer, Timestamp.from(clock.instant()), workspaceId, AUDIT_LINES - 1)
                .query(Grievances::auditEntry).list();
        return new CaseList(summaries(workspaceId), audit);
    }

    /** An audit line's detail as the trail shows it: the case, then the detail ("#12 received -> closed"). */
    private static final String AUDIT_DETAIL = "coalesce('#' || case_id || ' ', '') || coalesce(detail, '')";

    private List<Message> messages(long caseId) {
        return jdbc.sql("select handler, body, created_at from grievance_message where case_id = ? order by id")
                .param(caseId)
                .query((rs, row) -> new Message(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
    }

    private List<AttachmentInfo> attachments(long caseId) {
        return jdbc.sql("select id, file_name, content_type, length(bytes) from grievance_attachment where case_id = ?"
                        + " order by id")
                .param(caseId)
                .query((rs, row) -> new AttachmentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    private List<AuditEntry> auditTrail(long caseId) {
        return jdbc.sql("select id, username, action, detail, at from grievance_audit where case_id = ? order by id")
                .param(caseId).query(Grievances::auditEntry).list();
    }

    /**
     * The start of a statement that writes the audit line of a <em>view</em> (the case list, a case, the
     * trail's pages): its transaction's commit does not wait for the write-ahead log to reach the disk
     * (PostgreSQL's {@code synchronous_commit = off} for this transaction only). The line is committed and
     * seen by everyone at once, like any other; only a crash of the database server or of the machine in
     * the next fraction of a second (three times {@code wal_writer_delay}, 0.6 s by default) could lose it,
     * never leaving the database inconsistent (PostgreSQL documentation, "Asynchronous Commit"). Every
     * view writes a line, so waiting for the disk at each one made the case list the slowest page under
     * load. Changes (a status, a message) and what leaves the server (an attachment, the CSV export) wait
     * for the disk as before.
     */
    static final String NO_DISK_WAIT = "with no_disk_wait as (select set_config('synchronous_commit', 'off', true))";

    /** Writes the audit line of a view ({@link #NO_DISK_WAIT}) in the current transaction. */
    private void auditView(long workspaceId, @Nullable Long caseId, String username, String action) {
        jdbc.sql(NO_DISK_WAIT + " insert into grievance_audit (case_id, workspace_id, username, action, detail, at)"
                        + " select ?, ?, ?, ?, null, ? from no_disk_wait")
                .params(caseId, workspaceId, username, action, Timestamp.from(clock.instant())).update();
    }

    private void audit(long workspaceId, Long caseId, String username, String action, String detail) {
        jdbc.sql("insert into grievance_audit (case_id, workspace_id, username, action, detail, at) values (?, ?, ?, ?, ?, ?)")
                .params(caseId, workspaceId, username, action, detail, Timestamp.from(clock.instant())).update();
    }

    private static final String SUMMARY = "id, category, country, mineral, status, received_at, acknowledge_by,"
            + " acknowledged_at";

    private static Summary summary(ResultSet rs, int row) throws SQLException {
        return new Summary(rs.getLong("id"), GrievanceCategory.valueOf(rs.getString("category")),
                rs.getString("country"), rs.getString("mineral"), GrievanceStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("acknowledge_by").toInstant(),
                instant(rs, "acknowledged_at"));
    }

    private static AuditEntry auditEntry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
