package fr.vigie.engine.kernel;

import java.util.Locale;
import java.util.Optional;

/**
 * Names reference-data terms in a language, from the data's own translations (per-language columns
 * or files, never fields named after a language). The reference data provides one; {@link #NONE}
 * knows no term.
 */
@FunctionalInterface
public interface TermNames {
  /** The name of {@code kind}/{@code id} in exactly this language, if the data has one. */
  Optional<String> name(String kind, String id, Locale locale);

  TermNames NONE = (kind, id, locale) -> Optional.empty();

  /** These names, then {@code other}'s for the terms these do not name. */
  default TermNames or(TermNames other) {
    return (kind, id, locale) -> name(kind, id, locale).or(() -> other.name(kind, id, locale));
  }
}
