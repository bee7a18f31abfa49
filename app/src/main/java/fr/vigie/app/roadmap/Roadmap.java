package fr.vigie.app.roadmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.vigie.app.assessment.AssessmentCompleted;
import fr.vigie.app.assessment.AssessmentTexts;
import fr.vigie.app.assessment.AssessmentView;
import fr.vigie.app.assessment.Assessments;
import fr.vigie.app.shell.UserText;
import fr.vigie.app.workspace.WorkspaceEngine;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.engine.kernel.Localized;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.mineral.Mineral;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap actions of workspaces (table {@code roadmap_action}), their comments
 * ({@code roadmap_comment}) and their audit trail ({@code roadmap_audit}). Generated actions come
 * from assessments, merged by {@link RoadmapMerge} (added, refreshed, retired with their reason,
 * reinstated), never touching what people set (owner, status, and the horizon and due date once a
 * person changed them: until then they follow the assessments); people with write
 * access add, change and remove their own actions, and comment on any action. Every change is audited.
 */
@Service
public class Roadmap {

    static final int MAX_OWNER = 80;
    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_COMMENT = 4000;
    /** Own actions come after the generated ones of their horizon. */
    static final int OWN_POSITION = 1_000_000;
    /** Company-level actions have this filiere. */
    public static final String COMPANY_LEVEL = "all";
    private static final String STORED_TEXT = "assessment.stored";
    private static final String COLUMNS = "id, workspace_id, action_key, assessment_id, origin, horizon, position,"
            + " material, kind, ref_id, title::text as title, justification::text as justification, description,"
            + " oecd_step, owner, due_date, status, retired_at, retired_reason, updated_at, updated_by";

    private final JdbcClient jdbc;
    private final Assessments assessments;
    private final OecdSteps steps;
    private final WorkspaceEngine engine;

