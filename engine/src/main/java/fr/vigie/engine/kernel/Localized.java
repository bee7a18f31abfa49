package fr.vigie.engine.kernel;

/**
 * Something shown to a reader whose words depend on the reader's language: a message key with its
 * arguments ({@link Text}) or a reference-data term named from the data's translations ({@link
 * Term}). Rendered by {@link Messages#render(Object)}; stored as keys and ids, never as sentences.
 */
public sealed interface Localized permits Text, Term {}
