package fr.vigie.app.supplier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.vigie.app.account.SecurityEvents;
import fr.vigie.app.assessment.DeclarationFinding;
import fr.vigie.app.assessment.SupplierDeclarations;
import fr.vigie.app.assessment.SupplierDeclarations.FileOutcome;
import fr.vigie.app.shell.UserText;
import fr.vigie.app.workspace.WorkspaceGrant;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Campaigns: a template asked of some suppliers by a due date, one request per supplier, each with its
 * answers. Every e-mail goes through the {@link Outbox} in the transaction that decides it.
 *
 * <ul>
 *   <li>Creating a campaign writes one request and one e-mail per supplier, in its language, with a
 *       personal link {@code <base>/supplier/<token>}.
 *   <li>Reminders ({@link #remind()}, scheduled): a request still {@code requested} a day after it was
 *       sent gets one reminder when the due date is {@code vigie.campaigns.remind-before} days away or
 *       less; a request still waiting after its due date gets one overdue reminder and becomes {@code
 *       overdue}. The requests are claimed with {@code FOR UPDATE SKIP LOCKED} in the transaction that
 *       writes the reminder and changes the status, so two schedulers (two instances on one database)
 *       never remind twice.
 *   <li>The portal's token opens one request until the due date plus {@code vigie.campaigns.grace-period};
 *       an uploaded file is read at once (the same checks as the declaration uploads) and its findings
 *       kept with the answer; a file the engine could read makes the request {@code received}.
 *   <li>An analyst accepts or rejects a received answer with a comment, which is e-mailed to the
 *       supplier (a rejection with a new link for a corrected file); an accepted file joins the
 *       workspace's declarations.
 * </ul>
 */
@Service
public class Campaigns {

    private static final Log logger = LogFactory.getLog(Campaigns.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MESSAGE_MAX = 4000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Suppliers suppliers;
    private final Outbox outbox;
    private final CampaignMails mails;
    private final SupplierDeclarations declarations;
    private final SecurityEvents events;
    private final Clock clock;
    private final int remindBeforeDays;
    private final int graceDays;
    private final String publicUrl;

    Campaigns(JdbcClient jdbc, TransactionTemplate transactions, Suppliers suppliers, Outbox outbox,
            CampaignMails mails, SupplierDeclarations declarations, SecurityEvents events,
            @Value("${vigie.campaigns.remind-before:7d}") Duration remindBefore,
            @Value("${vigie.campaigns.grace-period:30d}") Duration grace,
            @Value("${vigie.public-url:}") String publicUrl) {
        if (remindBefore.isNegative() || grace.isNegative()) {
            throw new IllegalArgumentException("vigie.campaigns: remind-before and grace-period must be >= 0 (given "
                    + remindBefore + ", " + grace + ")");
        }
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.suppliers = suppliers;
        this.outbox = outbox;
        this.mails = mails;
        this.declarations = declarations;
        this.events = events;
        this.clock = Clock.systemDefaultZone();
        this.remindBeforeDays = (int) remindBefore.toDays();
        this.graceDays = (int) grace.toDays();
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
    }

    /** A campaign as asked in the form or the API. */
    public record Input(@Nullable String template, @Nullable List<Long> supplierIds, @Nullable String dueDate,
            @Nullable String message) {
    }

    /** What became of a campaign's creation. */
    public sealed interface Outcome {
        /** Created, its e-mails written. */
        record Created(Campaign campaign) implements Outcome {
        }

        /** Refused fields; nothing written. */
        record Invalid(List<SupplierInput.Invalid> errors) implements Outcome {
        }
    }

    /**
     * A supplier's answer (one uploaded file).
     *
     * @param stored whether the engine could read it (else {@code findings} holds the reason)
     */
    public record Answer(long id, Instant receivedAt, String fileName, boolean stored, String template,
            String version, String company, List<DeclarationFinding> findings) {

        /** The number of findings of severity error. */
        public long errors() {
            return findings.stream().filter(f -> f.severity().equals("error")).count();
        }
    }

    /** A request to one supplier, with its answers (newest first). */
    public record Request(long id, long campaignId, long supplierId, String supplierName, String supplierEmail,
            SupplierLanguage language, RequestStatus status, Instant requestedAt, @Nullable Instant remindedBefore,
            @Nullable Instant remindedOverdue, @Nullable Instant decidedAt, @Nullable String decidedBy,
            @Nullable String comment, List<Answer> answers) {

        /** The newest answer, if any. */
        public Optional<Answer> last() {
            return answers.stream().findFirst();
        }
    }

    /** A campaign with its requests. */
    public record Campaign(long id, DeclarationTemplate template, LocalDate dueDate, String message,
            Instant createdAt, String createdBy, List<Request> requests) {
    }

    /** A line of the campaign list. */
    public record Summary(long id, DeclarationTemplate template, LocalDate dueDate, Instant createdAt,
            String createdBy, int requests, int answered) {
    }

    /** A request of a supplier with its campaign, for the supplier's history. */
    public record History(long campaignId, DeclarationTemplate template, LocalDate dueDate, Request request) {
    }

    /** What the portal shows for a token. */
    public record Portal(long requestId, String company, String supplier, SupplierLanguage language,
            DeclarationTemplate template, LocalDate dueDate, LocalDate expires, String message, RequestStatus status,
            @Nullable String comment, List<Answer> answers) {

        /** Whether the supplier may still send a file (until the analyst accepts one). */
        public boolean canUpload() {
            return status != RequestStatus.ACCEPTED;
        }
    }

    /** The supplier, campaign and workspace of a request, for its e-mails. */
    private record Target(long requestId, RequestStatus status, long workspaceId, long campaignId, LocalDate due,
            String baseUrl, String email, CampaignMails.Context context) {
    }

    /** The day the campaigns count with. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The last day a link of a campaign due on {@code due} opens the portal. */
    public LocalDate expires(LocalDate due) {
        return due.plusDays(graceDays);
    }

    /**
     * Creates a campaign and writes its e-mails (one per supplier), then sends them when an SMTP
     * server is configured.
     *
     * @param requestBaseUrl the address of this server as the request reached it, used for the links
     *                       when {@code vigie.public-url} is not set
     */
    public Outcome create(WorkspaceGrant grant, Input input, String requestBaseUrl) {
        if (!grant.canEdit()) {
            throw new AccessDeniedException("read-only");
        }
        List<SupplierInput.Invalid> errors = new ArrayList<>();
        Optional<DeclarationTemplate> template = DeclarationTemplate.of(input.template());
        if (template.isEmpty()) {
            errors.add(new SupplierInput.Invalid("template", "campaign.error.template"));
        }
        Optional<LocalDate> due = Optional.empty();
        try {
            due = input.dueDate() == null ? Optional.empty() : Optional.of(LocalDate.parse(input.dueDate().strip()));
        } catch (DateTimeParseException e) {
            due = Optional.empty();
        }
        if (due.isEmpty() || due.get().isBefore(today())) {
            errors.add(new SupplierInput.Invalid("due_date", "campaign.error.due-date"));
        }
        Set<Long> ids = new LinkedHashSet<>(input.supplierIds() == null ? List.of() : input.supplierIds());
        List<Supplier> chosen = new ArrayList<>();
        for (Long id : ids) {
            if (id == null) {
                continue;
            }
            suppliers.find(grant, id).ifPresentOrElse(chosen::add,
                    () -> errors.add(new SupplierInput.Invalid("supplier_ids", "campaign.error.supplier")));
        }
        if (chosen.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("supplier_ids"))) {
            errors.add(new SupplierInput.Invalid("supplier_ids", "campaign.error.no-supplier"));
        }
        String message = input.message() == null ? "" : UserText.displayable(input.message().replace("\r\n", "\n"))
                .strip();
        if (message.length() > MESSAGE_MAX) {
            errors.add(new SupplierInput.Invalid("message", "campaign.error.message"));
        }
        if (!errors.isEmpty()) {
            return new Outcome.Invalid(List.copyOf(errors));
        }
        String base = publicUrl.isEmpty() ? requestBaseUrl.replaceAll("/+$", "") : publicUrl;
        LocalDate dueDate = due.orElseThrow();
        DeclarationTemplate t = template.orElseThrow();
        Long campaignId = transactions.execute(status -> {
            long id = jdbc.sql("insert into supplier_campaign (workspace_id, template, due_date, message, base_url,"
                            + " created_by) values (?, ?, ?, ?, ?, ?) returning id")
                    .params(grant.id(), t.name(), dueDate, message, base, grant.username())
                    .query(Long.class).single();
            for (Supplier s : chosen) {
                long requestId = jdbc.sql("insert into supplier_request (campaign_id, supplier_id, status)"
                                + " values (?, ?, 'requested') returning id")
                        .params(id, s.id()).query(Long.class).single();
                CampaignMails.Context context = new CampaignMails.Context(grant.workspace().name(), s.name(), t,
                        dueDate, message, s.language());
                CampaignMails.Mail mail = mails.request(context, link(base, requestId), expires(dueDate));
                outbox.enqueue(grant.id(), s.email(), mail.subject(), mail.body());
            }
            return id;
        });
        long id = campaignId == null ? 0 : campaignId;
        events.record("campaign-created", Map.of("workspace.id", grant.id(), "campaign.id", id,
                "requests", chosen.size()));
        dispatch();
        return new Outcome.Created(find(grant, id).orElseThrow());
    }

    /**
     * Requests sent and answered in all the campaigns of a workspace.
     *
     * @param requests declaration requests sent
     * @param answered requests a supplier has answered (a file received, accepted or rejected)
     */
    public record Progress(int requests, int answered) {

        /** No request sent. */
        public static final Progress NONE = new Progress(0, 0);
    }

    /**
     * The progress of the campaigns of several workspaces (the sums of {@link Summary#requests} and
     * {@link Summary#answered} over {@link #list}), by workspace id, in one query; a workspace without
     * any campaign has no entry.
     */
    public Map<Long, Progress> progress(List<WorkspaceGrant> grants) {
        Map<Long, Progress> progress = new LinkedHashMap<>();
        if (grants.isEmpty()) {
            return progress;
        }
        jdbc.sql("select c.workspace_id, count(r.id) as requests,"
                        + " count(r.id) filter (where r.status in ('received', 'accepted', 'rejected')) as answered"
                        + " from supplier_campaign c left join supplier_request r on r.campaign_id = c.id"
                        + " where c.workspace_id in (" + String.join(", ", java.util.Collections.nCopies(grants.size(), "?"))
                        + ") group by c.workspace_id")
                .params(grants.stream().map(WorkspaceGrant::id).toList())
                .query(rs -> { progress.put(rs.getLong(1), new Progress(rs.getInt("requests"), rs.getInt("answered"))); });
        return progress;
    }

    /** The workspace's campaigns, newest first. */
    public List<Summary> list(WorkspaceGrant grant) {
        return jdbc.sql("select c.id, c.template, c.due_date, c.created_at, c.created_by, count(r.id) as requests,"
                        + " count(r.id) filter (where r.status in ('received', 'accepted', 'rejected')) as answered"
                        + " from supplier_campaign c left join supplier_request r on r.campaign_id = c.id"
                        + " where c.workspace_id = ? group by c.id order by c.id desc")
                .param(grant.id())
                .query((rs, n) -> new Summary(rs.getLong("id"), DeclarationTemplate.valueOf(rs.getString("template")),
                        rs.getObject("due_date", LocalDate.class), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by"), rs.getInt("requests"), rs.getInt("answered")))
                .list();
    }

    /**
     * The workspace's campaigns in figures, for the reports a company files: campaigns sent, and the
     * suppliers (each counted once, whatever the number of campaigns that asked them) asked, who
     * answered at least once (a file received, accepted or rejected), and whose last file of some
     * campaign was accepted.
     *
     * @param campaigns         campaigns sent
     * @param suppliersAsked    distinct suppliers asked by at least one campaign
     * @param suppliersAnswered distinct suppliers who sent at least one file
     * @param suppliersAccepted distinct suppliers with at least one accepted file
     */
    public record Figures(int campaigns, int suppliersAsked, int suppliersAnswered, int suppliersAccepted) {
    }

    /** The figures of the workspace's campaigns ({@link Figures}). */
    public Figures figures(WorkspaceGrant grant) {
        return jdbc.sql("select count(distinct c.id) as campaigns, count(distinct r.supplier_id) as asked,"
                        + " count(distinct r.supplier_id) filter (where r.status in ('received', 'accepted', 'rejected'))"
                        + " as answered,"
                        + " count(distinct r.supplier_id) filter (where r.status = 'accepted') as accepted"
                        + " from supplier_campaign c left join supplier_request r on r.campaign_id = c.id"
                        + " where c.workspace_id = ?")
                .param(grant.id())
                .query((rs, n) -> new Figures(rs.getInt("campaigns"), rs.getInt("asked"), rs.getInt("answered"),
                        rs.getInt("accepted")))
                .single();
    }

    /** One campaign of the workspace with its requests and their answers. */
    public Optional<Campaign> find(WorkspaceGrant grant, long id) {
        return jdbc.sql("select id, template, due_date, message, created_at, created_by from supplier_campaign"
                        + " where workspace_id = ? and id = ?")
                .params(grant.id(), id)
                .query((rs, n) -> new Campaign(rs.getLong("id"), DeclarationTemplate.valueOf(rs.getString("template")),
                        rs.getObject("due_date", LocalDate.class), rs.getString("message"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), List.of()))
                .optional()
                .map(c -> new Campaign(c.id(), c.template(), c.dueDate(), c.message(), c.createdAt(), c.createdBy(),
                        requests("r.campaign_id = ?", id, c.dueDate())));
    }

    /** A supplier's requests and answers, newest first. */
    public List<History> history(WorkspaceGrant grant, long supplierId) {
        List<History> out = new ArrayList<>();
        jdbc.sql("select r.id, c.id as campaign_id, c.template, c.due_date from supplier_request r"
                        + " join supplier_campaign c on c.id = r.campaign_id"
                        + " where c.workspace_id = ? and r.supplier_id = ? order by r.id desc")
                .params(grant.id(), supplierId)
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getLong("campaign_id"),
                        DeclarationTemplate.valueOf(rs.getString("template")), rs.getObject("due_date", LocalDate.class)})
                .list()
                .forEach(row -> requests("r.id = ?", (Long) row[0], (LocalDate) row[3]).forEach(r ->
                        out.add(new History((Long) row[1], (DeclarationTemplate) row[2], (LocalDate) row[3], r))));
        return out;
    }

    private List<Request> requests(String where, long param, LocalDate due) {
        LocalDate today = today();
        Map<Long, List<Answer>> answers = new LinkedHashMap<>();
        jdbc.sql("select a.id, a.request_id, a.received_at, a.file_name, a.stored, a.template, a.version, a.company,"
                        + " a.findings::text as findings from supplier_answer a join supplier_request r on r.id = a.request_id"
                        + " where " + where + " order by a.id desc")
                .param(param)
                .query((rs, n) -> {
                    answers.computeIfAbsent(rs.getLong("request_id"), k -> new ArrayList<>()).add(answer(rs));
                    return 0;
                })
                .list();
        return jdbc.sql("select r.id, r.campaign_id, r.supplier_id, s.name, s.email, s.language, r.status,"
                        + " r.requested_at, r.reminded_before, r.reminded_overdue, r.decided_at, r.decided_by,"
                        + " r.decision_comment from supplier_request r join supplier s on s.id = r.supplier_id"
                        + " where " + where + " order by lower(s.name), r.id")
                .param(param)
                .query((rs, n) -> new Request(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("supplier_id"),
                        rs.getString("name"), rs.getString("email"),
                        SupplierLanguage.of(rs.getString("language")).orElseThrow(),
                        RequestStatus.of(rs.getString("status")).on(today, due), rs.getTimestamp("requested_at").toInstant(),
                        instant(rs.getTimestamp("reminded_before")), instant(rs.getTimestamp("reminded_overdue")),
                        instant(rs.getTimestamp("decided_at")), rs.getString("decided_by"),
                        rs.getString("decision_comment"), List.copyOf(answers.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    private static Answer answer(ResultSet rs) throws SQLException {
        return new Answer(rs.getLong("id"), rs.getTimestamp("received_at").toInstant(), rs.getString("file_name"),
                rs.getBoolean("stored"), rs.getString("template"), rs.getString("version"), rs.getString("company"),
                JSON.readValue(rs.getString("findings"), new TypeReference<List<DeclarationFinding>>() { }));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    // ---- reminders

    /** Sends the due reminders, then the pending e-mails (every 15 minutes by default). */
    @Scheduled(cron = "${vigie.campaigns.reminder-cron:0 */15 * * * *}")
    void scheduledReminders() {
        remind();
    }

    /**
     * Writes the reminders that are due and marks their requests, in one transaction that holds the
     * requests it claimed ({@code FOR UPDATE SKIP LOCKED}): a concurrent run skips them, and a later
     * run no longer finds them due. Then sends the pending e-mails.
     *
     * @return the number of reminders written by this run
     */
    public int remind() {
        LocalDate today = today();
        Integer written = transactions.execute(status -> {
            List<Long> due = jdbc.sql("select r.id from supplier_request r join supplier_campaign c on c.id = r.campaign_id"
                            + " where r.requested_at <= ? and ((r.status = 'requested' and c.due_date >= ? and c.due_date <= ?)"
                            + " or (r.status in ('requested', 'reminded') and c.due_date < ?))"
                            + " order by r.id limit 500 for update of r skip locked")
                    .params(Timestamp.from(clock.instant().minus(Duration.ofDays(1))), today,
                            today.plusDays(remindBeforeDays), today)
                    .query(Long.class).list();
            for (long requestId : due) {
                Target t = target(requestId);
                boolean overdue = t.due().isBefore(today);
                String link = link(t.baseUrl(), requestId);
                CampaignMails.Mail mail = overdue ? mails.overdue(t.context(), link, expires(t.due()))
                        : mails.reminder(t.context(), link, expires(t.due()));
                outbox.enqueue(t.workspaceId(), t.email(), mail.subject(), mail.body());
                jdbc.sql(overdue ? "update supplier_request set status = 'overdue', reminded_overdue = now() where id = ?"
                                : "update supplier_request set status = 'reminded', reminded_before = now() where id = ?")
                        .param(requestId).update();
            }
            return due.size();
        });
        if (written != null && written > 0) {
            logger.info(written + " campaign reminder(s) written");
        }
        dispatch();
        return written == null ? 0 : written;
    }

    private void dispatch() {
        try {
            outbox.dispatch();
        } catch (RuntimeException e) {
            // the messages stay pending in the outbox; the scheduled dispatch tries again
            logger.warn("campaign e-mails not sent now: " + e.getMessage());
        }
    }

    /** A new personal link for a request (a new token; the earlier ones stay valid until expiry). */
    private String link(String baseUrl, long requestId) {
        String token = PortalTokens.generate();
        jdbc.sql("insert into supplier_request_token (token_sha256, request_id) values (?, ?)")
                .params(PortalTokens.hash(token), requestId).update();
        return baseUrl + "/supplier/" + token;
    }

    private Target target(long requestId) {
        return jdbc.sql("select r.id, r.status, c.workspace_id, c.id as campaign_id, c.template, c.due_date, c.message,"
                        + " c.base_url, s.name as supplier, s.email, s.language, w.name as company"
                        + " from supplier_request r join supplier_campaign c on c.id = r.campaign_id"
                        + " join supplier s on s.id = r.supplier_id join workspace w on w.id = c.workspace_id"
                        + " where r.id = ?")
                .param(requestId)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    return new Target(rs.getLong("id"), RequestStatus.of(rs.getString("status")), rs.getLong("workspace_id"),
                            rs.getLong("campaign_id"), due, rs.getString("base_url"), rs.getString("email"),
                            new CampaignMails.Context(rs.getString("company"), rs.getString("supplier"),
                                    DeclarationTemplate.valueOf(rs.getString("template")), due, rs.getString("message"),
                                    SupplierLanguage.of(rs.getString("language")).orElseThrow()));
                })
                .single();
    }

    // ---- portal

    /** The request a token opens, while it is valid; empty for an unknown, malformed or expired token. */
    private Optional<Target> open(String token) {
        if (!PortalTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<Long> requestId = jdbc.sql("select request_id from supplier_request_token where token_sha256 = ?")
                .param(PortalTokens.hash(token)).query(Long.class).optional();
        return requestId.map(this::target).filter(t -> !today().isAfter(expires(t.due())));
    }

    /** What the portal shows for a token; empty when the token opens nothing (404). */
    public Optional<Portal> portal(String token) {
        return open(token).map(t -> {
            Request r = requests("r.id = ?", t.requestId(), t.due()).getFirst();
            CampaignMails.Context c = t.context();
            return new Portal(t.requestId(), c.company(), c.supplier(), c.language(), c.template(), t.due(),
                    expires(t.due()), c.message(), r.status(), r.comment(), r.answers());
        });
    }

    /**
     * Reads a file the supplier sent through the portal and keeps it as an answer with its findings;
     * a file the engine could read makes the request {@code received} (unless already accepted).
     *
     * @return the outcome shown to the supplier at once; empty when the token opens nothing (404)
     */
    public Optional<FileOutcome> upload(String token, String fileName, long size, InputStream content)
            throws IOException {
        Optional<Target> target = open(token);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Target t = target.get();
        if (t.status() == RequestStatus.ACCEPTED) {
            return Optional.empty();
        }
        FileOutcome outcome;
        byte[] bytes = null;
        if (size > declarations.maxBytes()) {
            outcome = declarations.check(new SupplierDeclarations.Upload(fileName, size, content));
        } else {
            bytes = content.readNBytes((int) declarations.maxBytes() + 1);
            outcome = declarations.check(new SupplierDeclarations.Upload(fileName, bytes.length,
                    new ByteArrayInputStream(bytes)));
        }
        String sha = bytes == null ? "0".repeat(64) : sha256(bytes);
        byte[] kept = outcome.stored() ? bytes : null;
        FileOutcome result = outcome;
        transactions.executeWithoutResult(status -> {
            RequestStatus now = RequestStatus.of(jdbc.sql("select status from supplier_request where id = ? for update")
                    .param(t.requestId()).query(String.class).single());
            String template = result instanceof FileOutcome.Stored s ? s.template() : "";
            String version = result instanceof FileOutcome.Stored s ? s.version() : "";
            String company = result instanceof FileOutcome.Stored s ? s.company() : "";
            jdbc.sql("insert into supplier_answer (request_id, file_name, sha256, stored, template, version, company,"
                            + " findings, content) values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)")
                    .params(t.requestId(), result.name(), sha, result.stored(), template, version, company,
                            JSON.writeValueAsString(result.findings()), kept)
                    .update();
            if (result.stored() && now != RequestStatus.ACCEPTED) {
                jdbc.sql("update supplier_request set status = 'received' where id = ?").param(t.requestId()).update();
            }
        });
        events.record("supplier-answer", "supplier-portal", Map.of("workspace.id", t.workspaceId(),
                "request.id", t.requestId(), "stored", outcome.stored()));
        return Optional.of(outcome);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- decisions

    /** What became of a decision. */
    public sealed interface Decision {
        /** Recorded and e-mailed; for an acceptance, what became of the file in the workspace's declarations. */
        record Decided(RequestStatus status, List<FileOutcome> declarations) implements Decision {
        }

        /** No such request in this campaign of the workspace. */
        record NotFound() implements Decision {
        }

        /** The request has no answer waiting for a decision. */
        record NotReceived(RequestStatus status) implements Decision {
        }
    }

    /**
     * Accepts or rejects the received answer of a request, with a comment e-mailed to the supplier;
     * an accepted file is added to the workspace's declarations (read again, as an upload).
     */
    public Decision decide(WorkspaceGrant grant, long campaignId, long requestId, boolean accept, String comment)
            throws IOException {
        if (!grant.canEdit()) {
            throw new AccessDeniedException("read-only");
        }
        String cleanComment = UserText.displayable(comment == null ? "" : comment.replace("\r\n", "\n")).strip();
        if (cleanComment.length() > MESSAGE_MAX) {
            cleanComment = cleanComment.substring(0, MESSAGE_MAX);
        }
        String text = cleanComment;
        record Accepted(String fileName, byte[] content) {
        }
        Object[] result = new Object[1];
        Decision decision = transactions.execute(status -> {
            Optional<String> current = jdbc.sql("select r.status from supplier_request r join supplier_campaign c"
                            + " on c.id = r.campaign_id where r.id = ? and c.id = ? and c.workspace_id = ? for update of r")
                    .params(requestId, campaignId, grant.id()).query(String.class).optional();
            if (current.isEmpty()) {
                return new Decision.NotFound();
            }
            RequestStatus now = RequestStatus.of(current.get());
            if (now != RequestStatus.RECEIVED) {
                return new Decision.NotReceived(now);
            }
            RequestStatus next = accept ? RequestStatus.ACCEPTED : RequestStatus.REJECTED;
            jdbc.sql("update supplier_request set status = ?, decided_at = now(), decided_by = ?, decision_comment = ?"
                            + " where id = ?")
                    .params(next.id(), grant.username(), text, requestId).update();
            Target t = target(requestId);
            CampaignMails.Mail mail = accept ? mails.accepted(t.context(), text)
                    : mails.rejected(t.context(), link(t.baseUrl(), requestId), expires(t.due()), text);
            outbox.enqueue(grant.id(), t.email(), mail.subject(), mail.body());
            if (accept) {
                jdbc.sql("select file_name, content from supplier_answer where request_id = ? and stored"
                                + " and content is not null order by id desc limit 1")
                        .param(requestId)
                        .query((rs, n) -> new Accepted(rs.getString("file_name"), rs.getBytes("content")))
                        .optional().ifPresent(a -> result[0] = a);
            }
            return new Decision.Decided(next, List.of());
        });
        if (decision == null) {
            throw new IllegalStateException("no decision");
        }
        events.record("campaign-decision", Map.of("workspace.id", grant.id(), "request.id", requestId,
                "accepted", accept));
        dispatch();
        if (decision instanceof Decision.Decided decided && result[0] instanceof Accepted a) {
            List<FileOutcome> added = declarations.upload(grant, List.of(new SupplierDeclarations.Upload(a.fileName(),
                    a.content().length, new ByteArrayInputStream(a.content()))));
            return new Decision.Decided(decided.status(), added);
        }
        return decision;
    }
}