    Roadmap(JdbcClient jdbc, Assessments assessments, OecdSteps steps, WorkspaceEngine engine) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.steps = steps;
        this.engine = engine;
    }

    /** Merges the roadmap of a new assessment (in the transaction that stores it). */
    @EventListener
    void assessmentCompleted(AssessmentCompleted event) {
        long workspace = event.workspaceId();
        AssessmentView view = assessments.view(workspace, event.assessmentId());
        List<RoadmapMerge.Existing> existing = jdbc.sql("select id, action_key, material, kind, retired_at is not null"
                        + " from roadmap_action where workspace_id = ? and origin = 'generated' order by id for update")
                .param(workspace)
                .query((rs, row) -> new RoadmapMerge.Existing(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5)))
                .list();
        Set<String> bought = new LinkedHashSet<>();
        view.ranking().forEach(f -> bought.add(f.material()));
        String by = event.username();
        for (RoadmapMerge.Step step : RoadmapMerge.plan(existing, view.roadmap(), bought)) {
            switch (step) {
                case RoadmapMerge.Step.Add add -> {
                    AssessmentView.RoadmapItem item = add.item();
                    String due = item.dueDate();
                    long id = jdbc.sql("insert into roadmap_action (workspace_id, action_key, assessment_id, horizon,"
                                    + " position, material, kind, ref_id, title, justification, oecd_step, due_date,"
                                    + " updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb),"
                                    + " ?, ?, ?) returning id")
                            .params(workspace, item.key(), event.assessmentId(),
                                    RoadmapAction.HORIZONS.contains(item.horizon()) ? item.horizon() : "medium",
                                    item.order(), item.material(), item.kind(), item.id(),
                                    AssessmentTexts.store(item.title()), AssessmentTexts.store(item.justification()),
                                    steps.of(item.kind(), item.id()).orElse(null),
                                    due.isEmpty() ? null : LocalDate.parse(due), by)
                            .query(Long.class).single();
                    audit(workspace, id, by, "created", "", "assessment #" + event.assessmentId());
                }
                case RoadmapMerge.Step.Refresh refresh -> {
                    AssessmentView.RoadmapItem item = refresh.item();
                    // the horizon and due date follow the assessments until a person sets them (audited)
                    String due = item.dueDate();
                    jdbc.sql("update roadmap_action a set assessment_id = ?, position = ?, title = cast(? as jsonb),"
                                    + " justification = cast(? as jsonb), retired_at = null, retired_reason = null,"
                                    + " horizon = case when exists (select 1 from roadmap_audit u where u.action_id = a.id"
                                    + " and u.field = 'horizon') then a.horizon else ? end,"
                                    + " due_date = case when exists (select 1 from roadmap_audit u where u.action_id = a.id"
                                    + " and u.field = 'due_date') then a.due_date else ? end"
                                    + " where a.id = ?")
                            .params(event.assessmentId(), item.order(), AssessmentTexts.store(item.title()),
                                    AssessmentTexts.store(item.justification()),
                                    RoadmapAction.HORIZONS.contains(item.horizon()) ? item.horizon() : "medium",
                                    due.isEmpty() ? null : LocalDate.parse(due), refresh.id())
                            .update();
                    if (refresh.reinstate()) {
                        audit(workspace, refresh.id(), by, "reinstated", "", "assessment #" + event.assessmentId());
                    }
                }
                case RoadmapMerge.Step.Retire retire -> {
                    jdbc.sql("update roadmap_action set retired_at = now(), retired_reason = ? where id = ?")
                            .params(retire.reason().id(), retire.id()).update();
                    audit(workspace, retire.id(), by, "retired", "", retire.reason().id());
                }
            }
        }
    }

    /** The workspace's current (not retired) actions by horizon (short, medium, long), each in roadmap order. */
    public Map<String, List<RoadmapAction>> board(WorkspaceGrant grant) {
        Map<String, List<RoadmapAction>> board = new LinkedHashMap<>();
        RoadmapAction.HORIZONS.forEach(h -> board.put(h, new ArrayList<>()));
        for (RoadmapAction a : actions(grant)) {
            if (!a.retired()) {
                board.get(a.horizon()).add(a);
            }
        }
        return board;
    }

    /** The workspace's retired actions, most recently retired first. */
    public List<RoadmapAction> retired(WorkspaceGrant grant) {
        return jdbc.sql("select " + COLUMNS + " from roadmap_action where workspace_id = ? and retired_at is not null"
                        + " order by retired_at desc, id")
                .param(grant.id()).query(Roadmap::action).list();
    }

    /** The workspace's actions in roadmap order, retired ones included. */
    public List<RoadmapAction> actions(WorkspaceGrant grant) {
        return jdbc.sql("select " + COLUMNS + " from roadmap_action where workspace_id = ? order by position, id")
                .param(grant.id()).query(Roadmap::action).list();
    }

    /**
     * How many current (not retired) actions a filiere has in an OECD step and a status.
     *
     * @param material the filiere's mineral id, {@code all} for company level
     * @param oecdStep the OECD due diligence step, when the actions have one
     * @param status   {@code todo}, {@code in_progress} or {@code done}
     * @param count    the number of actions
     */
    public record StatusCount(String material, Optional<Integer> oecdStep, String status, int count) {
    }

    /** The workspace's current actions counted by filiere, OECD step and status. */
    public List<StatusCount> statusCounts(WorkspaceGrant grant) {
        return jdbc.sql("select material, oecd_step, status, count(*) from roadmap_action"
                        + " where workspace_id = ? and retired_at is null group by material, oecd_step, status")
                .param(grant.id())
                .query((rs, row) -> new StatusCount(rs.getString(1), Optional.ofNullable(rs.getObject(2, Integer.class)),
                        rs.getString(3), rs.getInt(4)))
                .list();
    }

    /** One action of the workspace. */
    public Optional<RoadmapAction> find(WorkspaceGrant grant, long actionId) {
        return jdbc.sql("select " + COLUMNS + " from roadmap_action where workspace_id = ? and id = ?")
                .params(grant.id(), actionId).query(Roadmap::action).optional();
    }

    /**
     * Open (not done, not retired) actions of a workspace whose due date is before a day: one count,
     * without reading the actions (the home page asks it for every workspace at every request).
     */
    public long overdueActions(WorkspaceGrant grant, LocalDate today) {
        return jdbc.sql("select count(*) from roadmap_action where workspace_id = ? and status <> 'done'"
                        + " and retired_at is null and due_date < ?")
                .params(grant.id(), today).query(Long.class).single();
    }

    /**
     * {@link #overdueActions(WorkspaceGrant, LocalDate)} for several workspaces in one count query, by
     * workspace id; a workspace without an overdue action has no entry.
     */
    public Map<Long, Long> overdueActions(List<WorkspaceGrant> grants, LocalDate today) {
        Map<Long, Long> overdue = new LinkedHashMap<>();
        if (grants.isEmpty()) {
            return overdue;
        }
        List<Object> params = new ArrayList<>(grants.stream().map(WorkspaceGrant::id).toList());
        params.add(today);
        jdbc.sql("select workspace_id, count(*) from roadmap_action where workspace_id in ("
                        + String.join(", ", java.util.Collections.nCopies(grants.size(), "?")) + ")"
                        + " and status <> 'done' and retired_at is null and due_date < ? group by workspace_id")
                .params(params)
                .query(rs -> { overdue.put(rs.getLong(1), rs.getLong(2)); });
        return overdue;
    }

    /** The audit trail of the workspace's roadmap, newest first (entries of removed actions included). */
    public List<AuditEntry> history(WorkspaceGrant grant) {
        return jdbc.sql("select a.action_id, coalesce(r.title, a.action_title)::text, a.changed_at, a.changed_by,"
                        + " a.field, a.old_value, a.new_value from roadmap_audit a"
                        + " left join roadmap_action r on r.id = a.action_id"
                        + " where a.workspace_id = ? order by a.id desc limit 500")
                .param(grant.id())
                .query((rs, row) -> new AuditEntry((Long) rs.getObject(1),
                        rs.getString(2) == null ? Text.of(STORED_TEXT, "-", "-") : AssessmentTexts.read(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
                        Objects.toString(rs.getString(6), ""), Objects.toString(rs.getString(7), "")))
                .list();
    }

    /** The comments on an action of the workspace, oldest first. */
    public List<Comment> comments(WorkspaceGrant grant, long actionId) {
        return jdbc.sql("select id, action_id, author, created_at, body from roadmap_comment"
                        + " where workspace_id = ? and action_id = ? order by id")
                .params(grant.id(), actionId)
                .query((rs, row) -> new Comment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    /** The comments on the workspace's actions, by action id, oldest first. */
    public Map<Long, List<Comment>> comments(WorkspaceGrant grant) {
        Map<Long, List<Comment>> out = new LinkedHashMap<>();
        jdbc.sql("select id, action_id, author, created_at, body from roadmap_comment where workspace_id = ? order by id")
                .param(grant.id())
                .query((rs, row) -> new Comment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list()
                .forEach(c -> out.computeIfAbsent(c.actionId(), k -> new ArrayList<>()).add(c));
        return out;
    }

    /**
     * A comment on an action.
     *
     * @param id       database id
     * @param actionId the action
     * @param author   who wrote it
     * @param at       when
     * @param body     what (the author's words)
     */
    public record Comment(long id, long actionId, String author, Instant at, String body) {
    }

    /**
     * What a person sets on any action.
     *
     * @param horizon {@code short}, {@code medium} or {@code long}
     * @param owner   empty for none
     * @param dueDate empty for none
     * @param status  {@code todo}, {@code in_progress} or {@code done}
     */
    public record Change(String horizon, Optional<String> owner, Optional<LocalDate> dueDate, String status) {
    }

    /**
     * What a person writes of an own action.
     *
     * @param title       what to do (required, at most {@value #MAX_TITLE} characters)
     * @param description more detail (at most {@value #MAX_DESCRIPTION} characters, may be empty)
     * @param material    a mineral id, or {@value #COMPANY_LEVEL} for a company-level action
     * @param oecdStep    the OECD due diligence step, 1 to 5, when it has one
     */
    public record Content(String title, String description, String material, Optional<Integer> oecdStep) {
    }

    /** Outcome of a change. */
    public sealed interface UpdateOutcome {
        /** Saved; {@code changedFields} may be empty when nothing differed. */
        record Updated(RoadmapAction action, List<String> changedFields) implements UpdateOutcome {
        }

        /** Refused: a value is not acceptable ({@code field} names it: the message {@code roadmap.invalid.<field>}). */
        record Invalid(String field) implements UpdateOutcome {
        }

        /** No such action in the workspace. */
        record NotFound() implements UpdateOutcome {
        }
    }

    /** Adds an own action, audited as created, in one transaction. */
    @Transactional
    public UpdateOutcome add(WorkspaceGrant grant, Content content, Change change) {
        requireEdit(grant);
        Optional<String> invalid = invalid(content).or(() -> invalid(change));
        if (invalid.isPresent()) {
            return new UpdateOutcome.Invalid(invalid.get());
        }
        String title = AssessmentTexts.store(verbatim(content.title().strip()));
        String description = content.description().strip();
        long id = jdbc.sql("insert into roadmap_action (workspace_id, action_key, origin, horizon, position, material,"
                        + " kind, ref_id, title, justification, description, oecd_step, owner, due_date, status,"
                        + " updated_by) values (?, ?, 'own', ?, ?, ?, 'own', '', cast(? as jsonb), cast(? as jsonb), ?,"
                        + " ?, ?, ?, ?, ?) returning id")
                .params(grant.id(), "own:" + UUID.randomUUID(), change.horizon(), OWN_POSITION, content.material(),
                        title, AssessmentTexts.store(verbatim(description)), description.isEmpty() ? null : description,
                        content.oecdStep().orElse(null), owner(change).orElse(null), change.dueDate().orElse(null),
                        change.status(), grant.username())
                .query(Long.class).single();
        audit(grant.id(), id, grant.username(), "created", "", content.title().strip());
        return new UpdateOutcome.Updated(find(grant, id).orElseThrow(), List.of("created"));
    }

    /** Changes what people set on an action and records each changed field in the audit trail, in one transaction. */
    @Transactional
    public UpdateOutcome update(WorkspaceGrant grant, long actionId, Change change) {
        requireEdit(grant);
        Optional<String> invalid = invalid(change);
        if (invalid.isPresent()) {
            return new UpdateOutcome.Invalid(invalid.get());
        }
        Optional<RoadmapAction> found = lock(grant, actionId);
        if (found.isEmpty()) {
            return new UpdateOutcome.NotFound();
        }
        RoadmapAction before = found.get();
        List<Field> fields = List.of(
                new Field("horizon", before.horizon(), change.horizon()),
                new Field("owner", before.owner().orElse(""), owner(change).orElse("")),
                new Field("due_date", before.dueDate().map(LocalDate::toString).orElse(""),
                        change.dueDate().map(LocalDate::toString).orElse("")),
                new Field("status", before.status(), change.status()));
        List<String> changed = audited(grant, actionId, fields);
        if (!changed.isEmpty()) {
            jdbc.sql("update roadmap_action set horizon = ?, owner = ?, due_date = ?, status = ?, updated_at = now(),"
                            + " updated_by = ? where id = ?")
                    .params(change.horizon(), owner(change).orElse(null), change.dueDate().orElse(null), change.status(),
                            grant.username(), actionId)
                    .update();
        }
        return new UpdateOutcome.Updated(find(grant, actionId).orElseThrow(), changed);
    }

    /**
     * Changes the title, description, filiere and OECD step of an own action (a generated action's
     * come from the assessment: {@code Invalid("generated")}), audited, in one transaction.
     */
    @Transactional
    public UpdateOutcome rewrite(WorkspaceGrant grant, long actionId, Content content) {
        requireEdit(grant);
        Optional<String> invalid = invalid(content);
        if (invalid.isPresent()) {
            return new UpdateOutcome.Invalid(invalid.get());
        }
        Optional<RoadmapAction> found = lock(grant, actionId);
        if (found.isEmpty()) {
            return new UpdateOutcome.NotFound();
        }
        RoadmapAction before = found.get();
        if (!before.own()) {
            return new UpdateOutcome.Invalid("generated");
        }
        String title = content.title().strip();
        String description = content.description().strip();
        List<Field> fields = List.of(
                new Field("title", verbatimOf(before.title()), title),
                new Field("description", before.description().orElse(""), description),
                new Field("material", before.material(), content.material()),
                new Field("oecd_step", before.oecdStep().map(String::valueOf).orElse(""),
                        content.oecdStep().map(String::valueOf).orElse("")));
        List<String> changed = audited(grant, actionId, fields);
        if (!changed.isEmpty()) {
            jdbc.sql("update roadmap_action set title = cast(? as jsonb), justification = cast(? as jsonb),"
                            + " description = ?, material = ?, oecd_step = ?, updated_at = now(), updated_by = ?"
                            + " where id = ?")
                    .params(AssessmentTexts.store(verbatim(title)), AssessmentTexts.store(verbatim(description)),
                            description.isEmpty() ? null : description, content.material(),
                            content.oecdStep().orElse(null), grant.username(), actionId)
                    .update();
        }
        return new UpdateOutcome.Updated(find(grant, actionId).orElseThrow(), changed);
    }

    /** Outcome of {@link #remove}. */
    public enum RemoveOutcome {
        /** Removed, with its comments and evidence; its audit entries stay. */
        REMOVED,
        /** A generated action: it is retired by the assessments, never removed. */
        GENERATED,
        /** No such action in the workspace. */
        NOT_FOUND
    }

    /** Removes an own action (audited as removed; the audit keeps its title), in one transaction. */
    @Transactional
    public RemoveOutcome remove(WorkspaceGrant grant, long actionId) {
        requireEdit(grant);
        Optional<RoadmapAction> found = lock(grant, actionId);
        if (found.isEmpty()) {
            return RemoveOutcome.NOT_FOUND;
        }
        if (!found.get().own()) {
            return RemoveOutcome.GENERATED;
        }
        audit(grant.id(), actionId, grant.username(), "removed", verbatimOf(found.get().title()), "");
        jdbc.sql("delete from roadmap_action where id = ?").param(actionId).update();
        return RemoveOutcome.REMOVED;
    }

    /** Adds a comment to an action (audited), in one transaction. */
    @Transactional
    public UpdateOutcome comment(WorkspaceGrant grant, long actionId, String body) {
        requireEdit(grant);
        String text = body.strip();
        if (text.isEmpty() || text.length() > MAX_COMMENT || UserText.hasUnsafe(text.replaceAll("[\r\n\t]", " "))) {
            return new UpdateOutcome.Invalid("comment");
        }
        if (lock(grant, actionId).isEmpty()) {
            return new UpdateOutcome.NotFound();
        }
        jdbc.sql("insert into roadmap_comment (workspace_id, action_id, author, body) values (?, ?, ?, ?)")
                .params(grant.id(), actionId, grant.username(), text).update();
        audit(grant.id(), actionId, grant.username(), "comment", "", text);
        return new UpdateOutcome.Updated(find(grant, actionId).orElseThrow(), List.of("comment"));
    }

    /** The minerals an own action may name (reference data), by id; {@value #COMPANY_LEVEL} is always allowed. */
    public List<String> minerals() {
        return engine.referenceData().minerals().all().stream().map(Mineral::id).map(Object::toString).sorted().toList();
    }

    /** Records a change of an action made outside this class (evidence), in the caller's transaction. */
    void audit(long workspaceId, long actionId, String username, String field, String before, String after) {
        jdbc.sql("insert into roadmap_audit (workspace_id, action_id, action_title, changed_by, field, old_value,"
                        + " new_value) select ?, id, title, ?, ?, ?, ? from roadmap_action where id = ?")
                .params(workspaceId, username, field, clip(before, 1000), clip(after, 1000), actionId)
                .update();
    }

    /** The action, locked for the rest of the transaction. */
    Optional<RoadmapAction> lock(WorkspaceGrant grant, long actionId) {
        return jdbc.sql("select " + COLUMNS + " from roadmap_action where workspace_id = ? and id = ? for update")
                .params(grant.id(), actionId).query(Roadmap::action).optional();
    }

    private record Field(String name, String before, String after) {
    }

    private List<String> audited(WorkspaceGrant grant, long actionId, List<Field> fields) {
        List<String> changed = new ArrayList<>();
        for (Field f : fields) {
            if (!f.before().equals(f.after())) {
                changed.add(f.name());
                audit(grant.id(), actionId, grant.username(), f.name(), f.before(), f.after());
            }
        }
        return changed;
    }

    private static void requireEdit(WorkspaceGrant grant) {
        if (!grant.canEdit()) {
            throw new AccessDeniedException("read-only");
        }
    }

    private static Optional<String> owner(Change change) {
        return change.owner().map(String::strip).filter(o -> !o.isEmpty());
    }

    private static Optional<String> invalid(Change change) {
        if (!RoadmapAction.HORIZONS.contains(change.horizon())) {
            return Optional.of("horizon");
        }
        if (!RoadmapAction.STATUSES.contains(change.status())) {
            return Optional.of("status");
        }
        Optional<String> owner = owner(change);
        if (owner.map(o -> o.length() > MAX_OWNER || UserText.hasUnsafe(o)).orElse(false)) {
            return Optional.of("owner");
        }
        return Optional.empty();
    }

    private Optional<String> invalid(Content content) {
        String title = content.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE || UserText.hasUnsafe(title)) {
            return Optional.of("title");
        }
        String description = content.description().strip();
        if (description.length() > MAX_DESCRIPTION || UserText.hasUnsafe(description.replaceAll("[\r\n\t]", " "))) {
            return Optional.of("description");
        }
        if (!COMPANY_LEVEL.equals(content.material()) && !minerals().contains(content.material())) {
            return Optional.of("material");
        }
        if (content.oecdStep().map(s -> !RoadmapAction.OECD_STEPS.contains(s)).orElse(false)) {
            return Optional.of("oecd_step");
        }
        return Optional.empty();
    }

    /** People's words, shown as written in every language (the stored-text convention of the engine). */
    static Text verbatim(String words) {
        return Text.of(STORED_TEXT, words, words);
    }

    /** The words of a text made by {@link #verbatim}. */
    static String verbatimOf(Localized text) {
        return text instanceof Text t && t.key().equals(STORED_TEXT) && !t.args().isEmpty()
                ? String.valueOf(t.args().getFirst()) : "";
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static RoadmapAction action(ResultSet rs, int row) throws SQLException {
        Integer step = (Integer) rs.getObject("oecd_step", Integer.class);
        java.sql.Timestamp retired = rs.getTimestamp("retired_at");
        return new RoadmapAction(rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("action_key"),
                Optional.ofNullable(rs.getObject("assessment_id", Long.class)), rs.getString("origin"),
                rs.getString("horizon"), rs.getInt("position"), rs.getString("material"), rs.getString("kind"),
                rs.getString("ref_id"), AssessmentTexts.read(rs.getString("title")),
                AssessmentTexts.read(rs.getString("justification")), Optional.ofNullable(rs.getString("description")),
                Optional.ofNullable(step), Optional.ofNullable(rs.getString("owner")),
                Optional.ofNullable(rs.getObject("due_date", LocalDate.class)), rs.getString("status"),
                Optional.ofNullable(retired).map(java.sql.Timestamp::toInstant),
                Optional.ofNullable(rs.getString("retired_reason")), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
