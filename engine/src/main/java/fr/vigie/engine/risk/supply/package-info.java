/**
 * Supply risk of a mineral (primer section 5): the EU criticality method's governance-weighted
 * concentration HHI_WGI,t and gross supply risk, and GeoPolRisk for an importer, with the parser of
 * an importer's quantities by origin.
 */
package fr.vigie.engine.risk.supply;
