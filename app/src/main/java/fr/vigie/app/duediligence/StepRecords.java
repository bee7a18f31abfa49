package fr.vigie.app.duediligence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.app.assessment.DueDiligenceRecord;
import fr.vigie.app.roadmap.Roadmap;
import fr.vigie.app.roadmap.RoadmapEvidence.FileType;
import fr.vigie.app.shell.UserText;
import fr.vigie.app.workspace.LedgerStore;
import fr.vigie.app.workspace.WorkspaceEngine;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceProfiles;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.ledger.FiliereAggregate;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.oecd.DueDiligenceSteps;
import fr.vigie.engine.oecd.MaturityPolicy;
import fr.vigie.engine.oecd.OecdSteps;
import fr.vigie.engine.oecd.Side;
import fr.vigie.engine.oecd.StepEntry;
import fr.vigie.engine.oecd.StepStatus;
import fr.vigie.engine.oecd.SubStep;
import fr.vigie.engine.regulation.profile.ChainPositions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A workspace's record of the OECD five steps (tables {@code dd_step}, {@code dd_step_action},
 * {@code dd_step_evidence}, {@code dd_step_audit}): reads, checked changes (each refused value names its
 * field), evidence files with the roadmap's guards (size limit {@code vigie.due-diligence.evidence.max-size},
 * 10 MB by default; type checked from the name and the first bytes), http and https links, the audit
 * trail, and the maturity by the engine's {@link MaturityPolicy}.
 */
@Service
public class StepRecords implements StepsSummaries, DueDiligenceRecord {

    /** The longest owner, link label. */
    static final int MAX_TEXT = 200;
    /** The longest link. */
    static final int MAX_URL = 2000;

    private final JdbcClient jdbc;
    private final WorkspaceEngine engine;
    private final Roadmap roadmap;
    private final LedgerStore ledgers;
    private final WorkspaceProfiles profiles;
    private final OecdSteps catalogue = OecdSteps.loadDefault();
    private final MaturityPolicy policy = new MaturityPolicy(catalogue);
    private final long maxBytes;
    /** The materials of stored ledgers, by ledger id, in the ledger's order: a stored ledger never changes. */
    private final Cache<Long, List<MineralId>> ledgerMaterials = Caffeine.newBuilder().maximumSize(KEPT).build();
    /** The maturities, keyed by all they are computed from. */
    private final Cache<MaturityKey, Maturities> maturities = Caffeine.newBuilder().maximumSize(KEPT).build();

    /** How many ledgers' materials and sets of maturities are kept (the least used go first). */
    static final int KEPT = 256;

