/**
 * Vigie's engine: the domain model, the reference data, the scoring and the rules, with no framework,
 * no database and no web. Usable as a library and from the command line ({@link
 * fr.vigie.engine.cli.VigieCli}). Each sub-package is one feature; docs/ARCHITECTURE.md shows their
 * layers. This root package is the facade layer: what it holds may use every feature package, and
 * only the command line uses it.
 */
package fr.vigie.engine;
