/**
 * The engine's one input layer, depending only on {@link fr.vigie.engine.kernel}: a YAML/JSON reader
 * that keeps line numbers and refuses duplicate keys ({@link fr.vigie.engine.io.YamlReader}, typed
 * access with {@link fr.vigie.engine.io.Fields}), a small CSV reader for curated and user files
 * ({@link fr.vigie.engine.io.Csv}) and a streaming Excel reader with one size policy ({@link
 * fr.vigie.engine.io.Xlsx}), and the one output that needs a library of its own: XHTML to PDF with
 * an embedded Unicode font ({@link fr.vigie.engine.io.PdfRenderer}). Every failure is a {@link fr.vigie.engine.kernel.ProblemException}
 * whose problems name the source, the line and the key or column.
 */
package fr.vigie.engine.io;
