package fr.vigie.app.roadmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import fr.vigie.app.assessment.AssessmentCompleted;
import fr.vigie.app.assessment.AssessmentTexts;
import fr.vigie.app.assessment.AssessmentView;
import fr.vigie.app.assessment.Assessments;
import fr.vigie.app.workspace.WorkspaceGrant;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap actions of workspaces (table {@code roadmap_action}) and their audit trail
 * ({@code roadmap_audit}). Actions come from assessments: each new assessment adds the actions it
 * proposes that the workspace does not have yet and refreshes the text of the others, never
 * touching what people set (horizon, owner, due date, status).
 */
@Service
public class Roadmap {

    static final int MAX_OWNER = 80;
    private static final String COLUMNS = "id, workspace_id, action_key, assessment_id, horizon, position, material,"
            + " kind, ref_id, title::text as title, justification::text as justification, owner, due_date, status, updated_at,"
            + " updated_by";

    private final JdbcClient jdbc;
    private final Assessments assessments;

    Roadmap(JdbcClient jdbc, Assessments assessments) {
        this.jdbc = jdbc;
        this.assessments = assessments;
    }

    /** Takes up the actions of a new assessment (in the transaction that stores it). */
    @EventListener
    void assessmentCompleted(AssessmentCompleted event) {
        for (AssessmentView.RoadmapItem item : assessments.view(event.workspaceId(), event.assessmentId()).roadmap()) {
            String key = item.key();
            String horizon = item.horizon();
            int position = item.order();
            String due = item.dueDate();
            String title = AssessmentTexts.store(item.title());
            String justification = AssessmentTexts.store(item.justification());
            int updated = jdbc.sql("update roadmap_action set assessment_id = ?, position = ?, title = cast(? as jsonb),"
                            + " justification = cast(? as jsonb) where workspace_id = ? and action_key = ?")
                    .params(event.assessmentId(), position, title, justification, event.workspaceId(), key)
                    .update();
            if (updated == 0) {
                long id = jdbc.sql("insert into roadmap_action (workspace_id, action_key, assessment_id, horizon, position,"
                                + " material, kind, ref_id, title, justification, due_date, updated_by)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?) returning id")
                        .params(event.workspaceId(), key, event.assessmentId(),
                                RoadmapAction.HORIZONS.contains(horizon) ? horizon : "medium", position, item.material(),
                                item.kind(), item.id(), title, justification,
                                due.isEmpty() ? null : LocalDate.parse(due), event.username())
                        .query(Long.class).single();
                audit(event.workspaceId(), id, event.username(), "created", "", "assessment #" + event.assessmentId());
            }
        }
    }

    /** The workspace's actions by horizon (short, medium, long), each in roadmap order. */
    public Map<String, List<RoadmapAction>> board(WorkspaceGrant grant) {
        Map<String, List<RoadmapAction>> board = new LinkedHashMap<>();
        RoadmapAction.HORIZONS.forEach(h -> board.put(h, new ArrayList<>()));
        for (RoadmapAction a : actions(grant)) {
            board.get(a.horizon()).add(a);
        }
        return board;
    }

    /** The workspace's actions in roadmap order. */
    public List<RoadmapAction> actions(WorkspaceGrant grant) {
        return jdbc.sql("select " + COLUMNS + " from roadmap_action where workspace_id = ? order by position, id")
                .param(grant.id()).query(Roadmap::action).list();
    }

    /** One action of the workspace. */
    public Optional<RoadmapAction> find(WorkspaceGrant grant, long actionId) {
        return jdbc.sql("select " + COLUMNS + " from roadmap_action where workspace_id = ? and id = ?")
                .params(grant.id(), actionId).query(Roadmap::action).optional();
    }

    /** Open (not done) actions of a workspace. */
    public int openActions(WorkspaceGrant grant) {
        return jdbc.sql("select count(*) from roadmap_action where workspace_id = ? and status <> 'done'")
                .param(grant.id()).query(Integer.class).single();
    }

    /** The audit trail of the workspace's roadmap, newest first. */
    public List<AuditEntry> history(WorkspaceGrant grant) {
        return jdbc.sql("select a.action_id, r.title::text, a.changed_at, a.changed_by, a.field, a.old_value, a.new_value"
                        + " from roadmap_audit a join roadmap_action r on r.id = a.action_id"
                        + " where a.workspace_id = ? order by a.id desc limit 500")
                .param(grant.id())
                .query((rs, row) -> new AuditEntry(rs.getLong(1), AssessmentTexts.read(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5), Objects.toString(rs.getString(6), ""),
                        Objects.toString(rs.getString(7), "")))
                .list();
    }

