package fr.vigie.engine.kernel;

import java.util.Arrays;
import java.util.Locale;

/**
 * A closed vocabulary term (an enum constant) with a stable file/JSON id, named in each language by
 * the bundle key {@code term.<kind>.<id>} of the {@code reference} bundle (see {@link Messages}).
 * {@link #parse} reads an id leniently (case, hyphens, spaces) and refuses anything else with a
 * message listing the accepted ids.
 */
public interface Labelled {
  /** Stable identifier used in files and JSON, e.g. {@code pre_treatment}. */
  String id();

  /** The vocabulary this term belongs to, as named in bundle keys, e.g. {@code stage}. */
  String kind();

  /** This term, for rendering with {@link Messages#render(Object)}. */
  default Term term() {
    return Term.of(kind(), id());
  }

  /** The name in the given language, from the bundles (English when the language has none). */
  default String name(Locale locale) {
    return Messages.of(locale).render(term());
  }

  /**
   * Parses an id, or the constant's name, case-insensitively and with {@code -} or a space read as
   * {@code _}.
   *
   * @param what the vocabulary, e.g. "stage" (its name is the message key {@code vocabulary.<what>})
   */
  static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text, String what) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    E[] values = type.getEnumConstants();
    return Arrays.stream(values)
        .filter(e -> e.id().equals(t) || e.name().toLowerCase(Locale.ROOT).equals(t))
        .findFirst()
        .orElseThrow(
            () ->
                new ProblemException(
                    Problem.error(
                        "vocabulary.unknown",
                        Text.of("vocabulary." + what.replace(' ', '_')),
                        String.valueOf(text),
                        String.join(", ", Arrays.stream(values).map(Labelled::id).toList()))));
  }
}
