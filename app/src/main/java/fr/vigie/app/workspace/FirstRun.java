package fr.vigie.app.workspace;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.PasswordPolicy;
import fr.vigie.app.account.Role;
import fr.vigie.app.account.SecurityEvents;
import fr.vigie.app.account.UserAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' first run ({@code /admin/first-run}): until an administrator has finished it,
 * their home page leads there. It creates company workspaces and invites users: an account with a
 * generated password (shown once to the administrator, never stored in clear nor logged) and a role
 * in one workspace. The global role follows the workspace role: ANALYST for a workspace ADMIN or
 * ANALYST (a global VIEWER stays read-only outside the demo sandbox, see {@link WorkspaceAccess}),
 * VIEWER for a workspace VIEWER.
 */
@Service
public class FirstRun {

    /** Bytes of randomness of an invited user's password: 18 bytes, 24 Base64 characters, 144 bits. */
    static final int PASSWORD_BYTES = 18;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Workspaces workspaces;
    private final WorkspaceAccess access;
    private final PasswordPolicy passwordPolicy;
    private final SecurityEvents events;
    private final SecureRandom random = new SecureRandom();

    FirstRun(JdbcClient jdbc, Accounts accounts, Workspaces workspaces, WorkspaceAccess access,
            PasswordPolicy passwordPolicy, SecurityEvents events) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.access = access;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
    }

    /** Whether the user is a global administrator who has not finished the first run yet. */
    public boolean pending(Authentication user) {
        return access.isGlobalAdmin(user)
                && jdbc.sql("select count(*) from admin_first_run where username = ?").param(user.getName())
                        .query(Integer.class).single() == 0;
    }

    /** Records that the administrator finished the first run (again: nothing changes). */
    @Transactional
    void complete(String username) {
        int inserted = jdbc.sql("insert into admin_first_run (username) select username from app_user where username = ?"
                        + " on conflict do nothing")
                .param(username).update();
        if (inserted > 0) {
            events.record("first-run-completed", Map.of("target.user.name", username));
        }
    }

    /** The company workspaces: every workspace but the demo one and the demo sandbox, by name. */
    List<Workspace> companyWorkspaces() {
        return jdbc.sql("select w.id, w.name, w.created_at, w.updated_at, w.updated_by from workspace w"
                        + " where not w.demo and not w.sandbox order by w.name")
                .query((rs, row) -> new Workspace(rs.getLong("id"), rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("updated_by")))
                .list();
    }

    /** Whether demo mode is on: the public demo user exists and may log in. */
    boolean demoMode() {
        return accounts.find(Workspaces.DEMO_USER).map(UserAccount::enabled).orElse(false);
    }

    /** Outcome of {@link #invite}. */
    sealed interface InviteOutcome {
        /** The account exists with this password and is a member of the workspace. */
        record Invited(String username, String password, Workspace workspace, WorkspaceRole role)
                implements InviteOutcome {
        }

        /**
         * Nothing was changed.
         *
         * @param field the form field at fault ({@code username} or {@code workspace})
         * @param code  message key of the reason
         */
        record Refused(String field, String code) implements InviteOutcome {
        }
    }

    /**
     * Creates the account of an invited user and makes it a member of a company workspace, in one
     * transaction: when either fails nothing stays.
     */
    @Transactional
    InviteOutcome invite(String username, long workspaceId, WorkspaceRole role) {
        Optional<Workspace> workspace = companyWorkspaces().stream().filter(w -> w.id() == workspaceId).findFirst();
        if (workspace.isEmpty()) {
            return new InviteOutcome.Refused("workspace", "firstrun.invite.workspace.unknown");
        }
        String name = username.strip().toLowerCase(java.util.Locale.ROOT);
        String password = newPassword(name);
        Role global = role == WorkspaceRole.VIEWER ? Role.VIEWER : Role.ANALYST;
        switch (accounts.create(name, password, global)) {
            case Accounts.CreateOutcome.Created created -> {
                workspaces.putMember(workspaceId, created.account().username(), role);
                events.record("user-invited", Map.of("target.user.name", created.account().username(),
                        "workspace.id", workspaceId, "target.user.role", role.name()));
                return new InviteOutcome.Invited(created.account().username(), password, workspace.get(), role);
            }
            case Accounts.CreateOutcome.UsernameTaken taken -> {
                return new InviteOutcome.Refused("username", "user.username.taken");
            }
        }
    }

    /** A random password that the password policy accepts for this user. */
    String newPassword(String username) {
        while (true) {
            byte[] bytes = new byte[PASSWORD_BYTES];
            random.nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (passwordPolicy.check(username, password) instanceof PasswordPolicy.Outcome.Accepted) {
                return password;
            }
        }
    }
}
