/**
 * Mining-specific due-diligence signals per country: the US Department of Labor's list of goods
 * produced by child or forced labour mapped to minerals ({@link LabourFlag}), the EU indicative list
 * of conflict-affected and high-risk areas ({@link CahraListing}) and the UCDP/PRIO armed conflict
 * years ({@link ConflictYear}), read from the curated reference data into {@link DueDiligence}.
 */
package fr.vigie.engine.duediligence;
