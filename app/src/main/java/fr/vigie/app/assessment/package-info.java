/**
 * Assessments of a workspace: running the engine's assessment on the workspace's profile and
 * current ledger, storing the result (jsonb) with its methodology, priority weights, engine and
 * reference data versions and its inputs, so that older assessments stay as they were computed and
 * can be run again; comparing two assessments (what moved and why); the report as a page, PDF
 * (rendered from the same HTML), XLSX and JSON.
 */
@NullMarked
@ApplicationModule(displayName = "Assessments")
package fr.vigie.app.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
