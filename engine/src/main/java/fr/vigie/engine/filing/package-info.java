/**
 * The reports companies file or publish about their mineral supply chains, drawn up from a stored
 * assessment and, when the company has them, its OECD steps register, supplier declaration campaigns
 * and grievance statistics: the mineral part of a French plan de vigilance, the EU conflict minerals
 * annual report, the battery due diligence report, a draft US Form SD with its Conflict Minerals
 * Report (docs/reports.md). {@link fr.vigie.engine.filing.Filings} builds a format-independent
 * {@link fr.vigie.engine.filing.FilingDocument} and renders it as HTML, DOCX or PDF.
 */
package fr.vigie.engine.filing;
