/**
 * Company workspaces: each holds a company profile, purchase ledgers and members with a role per
 * workspace (ADMIN, ANALYST, VIEWER). A user sees only the workspaces they belong to; a global
 * administrator manages every workspace and its members. {@link fr.vigie.app.workspace.WorkspaceAccess}
 * is the one place that decides who may read or change a workspace; the other modules ask it.
 * The demo workspace is created on first start from the bundled example profile and ledger.
 */
@NullMarked
@ApplicationModule(displayName = "Workspaces")
package fr.vigie.app.workspace;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
