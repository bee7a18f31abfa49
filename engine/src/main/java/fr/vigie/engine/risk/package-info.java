/**
 * Risk engine: the methodology as versioned data ({@link fr.vigie.engine.risk.Methodology}),
 * country risk per category with contributions, missing indicators and confidence
 * ({@link fr.vigie.engine.risk.CountryRiskScorer}), process and stage risk
 * ({@link fr.vigie.engine.risk.StageRiskCalculator}), concentration
 * ({@link fr.vigie.engine.risk.Concentration}) and the facade over the reference data
 * ({@link fr.vigie.engine.risk.RiskEngine}). Every result records the methodology id and version
 * and can print the tree that produced it ({@link fr.vigie.engine.kernel.Explanation}).
 * See docs/risk-methodology.md.
 */
package fr.vigie.engine.risk;
