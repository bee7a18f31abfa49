package fr.vigie.app.duediligence;

import fr.vigie.app.workspace.WorkspaceGrant;

/**
 * The module's public API: a workspace's OECD five steps in figures, for other modules (the reports).
 * A member of the workspace may read it (the grant says which workspace); nothing here changes data.
 */
public interface StepsSummaries {

    /** The workspace's steps summary: the company and each filiere, step by step. */
    StepsSummary summary(WorkspaceGrant grant);
}
