/**
 * The engine's shared vocabulary, on which every other engine package may depend and which depends
 * on none of them: texts as message keys ({@link fr.vigie.engine.kernel.Text}, {@link
 * fr.vigie.engine.kernel.Term}) rendered in a reader's language by {@link
 * fr.vigie.engine.kernel.Messages}, and structured problems ({@link fr.vigie.engine.kernel.Problem})
 * that the command line, the API and the pages render, never parse.
 *
 * <p>It also holds the closed vocabularies every feature shares: {@link
 * fr.vigie.engine.kernel.RiskCategory}, {@link fr.vigie.engine.kernel.RiskLevel}, {@link
 * fr.vigie.engine.kernel.Stage} (all {@link fr.vigie.engine.kernel.Labelled}), and score {@link
 * fr.vigie.engine.kernel.Explanation}s.
 */
package fr.vigie.engine.kernel;
