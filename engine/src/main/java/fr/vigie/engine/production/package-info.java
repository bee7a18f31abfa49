/**
 * Production by country and stage: country shares of each mineral's extraction and refining per
 * source, the preferred source per mineral and stage ({@link fr.vigie.engine.production.SourcePrecedence}),
 * and the EU study's trade factors.
 */
package fr.vigie.engine.production;
