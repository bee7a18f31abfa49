package fr.vigie.engine.kernel;

import java.util.Arrays;
import java.util.Locale;

/**
 * A closed vocabulary term (an enum constant) with a stable file/JSON id and English and French
 * names. {@link #parse} reads an id leniently (case, hyphens, spaces) and refuses anything else with a
 * message listing the accepted ids.
 */
public interface Labelled {
  /** Stable identifier used in files and JSON, e.g. {@code pre_treatment}. */
  String id();

  String nameEn();

  String nameFr();

  /** The name in the given language: French for {@code fr}, English otherwise. */
  default String name(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? nameFr() : nameEn();
  }

  /**
   * Parses an id, or the constant's name, case-insensitively and with {@code -} or a space read as
   * {@code _}.
   *
   * @param what how the message names the vocabulary, e.g. "stage"
   */
  static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text, String what) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    E[] values = type.getEnumConstants();
    return Arrays.stream(values)
        .filter(e -> e.id().equals(t) || e.name().toLowerCase(Locale.ROOT).equals(t))
        .findFirst()
        .orElseThrow(
            () ->
                new VigieException(
                    "unknown " + what + " '" + text + "' (expected one of "
                        + Arrays.stream(values).map(Labelled::id).toList() + ")"));
  }
}
