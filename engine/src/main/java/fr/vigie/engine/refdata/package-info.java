/**
 * The curated reference knowledge base: loading and validation of the bundled files ({@link
 * fr.vigie.engine.refdata.ReferenceData}), the data catalog and coverage. File formats are described
 * in docs/reference-data.md.
 */
package fr.vigie.engine.refdata;
