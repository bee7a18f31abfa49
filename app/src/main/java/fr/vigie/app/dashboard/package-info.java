/**
 * The workspace dashboard: the priority ranking of filieres with reasons, the key figures (volume,
 * traceability coverage, texts that apply, open roadmap actions) and the risk heatmap (filiere x
 * stage x category) of the latest assessment, each figure with its inputs, method and source one
 * disclosure away.
 */
@NullMarked
@ApplicationModule(displayName = "Workspace dashboard")
package fr.vigie.app.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
