package fr.vigie.app.workspace;

/** What a member may do in one workspace, from most to least rights; each includes those after it. */
public enum WorkspaceRole {
    /** Manages the workspace's members, and everything an analyst does. */
    ADMIN,
    /** Edits the profile, imports ledgers, runs assessments, updates the roadmap. */
    ANALYST,
    /** Reads only. */
    VIEWER;

    /** Whether this role has at least the rights of {@code needed}. */
    public boolean includes(WorkspaceRole needed) {
        return ordinal() <= needed.ordinal();
    }
}
