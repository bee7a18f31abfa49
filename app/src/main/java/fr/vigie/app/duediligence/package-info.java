/**
 * The OECD five steps of a workspace (docs/due-diligence-steps.md): each sub-step of the engine's
 * catalogue, company-wide and per filiere, with its status, owner, start, due and done dates, the
 * roadmap actions linked to it and its evidence (files stored in the database, links); the maturity per
 * filiere and for the company by the engine's named policy; every change audited. The assessment runs
 * read the record through {@link fr.vigie.app.assessment.DueDiligenceRecord}, so that their gap
 * analysis counts the evidenced sub-steps; other modules read a summary through {@link
 * fr.vigie.app.duediligence.StepsSummaries}.
 */
@NullMarked
@ApplicationModule(displayName = "Due diligence steps")
package fr.vigie.app.duediligence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
