package fr.vigie.app.workspace;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Decides who may read or change a workspace. A global ADMIN is ADMIN in every workspace. Anyone
 * else needs a membership and has the role given there, except that a global VIEWER (such as the
 * public demo user) stays read-only everywhere but in the demo sandbox workspace, made for it
 * ({@link DemoWorkspace}), where its membership role applies. A workspace the user does not belong
 * to answers 404, exactly like one that does not exist, so ids cannot be probed; a member whose role
 * is too low gets 403.
 */
@Service
public class WorkspaceAccess {

    private final Workspaces workspaces;

    WorkspaceAccess(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    /**
     * The grant of the authenticated user on a workspace.
     *
     * @throws ResponseStatusException 404 when the workspace does not exist or the user is not a member
     * @throws AccessDeniedException   when the user's role there is below {@code needed}
     */
    public WorkspaceGrant require(long workspaceId, Authentication user, WorkspaceRole needed) {
        WorkspaceGrant grant = find(workspaceId, user)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no workspace " + workspaceId));
        if (!grant.role().includes(needed)) {
            throw new AccessDeniedException("role " + grant.role() + " in workspace " + workspaceId
                    + " does not allow this (needs " + needed + ")");
        }
        return grant;
    }

    /**
     * The grant of a user who may delete the workspace: only a global ADMIN.
     *
     * @throws ResponseStatusException 404 when the user may not see the workspace
     * @throws AccessDeniedException   when the user is not a global ADMIN
     */
    public WorkspaceGrant requireDeletion(long workspaceId, Authentication user) {
        WorkspaceGrant grant = require(workspaceId, user, WorkspaceRole.VIEWER);
        if (!isGlobalAdmin(user)) {
            throw new AccessDeniedException("only administrators delete workspaces");
        }
        return grant;
    }

    /**
     * The grant of a designated case handler of the workspace's grievance mechanism. Being a handler is
     * a designation apart from the role: an ADMIN who is not designated does not see the cases.
     *
     * @throws ResponseStatusException 404 when the user may not see the workspace
     * @throws AccessDeniedException   when the user is not a designated case handler there
     */
    public WorkspaceGrant requireCaseHandler(long workspaceId, Authentication user) {
        WorkspaceGrant grant = require(workspaceId, user, WorkspaceRole.VIEWER);
        if (!workspaces.isCaseHandler(workspaceId, user.getName())) {
            throw new AccessDeniedException("only the designated case handlers of workspace " + workspaceId
                    + " see its grievances");
        }
        return grant;
    }

    /** The grant, empty when the workspace does not exist or the user may not see it. */
    public Optional<WorkspaceGrant> find(long workspaceId, Authentication user) {
        // one query: the workspace and the user's membership, if any
        Optional<Workspaces.WithRole> found = workspaces.findWithRole(workspaceId, user.getName());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return grant(found.get(), user, globalRole(user));
    }

    /**
     * The grants of the user on every workspace they may see, by name (all for a global ADMIN, else
     * their memberships), each with the role {@link #find} gives, in one query.
     */
    public java.util.List<WorkspaceGrant> visibleGrants(Authentication user) {
        WorkspaceRole global = globalRole(user);
        if (global == WorkspaceRole.ADMIN) {
            return workspaces.all().stream()
                    .map(w -> new WorkspaceGrant(w, user.getName(), WorkspaceRole.ADMIN)).toList();
        }
        return workspaces.membershipsOf(user.getName()).stream()
                .flatMap(m -> grant(m, user, global).stream()).toList();
    }

    /** The grant a workspace and the user's membership there give, given the user's global role. */
    private static Optional<WorkspaceGrant> grant(Workspaces.WithRole found, Authentication user, WorkspaceRole global) {
        if (global == WorkspaceRole.ADMIN) {
            return Optional.of(new WorkspaceGrant(found.workspace(), user.getName(), WorkspaceRole.ADMIN));
        }
        return found.role()
                .map(role -> new WorkspaceGrant(found.workspace(), user.getName(),
                        global == WorkspaceRole.VIEWER && !found.sandbox() ? WorkspaceRole.VIEWER : role));
    }

    /** Whether the user is a global administrator (manages every workspace). */
    public boolean isGlobalAdmin(Authentication user) {
        return globalRole(user) == WorkspaceRole.ADMIN;
    }

    /** The workspaces the user may see: all for a global ADMIN, else their memberships. */
    public java.util.List<Workspace> visible(Authentication user) {
        return isGlobalAdmin(user) ? workspaces.all() : workspaces.ofMember(user.getName());
    }

    static WorkspaceRole globalRole(Authentication user) {
        WorkspaceRole best = WorkspaceRole.VIEWER;
        for (GrantedAuthority authority : user.getAuthorities()) {
            String name = authority.getAuthority();
            if ("ROLE_ADMIN".equals(name)) {
                return WorkspaceRole.ADMIN;
            }
            if ("ROLE_ANALYST".equals(name)) {
                best = WorkspaceRole.ANALYST;
            }
        }
        return best;
    }
}
