/**
 * The reports a company files, per workspace: the mineral supply chain part of a French plan de
 * vigilance, the EU conflict minerals importer's annual report, the battery due diligence report and
 * a draft US Form SD, built by the engine ({@code fr.vigie.engine.filing}) from the workspace's shown
 * assessment, its company profile, its supplier campaigns and declarations and its grievance
 * statistics, previewed in the page and downloaded as DOCX, PDF and HTML in French or English. See
 * docs/reports.md.
 */
@NullMarked
@ApplicationModule(displayName = "Filed reports")
package fr.vigie.app.filing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
