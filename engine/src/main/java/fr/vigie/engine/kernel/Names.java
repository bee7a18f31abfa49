package fr.vigie.engine.kernel;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A reference-data text in several languages, keyed by ISO 639 language code ({@code en}, {@code
 * fr}, ...), as read from the data's per-language columns or maps. English, the fallback, is
 * required; any other language is optional, so adding a language is adding a column or a map entry.
 *
 * @param byLanguage the text per language code, English first
 */
public record Names(Map<String, String> byLanguage) {
  public Names {
    Objects.requireNonNull(byLanguage, "byLanguage");
    Map<String, String> copy = new LinkedHashMap<>();
    String english = byLanguage.get("en");
    if (english == null || english.isBlank()) {
      throw new IllegalArgumentException("an English text is required, got " + byLanguage);
    }
    copy.put("en", english);
    byLanguage.forEach(
        (language, text) -> {
          if (text != null && !text.isBlank()) copy.put(language.toLowerCase(Locale.ROOT), text);
        });
    byLanguage = java.util.Collections.unmodifiableMap(copy);
  }

  /** The same text in every language (a code, a proper name written alike). */
  public static Names english(String text) {
    return new Names(Map.of("en", text));
  }

  /** Texts given as language, text, language, text... (English among them). */
  public static Names of(String... languageThenText) {
    if (languageThenText.length % 2 != 0) {
      throw new IllegalArgumentException("languages and texts come in pairs");
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < languageThenText.length; i += 2) {
      m.put(languageThenText[i], languageThenText[i + 1]);
    }
    return new Names(m);
  }

  /** The text in exactly this language, when the data has it. */
  public Optional<String> exactly(Locale locale) {
    return Optional.ofNullable(byLanguage.get(locale.getLanguage()));
  }

  /** The text in this language, else in English. */
  public String in(Locale locale) {
    return exactly(locale).orElse(byLanguage.get("en"));
  }

  /** The English text (the fallback language). */
  public String english() {
    return byLanguage.get("en");
  }

  /** Whether the data has the text in this language. */
  public boolean has(String language) {
    return byLanguage.containsKey(language);
  }
}
