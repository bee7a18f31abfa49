package fr.vigie.engine.assessment;

import java.util.List;
import java.util.Objects;

/**
 * A readable text of an assessment in English and in French, made by one template of {@link
 * Phrases}.
 *
 * @param en the English text
 * @param fr the French text
 */
public record Text(String en, String fr) {
  public Text {
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(fr, "fr");
  }

  /** The English texts of a list. */
  static List<String> en(List<Text> texts) {
    return texts.stream().map(Text::en).toList();
  }

  /** The French texts of a list. */
  static List<String> fr(List<Text> texts) {
    return texts.stream().map(Text::fr).toList();
  }
}
