package fr.vigie.app.workspace;

/**
 * Published when a workspace is deleted (inside the deleting transaction), so that modules keeping
 * data of the workspace in memory drop it.
 *
 * @param workspaceId the deleted workspace
 */
public record WorkspaceDeleted(long workspaceId) {
}
