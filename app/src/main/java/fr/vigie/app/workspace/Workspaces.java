package fr.vigie.app.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.vigie.app.account.SecurityEvents;
import fr.vigie.app.shell.UserText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workspaces and their members, stored in tables {@code workspace} and {@code workspace_member}.
 * This class does not check rights: controllers obtain a {@link WorkspaceGrant} from
 * {@link WorkspaceAccess} first.
 */
@Service
public class Workspaces {

    private static final String COLUMNS = "w.id, w.name, w.created_at, w.updated_at, w.updated_by";

    /** The public demo user of demo mode (see the account module), a VIEWER of the demo workspace only. */
    static final String DEMO_USER = "demo";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SecurityEvents securityEvents;

    Workspaces(JdbcClient jdbc, ApplicationEventPublisher events, SecurityEvents securityEvents) {
        this.jdbc = jdbc;
        this.events = events;
        this.securityEvents = securityEvents;
    }

    /** Outcome of {@link #create}. */
    public sealed interface CreateOutcome {
        /** The workspace was created. */
        record Created(Workspace workspace) implements CreateOutcome {
        }

        /** A workspace with this name exists; nothing was changed. */
        record NameTaken(String name) implements CreateOutcome {
        }
    }

    /** Outcome of {@link #rename}. */
    public sealed interface RenameOutcome {
        /** The workspace now has the new name. */
        record Renamed(Workspace workspace) implements RenameOutcome {
        }

        /** Another workspace has this name; nothing was changed. */
        record NameTaken(String name) implements RenameOutcome {
        }

        /** No workspace has this id. */
        record NotFound(long id) implements RenameOutcome {
        }
    }

    /** Longest workspace name (column {@code workspace.name}). */
    public static final int NAME_MAX = 120;

    /**
     * A workspace name as stored: without control or bidirectional control characters
     * ({@link UserText#displayable}), stripped, 1 to {@value #NAME_MAX} characters.
     *
     * @return empty when the name is blank or too long
     */
    public static Optional<String> cleanName(String name) {
        String clean = name == null ? "" : UserText.displayable(name).strip();
        return clean.isEmpty() || clean.length() > NAME_MAX ? Optional.empty() : Optional.of(clean);
    }

    /** A member of a workspace. */
    public record Member(String username, WorkspaceRole role) {
    }

    /** Creates a workspace with a profile already checked by {@link ProfileValidator}. */
    @Transactional
    public CreateOutcome create(String name, String profileYaml, String createdBy) {
        try {
            long id = jdbc.sql("insert into workspace (name, profile_yaml, updated_by) values (?, ?, ?) returning id")
                    .params(name.strip(), profileYaml, createdBy)
                    .query(Long.class)
                    .single();
            return new CreateOutcome.Created(find(id).orElseThrow());
        } catch (DuplicateKeyException e) {
            return new CreateOutcome.NameTaken(name.strip());
        }
    }

    /**
     * Creates a workspace and makes its creator a member with role ADMIN, in one transaction.
     * The name must come from {@link #cleanName}.
     */
    @Transactional
    public CreateOutcome createOwned(String name, String profileYaml, String creator) {
        Optional<Long> id = jdbc.sql("insert into workspace (name, profile_yaml, updated_by) values (?, ?, ?)"
                        + " on conflict on constraint workspace_name_unique do nothing returning id")
                .params(name, profileYaml, creator)
                .query(Long.class)
                .optional();
        if (id.isEmpty()) {
            return new CreateOutcome.NameTaken(name);
        }
        jdbc.sql("insert into workspace_member (workspace_id, username, role) values (?, ?, 'ADMIN')")
                .params(id.get(), creator).update();
        return new CreateOutcome.Created(find(id.get()).orElseThrow());
    }

    /**
     * Renames a workspace (the name must come from {@link #cleanName}) and records who changed it
     * in {@code updated_at}/{@code updated_by}. One statement: a name taken by another workspace
     * leaves everything unchanged.
     */
    public RenameOutcome rename(long workspaceId, String name, String username) {
        try {
            int changed = jdbc.sql("""
                            with old as (select id, demo from workspace where id = ?),
                            renamed as (update workspace w set name = ?, updated_at = now(), updated_by = ?, demo = false
                                        from old where w.id = old.id returning w.id, old.demo as was_demo),
                            dropped as (delete from workspace_member m using renamed r
                                        where m.workspace_id = r.id and r.was_demo and m.username = ?)
                            select count(*) from renamed""")
                    .params(workspaceId, name, username, DEMO_USER).query(Integer.class).single();
            if (changed > 0) {
                securityEvents.record("workspace-renamed", Map.of("workspace.id", workspaceId, "workspace.name", name));
            }
            return changed == 0 ? new RenameOutcome.NotFound(workspaceId)
                    : new RenameOutcome.Renamed(find(workspaceId).orElseThrow());
        } catch (DuplicateKeyException e) {
            return new RenameOutcome.NameTaken(name);
        }
    }

