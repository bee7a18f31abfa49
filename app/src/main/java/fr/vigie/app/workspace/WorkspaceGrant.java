package fr.vigie.app.workspace;

import java.util.Objects;

/**
 * A user's access to one workspace, as decided by {@link WorkspaceAccess}.
 *
 * @param workspace the workspace
 * @param username  the user
 * @param role      the user's effective role in it
 */
public record WorkspaceGrant(Workspace workspace, String username, WorkspaceRole role) {

    /** Checks that no component is null. */
    public WorkspaceGrant {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** The workspace id. */
    public long id() {
        return workspace.id();
    }

    /** Whether the user may change the workspace's data (ANALYST or ADMIN). */
    public boolean canEdit() {
        return role.includes(WorkspaceRole.ANALYST);
    }

    /** Whether the user may manage the members (ADMIN). */
    public boolean canManage() {
        return role.includes(WorkspaceRole.ADMIN);
    }
}
