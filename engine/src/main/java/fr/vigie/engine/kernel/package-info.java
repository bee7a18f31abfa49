/**
 * The engine's shared vocabulary, on which every other engine package may depend and which depends
 * on none of them: texts as message keys ({@link fr.vigie.engine.kernel.Text}, {@link
 * fr.vigie.engine.kernel.Term}) rendered in a reader's language by {@link
 * fr.vigie.engine.kernel.Messages}, and structured problems ({@link fr.vigie.engine.kernel.Problem})
 * that the command line, the API and the pages render, never parse.
 */
package fr.vigie.engine.kernel;