    StepRecords(JdbcClient jdbc, WorkspaceEngine engine, Roadmap roadmap, LedgerStore ledgers,
            WorkspaceProfiles profiles, @Value("${vigie.due-diligence.evidence.max-size:10MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.roadmap = roadmap;
        this.ledgers = ledgers;
        this.profiles = profiles;
        this.maxBytes = maxSize.toBytes();
    }

    /**
     * A piece of evidence: a file or a link.
     *
     * @param id       database id
     * @param kind     {@code file} or {@code link}
     * @param fileName a file's name as uploaded
     * @param fileType a file's checked type id
     * @param bytes    a file's size
     * @param sha256   a file's content hash
     * @param url      a link's address
     * @param label    a link's label
     * @param addedBy  who
     * @param addedAt  when
     */
    public record Evidence(long id, String kind, Optional<String> fileName, Optional<String> fileType,
            Optional<Long> bytes, Optional<String> sha256, Optional<String> url, Optional<String> label,
            String addedBy, Instant addedAt) {
        public boolean file() {
            return "file".equals(kind);
        }
    }

    /**
     * What was recorded for one sub-step in one scope.
     *
     * @param scope     {@code company} or a filiere's mineral id
     * @param code      the sub-step, e.g. {@code 1e}
     * @param status    {@code not_started}, {@code in_progress}, {@code implemented} or {@code not_applicable}
     * @param owner     a workspace member's name or free text
     * @param startDate started on
     * @param dueDate   due on
     * @param doneDate  done on
     * @param actions   the linked roadmap actions' ids
     * @param evidence  files and links, oldest first
     * @param updatedAt last change (none when never recorded)
     * @param updatedBy who changed it last
     */
    public record SubStepRecord(String scope, String code, String status, Optional<String> owner,
            Optional<LocalDate> startDate, Optional<LocalDate> dueDate, Optional<LocalDate> doneDate,
            List<Long> actions, List<Evidence> evidence, Optional<Instant> updatedAt, Optional<String> updatedBy) {
        public SubStepRecord {
            actions = List.copyOf(actions);
            evidence = List.copyOf(evidence);
        }
    }

    /** An audit entry: who changed which field of which sub-step, when, from what to what. */
    public record AuditEntry(String scope, String code, String actor, Instant at, String field, String oldValue,
            String newValue) {
    }

    /**
     * The values a person sets on a sub-step, as typed (checked by {@link #save}); absent (null) keeps the
     * current value, an empty text clears it.
     */
    public record Change(String status, String owner, String startDate, String dueDate, String doneDate,
            List<Long> actions) {
    }

    /** Outcome of a change. */
    public sealed interface Outcome {
        /** Saved (or added). */
        record Saved(SubStepRecord record, Optional<Evidence> evidence) implements Outcome {
        }

        /** Refused: {@code field} names the value, {@code code} the message {@code dd.invalid.<code>}. */
        record Invalid(String field, String code) implements Outcome {
        }

        /** No such scope, sub-step or evidence in the workspace. */
        record NotFound() implements Outcome {
        }
    }

    /** An evidence file's record and content. */
    public record Download(Evidence evidence, FileType type, byte[] content) {
    }

    public OecdSteps catalogue() {
        return catalogue;
    }

    public MaturityPolicy policy() {
        return policy;
    }

    /** The size limit of one evidence file, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    // ------------------------------------------------------------------ scopes

    /**
     * A scope as stored: {@code company}, or the id of a mineral of the reference data (found by id, name
     * or alias); empty for anything else.
     */
    Optional<String> scope(String scope) {
        if (StepEntry.COMPANY.equals(scope)) {
            return Optional.of(scope);
        }
        return engine.referenceData().minerals().find(scope).map(m -> m.id().value());
    }

    /**
     * The filieres of the workspace with the company's side in each: the current ledger's materials, then
     * any other scope with entries, in that order.
     */
    public Map<String, Side> filieres(WorkspaceGrant grant) {
        ChainPositions positions = positions(grant.id());
        Map<String, Side> out = new LinkedHashMap<>();
        ledgers.current(grant.id()).ifPresent(l -> {
            for (MineralId material : ledgerMaterials.get(l.id(),
                    id -> ledgers.ledger(id).filieres().stream().map(FiliereAggregate::material).toList())) {
                out.put(material.value(), Side.of(positions.of(material)));
            }
        });
        for (String scope : jdbc.sql("select distinct scope from dd_step where workspace_id = ? order by scope")
                .param(grant.id()).query(String.class).list()) {
            if (!StepEntry.COMPANY.equals(scope) && !out.containsKey(scope)) {
                engine.referenceData().minerals().find(scope)
                        .ifPresent(m -> out.put(scope, Side.of(positions.of(m.id()))));
            }
        }
        return out;
    }

    /** The company's side where it has no filiere: its position in the profile. */
    public Side companySide(WorkspaceGrant grant) {
        return Side.of(positions(grant.id()).company());
    }

    private ChainPositions positions(long workspaceId) {
        try {
            return profiles.profile(workspaceId).positions();
        } catch (RuntimeException e) {
            // a profile that cannot be read yet (being written): the default position, downstream
            return ChainPositions.downstream();
        }
    }

    // ------------------------------------------------------------------ reads

    /** Every sub-step recorded in the workspace, by scope then code. */
    public List<SubStepRecord> records(WorkspaceGrant grant) {
        Map<Long, List<Long>> actions = new LinkedHashMap<>();
        jdbc.sql("select a.step_id, a.action_id from dd_step_action a join dd_step s on s.id = a.step_id"
                        + " where s.workspace_id = ? order by a.action_id")
                .param(grant.id()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list()
                .forEach(p -> actions.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]));
        Map<Long, List<Evidence>> evidence = new LinkedHashMap<>();
        jdbc.sql("select step_id, " + EVIDENCE_COLUMNS + " from dd_step_evidence where workspace_id = ? order by id")
                .param(grant.id()).query((rs, n) -> Map.entry(rs.getLong("step_id"), evidence(rs, n))).list()
                .forEach(e -> evidence.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("select * from dd_step where workspace_id = ? order by scope, code").param(grant.id())
                .query((rs, n) -> record(rs, actions.getOrDefault(rs.getLong("id"), List.of()),
                        evidence.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** One sub-step of a scope: what was recorded, or a not started one; empty for an unknown scope or code. */
    public Optional<SubStepRecord> find(WorkspaceGrant grant, String scope, String code) {
        Optional<String> s = scope(scope);
        if (s.isEmpty() || catalogue.subStep(code).isEmpty()) {
            return Optional.empty();
        }
        String c = catalogue.subStep(code).orElseThrow().code();
        return Optional.of(records(grant).stream().filter(r -> r.scope().equals(s.get()) && r.code().equals(c))
                .findFirst().orElseGet(() -> blank(s.get(), c)));
    }

    static SubStepRecord blank(String scope, String code) {
        return new SubStepRecord(scope, code, StepStatus.NOT_STARTED.id(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    /** The engine's view of the record: statuses and evidence counts. */
    public DueDiligenceSteps engineSteps(long workspaceId) {
        List<StepEntry> entries = jdbc.sql("select s.scope, s.code, s.status,"
                        + " (select count(*) from dd_step_evidence e where e.step_id = s.id) as evidence"
                        + " from dd_step s where s.workspace_id = ? order by s.scope, s.code")
                .param(workspaceId)
                .query((rs, n) -> new StepEntry(rs.getString("scope"), rs.getString("code"),
                        StepStatus.fromId(rs.getString("status")), rs.getInt("evidence")))
                .list();
        return DueDiligenceSteps.of(catalogue, entries);
    }

    /** Read by the assessment runs: the record, or empty when nothing was recorded (then as before). */
    @Override
    public Optional<DueDiligenceSteps> steps(long workspaceId) {
        DueDiligenceSteps steps = engineSteps(workspaceId);
        return steps.entries().isEmpty() ? Optional.empty() : Optional.of(steps);
    }

    /**
     * The maturity of the company and of each filiere.
     *
     * @param company   the company's, every scope counted
     * @param filieres  each filiere's, by mineral id, in {@link #filieres} order
     */
    public record Maturities(MaturityPolicy.Maturity company, Map<String, MaturityPolicy.Maturity> filieres) {
    }

    /**
     * All the maturities depend on: the record's entries, the filieres with the company's side in each
     * (in order), the company's side where it has no filiere.
     */
    private record MaturityKey(List<StepEntry> entries, List<Map.Entry<String, Side>> filieres, Side companySide) {
    }

    /**
     * The maturity of the company and of each filiere, computed once per distinct record, filieres and
     * side (kept: the policy's work is not redone at each page).
     */
    public Maturities maturities(DueDiligenceSteps steps, Map<String, Side> filieres, Side companySide) {
        return maturities.get(new MaturityKey(List.copyOf(steps.entries()),
                        filieres.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList(), companySide),
                k -> new Maturities(policy.company(steps, filieres, companySide), filiereMaturities(steps, filieres)));
    }

    /** The maturity of each filiere, by mineral id, in {@link #filieres} order. */
    public Map<String, MaturityPolicy.Maturity> filiereMaturities(DueDiligenceSteps steps,
            Map<String, Side> filieres) {
        Map<String, MaturityPolicy.Maturity> out = new LinkedHashMap<>();
        filieres.forEach((m, side) -> out.put(m, policy.filiere(steps, m, side)));
        return out;
    }

    @Override
    public StepsSummary summary(WorkspaceGrant grant) {
        DueDiligenceSteps steps = engineSteps(grant.id());
        Map<String, Side> filieres = filieres(grant);
        Map<String, Integer> evidence = new LinkedHashMap<>();
        for (StepEntry e : steps.entries()) {
            evidence.merge(e.scope() + "/" + e.code().charAt(0), e.evidence(), Integer::sum);
        }
        Maturities m = maturities(steps, filieres, companySide(grant));
        List<StepsSummary.Scope> scopes = new ArrayList<>();
        m.filieres().forEach((material, maturity) -> scopes.add(scope(maturity, evidence)));
        return new StepsSummary(MaturityPolicy.ID, OecdSteps.EDITION, scope(m.company(), evidence), scopes);
    }

    private static StepsSummary.Scope scope(MaturityPolicy.Maturity m, Map<String, Integer> evidence) {
        List<StepsSummary.Step> steps = new ArrayList<>();
        for (MaturityPolicy.StepMaturity s : m.steps()) {
            Map<String, Integer> levels = new LinkedHashMap<>();
            for (MaturityPolicy.Level l : MaturityPolicy.Level.values()) {
                levels.put(l.id(), s.count(l));
            }
            steps.add(new StepsSummary.Step(s.step(), s.score(), levels,
                    evidence.getOrDefault(m.scope() + "/" + s.step(), 0)));
        }
        return new StepsSummary.Scope(m.scope(), m.side().id(), m.score(), m.band().id(), steps);
    }

    /** The audit trail, newest first. */
    public List<AuditEntry> history(WorkspaceGrant grant) {
        return jdbc.sql("select scope, code, actor, at, field, old_value, new_value from dd_step_audit"
                        + " where workspace_id = ? order by id desc")
                .param(grant.id())
                .query((rs, n) -> new AuditEntry(rs.getString("scope"), rs.getString("code"), rs.getString("actor"),
                        rs.getTimestamp("at").toInstant(), rs.getString("field"), rs.getString("old_value"),
                        rs.getString("new_value")))
                .list();
    }

    // ------------------------------------------------------------------ changes

    /**
     * Saves a sub-step's status, owner, dates and linked actions (audited field by field), all or nothing.
     * Refused: {@code status} (not one of the four), {@code owner} (longer than 200 characters or with
     * control characters), {@code start_date}, {@code due_date}, {@code done_date} (not a date
     * yyyy-mm-dd; a done date before the start date), {@code actions} (not an action of the workspace's
     * roadmap).
     */
    @Transactional
    public Outcome save(WorkspaceGrant grant, String scope, String code, Change change) {
        requireEdit(grant);
        Optional<SubStepRecord> found = find(grant, scope, code);
        if (found.isEmpty()) {
            return new Outcome.NotFound();
        }
        SubStepRecord current = found.get();
        String status = current.status();
        if (change.status() != null) {
            try {
                status = StepStatus.fromId(change.status()).id();
            } catch (ProblemException e) {
                return new Outcome.Invalid("status", "status");
            }
        }
        Optional<String> owner = current.owner();
        if (change.owner() != null) {
            String o = change.owner().strip();
            if (o.length() > MAX_TEXT || UserText.hasUnsafe(o)) {
                return new Outcome.Invalid("owner", "owner");
            }
            owner = o.isEmpty() ? Optional.empty() : Optional.of(o);
        }
        Optional<Optional<LocalDate>> start = date(change.startDate(), current.startDate());
        if (start.isEmpty()) {
            return new Outcome.Invalid("start_date", "date");
        }
        Optional<Optional<LocalDate>> due = date(change.dueDate(), current.dueDate());
        if (due.isEmpty()) {
            return new Outcome.Invalid("due_date", "date");
        }
        Optional<Optional<LocalDate>> done = date(change.doneDate(), current.doneDate());
        if (done.isEmpty()) {
            return new Outcome.Invalid("done_date", "date");
        }
        if (start.get().isPresent() && done.get().isPresent() && done.get().get().isBefore(start.get().get())) {
            return new Outcome.Invalid("done_date", "done_before_start");
        }
        if (start.get().isPresent() && due.get().isPresent() && due.get().get().isBefore(start.get().get())) {
            return new Outcome.Invalid("due_date", "due_before_start");
        }
        List<Long> actions = current.actions();
        if (change.actions() != null) {
            Set<Long> wanted = new TreeSet<>(change.actions());
            for (Long a : wanted) {
                if (a == null || roadmap.find(grant, a).isEmpty()) {
                    return new Outcome.Invalid("actions", "actions");
                }
            }
            actions = List.copyOf(wanted);
        }
        long id = ensureRow(grant, current.scope(), current.code());
        jdbc.sql("update dd_step set status = ?, owner = ?, start_date = ?, due_date = ?, done_date = ?,"
                        + " updated_at = now(), updated_by = ? where id = ?")
                .params(status, owner.orElse(null), start.get().orElse(null), due.get().orElse(null),
                        done.get().orElse(null), grant.username(), id)
                .update();
        audit(grant, current, "status", current.status(), status);
        audit(grant, current, "owner", current.owner().orElse(""), owner.orElse(""));
        audit(grant, current, "start_date", text(current.startDate()), text(start.get()));
        audit(grant, current, "due_date", text(current.dueDate()), text(due.get()));
        audit(grant, current, "done_date", text(current.doneDate()), text(done.get()));
        for (Long a : current.actions()) {
            if (!actions.contains(a)) {
                jdbc.sql("delete from dd_step_action where step_id = ? and action_id = ?").params(id, a).update();
                audit(grant, current, "action_unlinked", "#" + a, "");
            }
        }
        for (Long a : actions) {
            if (!current.actions().contains(a)) {
                jdbc.sql("insert into dd_step_action (step_id, action_id) values (?, ?)").params(id, a).update();
                audit(grant, current, "action_linked", "", "#" + a);
            }
        }
        return new Outcome.Saved(find(grant, current.scope(), current.code()).orElseThrow(), Optional.empty());
    }

    /**
     * Adds an evidence file (audited). Refused, field {@code file}: {@code file_name} (no name, longer
     * than 255 characters, control characters), {@code file_empty}, {@code file_size} (above the
     * limit), {@code file_type} (not one of the accepted types by its name and its first bytes).
     */
    @Transactional
    public Outcome addFile(WorkspaceGrant grant, String scope, String code, String originalName, InputStream content)
            throws IOException {
        requireEdit(grant);
        Optional<SubStepRecord> found = find(grant, scope, code);
        if (found.isEmpty()) {
            return new Outcome.NotFound();
        }
        String given = originalName.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1)
                .strip();
        if (given.isEmpty() || given.length() > 255 || UserText.hasUnsafe(given)) {
            return new Outcome.Invalid("file", "file_name");
        }
        byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length == 0) {
            return new Outcome.Invalid("file", "file_empty");
        }
        if (bytes.length > maxBytes) {
            return new Outcome.Invalid("file", "file_size");
        }
        Optional<FileType> type = FileType.checked(given, bytes);
        if (type.isEmpty()) {
            return new Outcome.Invalid("file", "file_type");
        }
        SubStepRecord current = found.get();
        long step = ensureRow(grant, current.scope(), current.code());
        long id = jdbc.sql("insert into dd_step_evidence (workspace_id, step_id, kind, file_name, file_type, file_bytes,"
                        + " sha256, content, added_by) values (?, ?, 'file', ?, ?, ?, ?, ?, ?) returning id")
                .params(grant.id(), step, given, type.get().id(), bytes.length, sha256(bytes), bytes, grant.username())
                .query(Long.class).single();
        audit(grant, current, "evidence_added", "", given);
        return saved(grant, current, id);
    }

    /**
     * Adds a link (audited). Refused: {@code url} (not an absolute http or https address with a host,
     * longer than 2,000 characters, control characters), {@code label} (longer than 200 characters,
     * control characters).
     */
    @Transactional
    public Outcome addLink(WorkspaceGrant grant, String scope, String code, String url, String label) {
        requireEdit(grant);
        Optional<SubStepRecord> found = find(grant, scope, code);
        if (found.isEmpty()) {
            return new Outcome.NotFound();
        }
        String u = url == null ? "" : url.strip();
        if (!webAddress(u)) {
            return new Outcome.Invalid("url", "url");
        }
        String l = label == null ? "" : label.strip();
        if (l.length() > MAX_TEXT || UserText.hasUnsafe(l)) {
            return new Outcome.Invalid("label", "label");
        }
        SubStepRecord current = found.get();
        long step = ensureRow(grant, current.scope(), current.code());
        long id = jdbc.sql("insert into dd_step_evidence (workspace_id, step_id, kind, url, label, added_by)"
                        + " values (?, ?, 'link', ?, ?, ?) returning id")
                .params(grant.id(), step, u, l.isEmpty() ? null : l, grant.username())
                .query(Long.class).single();
        audit(grant, current, "evidence_added", "", u);
        return saved(grant, current, id);
    }

    /** Whether a text is an absolute http or https address with a host, of at most 2,000 characters. */
    static boolean webAddress(String u) {
        if (u.isEmpty() || u.length() > MAX_URL || UserText.hasUnsafe(u) || u.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Removes a piece of evidence (audited); false when the sub-step has no such evidence. */
    @Transactional
    public boolean removeEvidence(WorkspaceGrant grant, String scope, String code, long evidenceId) {
        requireEdit(grant);
        Optional<SubStepRecord> found = find(grant, scope, code);
        Optional<Evidence> e = found.flatMap(r -> r.evidence().stream().filter(x -> x.id() == evidenceId).findFirst());
        if (e.isEmpty()) {
            return false;
        }
        jdbc.sql("delete from dd_step_evidence where id = ? and workspace_id = ?").params(evidenceId, grant.id()).update();
        audit(grant, found.get(), "evidence_removed", e.get().fileName().or(() -> e.get().url()).orElse(""), "");
        return true;
    }

    /** An evidence file and its content; empty for a link or an unknown id. */
    public Optional<Download> download(WorkspaceGrant grant, String scope, String code, long evidenceId) {
        return find(grant, scope, code)
                .flatMap(r -> r.evidence().stream().filter(x -> x.id() == evidenceId && x.file()).findFirst())
                .map(e -> new Download(e, fileType(e.fileType().orElseThrow()),
                        jdbc.sql("select content from dd_step_evidence where id = ?").param(e.id())
                                .query((rs, n) -> rs.getBytes(1)).single()));
    }

    // ------------------------------------------------------------------ internals

    private Outcome saved(WorkspaceGrant grant, SubStepRecord current, long evidenceId) {
        SubStepRecord r = find(grant, current.scope(), current.code()).orElseThrow();
        return new Outcome.Saved(r, r.evidence().stream().filter(x -> x.id() == evidenceId).findFirst());
    }

    private static void requireEdit(WorkspaceGrant grant) {
        if (!grant.canEdit()) {
            throw new AccessDeniedException("read-only");
        }
    }

    private long ensureRow(WorkspaceGrant grant, String scope, String code) {
        jdbc.sql("insert into dd_step (workspace_id, scope, code, updated_by) values (?, ?, ?, ?)"
                        + " on conflict (workspace_id, scope, code) do nothing")
                .params(grant.id(), scope, code, grant.username()).update();
        return jdbc.sql("select id from dd_step where workspace_id = ? and scope = ? and code = ? for update")
                .params(grant.id(), scope, code).query(Long.class).single();
    }

    private void audit(WorkspaceGrant grant, SubStepRecord r, String field, String before, String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        jdbc.sql("insert into dd_step_audit (workspace_id, scope, code, actor, field, old_value, new_value)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(grant.id(), r.scope(), r.code(), grant.username(), field, cut(before), cut(after)).update();
    }

    private static String cut(String s) {
        return s.length() > MAX_URL ? s.substring(0, MAX_URL) : s;
    }

    private static String text(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("");
    }

    /** A typed date: null keeps the current one, empty clears it; empty outcome when malformed. */
    static Optional<Optional<LocalDate>> date(String typed, Optional<LocalDate> current) {
        if (typed == null) {
            return Optional.of(current);
        }
        if (typed.isBlank()) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(LocalDate.parse(typed.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static FileType fileType(String id) {
        return Arrays.stream(FileType.values()).filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static final String EVIDENCE_COLUMNS =
            "id, kind, file_name, file_type, file_bytes, sha256, url, label, added_by, added_at";

    private static Evidence evidence(ResultSet rs, int row) throws SQLException {
        long bytes = rs.getLong("file_bytes");
        Optional<Long> size = rs.wasNull() ? Optional.empty() : Optional.of(bytes);
        return new Evidence(rs.getLong("id"), rs.getString("kind"), Optional.ofNullable(rs.getString("file_name")),
                Optional.ofNullable(rs.getString("file_type")), size, Optional.ofNullable(rs.getString("sha256")),
                Optional.ofNullable(rs.getString("url")), Optional.ofNullable(rs.getString("label")),
                rs.getString("added_by"), rs.getTimestamp("added_at").toInstant());
    }

    private static SubStepRecord record(ResultSet rs, List<Long> actions, List<Evidence> evidence) throws SQLException {
        return new SubStepRecord(rs.getString("scope"), rs.getString("code"), rs.getString("status"),
                Optional.ofNullable(rs.getString("owner")), localDate(rs, "start_date"), localDate(rs, "due_date"),
                localDate(rs, "done_date"), actions, evidence, Optional.of(rs.getTimestamp("updated_at").toInstant()),
                Optional.of(rs.getString("updated_by")));
    }

    private static Optional<LocalDate> localDate(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sub-steps of a scope's side, in catalogue order (a company without filiere: its own side). */
    public List<SubStep> subSteps(Side side) {
        return catalogue.subSteps().stream().filter(s -> s.concerns(side)).toList();
    }

    /** The scopes of the page: the company first, then the filieres. */
    public List<String> scopes(WorkspaceGrant grant) {
        Set<String> out = new LinkedHashSet<>();
        out.add(StepEntry.COMPANY);
        out.addAll(filieres(grant).keySet());
        return List.copyOf(out);
    }
}
