/**
 * The five steps of the OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from
 * Conflict-Affected and High-Risk Areas (third edition, 2016) and their lettered sub-steps
 * ({@link fr.vigie.engine.oecd.OecdSteps}, read from {@code sub-steps.csv} with the guidance's
 * section next to each), a company's progress on them per filiere and company-wide ({@link
 * fr.vigie.engine.oecd.DueDiligenceSteps}), its maturity ({@link fr.vigie.engine.oecd.MaturityPolicy})
 * and the practices that evidenced sub-steps put in place for the assessment's gap analysis.
 * docs/due-diligence-steps.md describes the model.
 */
package fr.vigie.engine.oecd;
