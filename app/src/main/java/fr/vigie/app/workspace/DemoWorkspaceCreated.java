package fr.vigie.app.workspace;

/**
 * Published once the demo workspace is created with its profile and ledger, so that a first
 * assessment can be run for it.
 *
 * @param workspace the demo workspace
 */
public record DemoWorkspaceCreated(Workspace workspace) {
}