    /**
     * Creates the demo workspace (flagged as such; at most one exists) with a checked profile.
     *
     * @return {@code NameTaken} when another workspace has the name: it is left alone
     */
    @Transactional
    CreateOutcome createDemo(String name, String profileYaml, String createdBy) {
        Optional<Long> id = jdbc.sql("insert into workspace (name, profile_yaml, updated_by, demo) values (?, ?, ?, true)"
                        + " on conflict on constraint workspace_name_unique do nothing returning id")
                .params(name, profileYaml, createdBy)
                .query(Long.class)
                .optional();
        return id.<CreateOutcome>map(i -> new CreateOutcome.Created(find(i).orElseThrow()))
                .orElseGet(() -> new CreateOutcome.NameTaken(name));
    }

    /** Creates the demo user's sandbox workspace (the one with the {@code sandbox} flag). */
    CreateOutcome createSandbox(String name, String profileYaml, String createdBy) {
        Optional<Long> id = jdbc.sql("insert into workspace (name, profile_yaml, updated_by, sandbox) values (?, ?, ?, true)"
                        + " on conflict on constraint workspace_name_unique do nothing returning id")
                .params(name, profileYaml, createdBy)
                .query(Long.class)
                .optional();
        return id.<CreateOutcome>map(i -> new CreateOutcome.Created(find(i).orElseThrow()))
                .orElseGet(() -> new CreateOutcome.NameTaken(name));
    }

    /** The demo user's sandbox workspace (by its flag), if any. */
    Optional<Workspace> findSandbox() {
        return jdbc.sql("select " + COLUMNS + " from workspace w where w.sandbox").query(Workspaces::workspace).optional();
    }

    /** The demo workspace (by its flag, never by its name), if any. */
    Optional<Workspace> findDemo() {
        return jdbc.sql("select " + COLUMNS + " from workspace w where w.demo").query(Workspaces::workspace).optional();
    }

    /**
     * Deletes a workspace and everything that belongs to it, in one statement and so one
     * transaction: members, ledgers and their filieres, assessments, roadmap actions and their
     * history, supplier declarations (every table refers to {@code workspace} with
     * {@code on delete cascade}), then publishes {@link WorkspaceDeleted}.
     *
     * @return false when no workspace has this id
     */
    @Transactional
    public boolean delete(long workspaceId) {
        boolean deleted = jdbc.sql("delete from workspace where id = ?").param(workspaceId).update() > 0;
        if (deleted) {
            securityEvents.record("workspace-deleted", Map.of("workspace.id", workspaceId));
            events.publishEvent(new WorkspaceDeleted(workspaceId));
        }
        return deleted;
    }