    /**
     * What a person sets on an action.
     *
     * @param horizon {@code short}, {@code medium} or {@code long}
     * @param owner   empty for none
     * @param dueDate empty for none
     * @param status  {@code todo}, {@code in_progress} or {@code done}
     */
    public record Change(String horizon, Optional<String> owner, Optional<LocalDate> dueDate, String status) {
    }

    /** Outcome of {@link #update}. */
    public sealed interface UpdateOutcome {
        /** Saved; {@code changedFields} may be empty when nothing differed. */
        record Updated(RoadmapAction action, List<String> changedFields) implements UpdateOutcome {
        }

        /** Refused: a value is not acceptable ({@code field} names it). */
        record Invalid(String field) implements UpdateOutcome {
        }

        /** No such action in the workspace. */
        record NotFound() implements UpdateOutcome {
        }
    }

    /** Changes an action and records each changed field in the audit trail, in one transaction. */
    @Transactional
    public UpdateOutcome update(WorkspaceGrant grant, long actionId, Change change) {
        if (!grant.canEdit()) {
            throw new AccessDeniedException("read-only");
        }
        if (!RoadmapAction.HORIZONS.contains(change.horizon())) {
            return new UpdateOutcome.Invalid("horizon");
        }
        if (!RoadmapAction.STATUSES.contains(change.status())) {
            return new UpdateOutcome.Invalid("status");
        }
        Optional<String> owner = change.owner().map(String::strip).filter(o -> !o.isEmpty());
        if (owner.map(o -> o.length() > MAX_OWNER).orElse(false)) {
            return new UpdateOutcome.Invalid("owner");
        }
        Optional<RoadmapAction> found = jdbc.sql("select " + COLUMNS + " from roadmap_action where workspace_id = ?"
                        + " and id = ? for update")
                .params(grant.id(), actionId).query(Roadmap::action).optional();
        if (found.isEmpty()) {
            return new UpdateOutcome.NotFound();
        }
        RoadmapAction before = found.get();
        List<String> changed = new ArrayList<>();
        record Field(String name, String before, String after) {
        }
        List<Field> fields = List.of(
                new Field("horizon", before.horizon(), change.horizon()),
                new Field("owner", before.owner().orElse(""), owner.orElse("")),
                new Field("due_date", before.dueDate().map(LocalDate::toString).orElse(""),
                        change.dueDate().map(LocalDate::toString).orElse("")),
                new Field("status", before.status(), change.status()));
        for (Field f : fields) {
            if (!f.before().equals(f.after())) {
                changed.add(f.name());
                audit(grant.id(), actionId, grant.username(), f.name(), f.before(), f.after());
            }
        }
        if (!changed.isEmpty()) {
            jdbc.sql("update roadmap_action set horizon = ?, owner = ?, due_date = ?, status = ?, updated_at = now(),"
                            + " updated_by = ? where id = ?")
                    .params(change.horizon(), owner.orElse(null), change.dueDate().orElse(null), change.status(),
                            grant.username(), actionId)
                    .update();
        }
        return new UpdateOutcome.Updated(find(grant, actionId).orElseThrow(), changed);
    }

    private void audit(long workspaceId, long actionId, String username, String field, String before, String after) {
        jdbc.sql("insert into roadmap_audit (workspace_id, action_id, changed_by, field, old_value, new_value)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(workspaceId, actionId, username, field, clip(before, 200), clip(after, 200))
                .update();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static RoadmapAction action(ResultSet rs, int row) throws SQLException {
        return new RoadmapAction(rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("action_key"),
                rs.getLong("assessment_id"), rs.getString("horizon"), rs.getInt("position"), rs.getString("material"),
                rs.getString("kind"), rs.getString("ref_id"), AssessmentTexts.read(rs.getString("title")),
                AssessmentTexts.read(rs.getString("justification")), Optional.ofNullable(rs.getString("owner")), Optional.ofNullable(rs.getObject("due_date", LocalDate.class)),
                rs.getString("status"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
