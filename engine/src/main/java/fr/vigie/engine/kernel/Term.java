package fr.vigie.engine.kernel;

import java.util.Objects;

/**
 * A reference-data term (a mineral, a country, a stage, a process...) named in the reader's
 * language from the reference data's translations, through the {@link TermNames} given to {@link
 * Messages}. Without a name for the language, the English name, then the message key {@code
 * term.<kind>.<id>}, then the id itself is shown.
 *
 * @param kind the vocabulary, e.g. {@code mineral}, {@code country}, {@code stage}
 * @param id the term's stable id in that vocabulary, e.g. {@code cobalt}, {@code CD}
 */
public record Term(String kind, String id) implements Localized {
  public Term {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static Term of(String kind, String id) {
    return new Term(kind, id);
  }
}