    /** The workspace with this id, if any. */
    public Optional<Workspace> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from workspace w where w.id = ?").param(id)
                .query(Workspaces::workspace).optional();
    }

    /** A workspace with a user's role in it (empty when not a member). */
    public record WithRole(Workspace workspace, Optional<WorkspaceRole> role, boolean sandbox) {
    }

    /** The workspace with this id and the user's membership role, in one query. */
    public Optional<WithRole> findWithRole(long id, String username) {
        return jdbc.sql("select " + COLUMNS + ", m.role, w.sandbox from workspace w left join workspace_member m"
                        + " on m.workspace_id = w.id and m.username = ? where w.id = ?")
                .params(username, id)
                .query((rs, row) -> new WithRole(workspace(rs, row),
                        Optional.ofNullable(rs.getString("role")).map(WorkspaceRole::valueOf), rs.getBoolean("sandbox")))
                .optional();
    }

    /**
     * The workspaces a user belongs to, by name, each with the user's role and whether it is the
     * demo sandbox, in one query.
     */
    public List<WithRole> membershipsOf(String username) {
        return jdbc.sql("select " + COLUMNS + ", m.role, w.sandbox from workspace w join workspace_member m"
                        + " on m.workspace_id = w.id where m.username = ? order by w.name")
                .param(username)
                .query((rs, row) -> new WithRole(workspace(rs, row), Optional.of(WorkspaceRole.valueOf(rs.getString("role"))),
                        rs.getBoolean("sandbox")))
                .list();
    }

    /** The workspace with this name, if any. */
    public Optional<Workspace> findByName(String name) {
        return jdbc.sql("select " + COLUMNS + " from workspace w where w.name = ?").param(name.strip())
                .query(Workspaces::workspace).optional();
    }

    /** Every workspace, by name. */
    public List<Workspace> all() {
        return jdbc.sql("select " + COLUMNS + " from workspace w order by w.name").query(Workspaces::workspace).list();
    }

    /** The workspaces a user belongs to, by name. */
    public List<Workspace> ofMember(String username) {
        return jdbc.sql("select " + COLUMNS + " from workspace w join workspace_member m on m.workspace_id = w.id"
                        + " where m.username = ? order by w.name")
                .param(username).query(Workspaces::workspace).list();
    }

    /** The role of a user in a workspace, empty when not a member. */
    public Optional<WorkspaceRole> memberRole(long workspaceId, String username) {
        return jdbc.sql("select role from workspace_member where workspace_id = ? and username = ?")
                .params(workspaceId, username)
                .query((rs, row) -> WorkspaceRole.valueOf(rs.getString(1)))
                .optional();
    }

    /** The members of a workspace, by username. */
    public List<Member> members(long workspaceId) {
        return jdbc.sql("select username, role from workspace_member where workspace_id = ? order by username")
                .param(workspaceId)
                .query((rs, row) -> new Member(rs.getString(1), WorkspaceRole.valueOf(rs.getString(2))))
                .list();
    }

    /**
     * Adds a member or changes their role.
     *
     * @return false when no user has this name
     */
    @Transactional
    public boolean putMember(long workspaceId, String username, WorkspaceRole role) {
        try {
            jdbc.sql("insert into workspace_member (workspace_id, username, role) values (?, ?, ?)"
                            + " on conflict (workspace_id, username) do update set role = excluded.role")
                    .params(workspaceId, username, role.name())
                    .update();
            securityEvents.record("membership-changed", Map.of("workspace.id", workspaceId, "target.user.name", username,
                    "target.user.role", role.name()));
            return true;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    /** Removes a member (nothing when not a member). */
    @Transactional
    public void removeMember(long workspaceId, String username) {
        if (jdbc.sql("delete from workspace_member where workspace_id = ? and username = ?")
                .params(workspaceId, username).update() > 0) {
            securityEvents.record("membership-removed", Map.of("workspace.id", workspaceId, "target.user.name", username));
        }
    }

    /** The members designated as case handlers of the grievance mechanism, by username. */
    public java.util.Set<String> caseHandlers(long workspaceId) {
        return new java.util.TreeSet<>(jdbc.sql("select username from workspace_case_handler where workspace_id = ?")
                .param(workspaceId).query(String.class).list());
    }

    /** Whether a user is a designated case handler of a workspace (members only). */
    public boolean isCaseHandler(long workspaceId, String username) {
        return jdbc.sql("select count(*) from workspace_case_handler where workspace_id = ? and username = ?")
                .params(workspaceId, username).query(Integer.class).single() > 0;
    }

    /**
     * Designates a member as case handler, or withdraws it.
     *
     * @return false when the user is not a member of the workspace
     */
    @Transactional
    public boolean setCaseHandler(long workspaceId, String username, boolean handler) {
        if (memberRole(workspaceId, username).isEmpty()) {
            return false;
        }
        if (handler) {
            jdbc.sql("insert into workspace_case_handler (workspace_id, username) values (?, ?) on conflict do nothing")
                    .params(workspaceId, username).update();
        } else {
            jdbc.sql("delete from workspace_case_handler where workspace_id = ? and username = ?")
                    .params(workspaceId, username).update();
        }
        securityEvents.record(handler ? "case-handler-granted" : "case-handler-withdrawn",
                Map.of("workspace.id", workspaceId, "target.user.name", username));
        return true;
    }

    /** The public key of a workspace's grievance intake page (random, not derived from the id). */
    public String grievanceKey(long workspaceId) {
        return jdbc.sql("select grievance_key from workspace where id = ?").param(workspaceId)
                .query(String.class).single();
    }

    /** The workspace whose grievance intake page has this public key, if any. */
    public Optional<Workspace> findByGrievanceKey(String key) {
        return jdbc.sql("select " + COLUMNS + " from workspace w where w.grievance_key = ?").param(key)
                .query(Workspaces::workspace).optional();
    }

    /** The profile text (YAML) of a workspace. */
    public String profileYaml(long workspaceId) {
        return jdbc.sql("select profile_yaml from workspace where id = ?").param(workspaceId)
                .query(String.class).single();
    }

    /** Replaces the profile text (already checked by {@link ProfileValidator}). */
    @Transactional
    public void saveProfile(long workspaceId, String profileYaml, String username) {
        jdbc.sql("update workspace set profile_yaml = ?, updated_at = now(), updated_by = ? where id = ?")
                .params(profileYaml, username, workspaceId).update();
    }

    /** Member counts per workspace id, for listings. */
    public Map<Long, Integer> memberCounts() {
        return jdbc.sql("select workspace_id, count(*) from workspace_member group by workspace_id")
                .query(rs -> {
                    Map<Long, Integer> counts = new java.util.HashMap<>();
                    while (rs.next()) {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    }
                    return counts;
                });
    }

    private static Workspace workspace(ResultSet rs, int row) throws SQLException {
        return new Workspace(rs.getLong("id"), rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
