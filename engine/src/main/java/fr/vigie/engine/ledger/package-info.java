/**
 * Purchase ledger import: a company's purchases, one line per purchased item and contained mineral,
 * read from CSV or XLSX in one streaming pass, validated line by line, and aggregated per filiere
 * (mineral) into mass, spend, traceability coverage and recycled content. The aggregation, not the
 * lines, is what the assessment consumes.
 */
package fr.vigie.engine.ledger;
