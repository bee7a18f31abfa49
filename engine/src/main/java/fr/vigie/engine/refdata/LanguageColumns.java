package fr.vigie.engine.refdata;

import fr.vigie.engine.io.Csv;
import fr.vigie.engine.kernel.Names;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a text the curated files give in several languages, one column per language: {@code
 * name_en}, {@code name_fr}, and any other {@code name_<language>} column a file adds. English is
 * required; the shipped files also give French (checked by the readers). Adding a language is
 * adding columns, not code.
 */
final class LanguageColumns {
  private LanguageColumns() {}

  /** The columns every shipped file gives for a text: {@code <prefix>_en} and {@code <prefix>_fr}. */
  static String[] required(String prefix) {
    return new String[] {prefix + "_" + "en", prefix + "_" + "fr"};
  }

  /** The languages of the {@code <prefix>_<language>} columns of a header, English first. */
  static List<String> languages(Csv.Table table, String prefix) {
    Pattern p = Pattern.compile(Pattern.quote(prefix) + "_([a-z]{2,3})");
    List<String> languages = new java.util.ArrayList<>();
    languages.add("en");
    for (String column : table.header()) {
      Matcher m = p.matcher(column);
      if (m.matches() && !languages.contains(m.group(1))) languages.add(m.group(1));
    }
    return languages;
  }

  /** The row's {@code <prefix>_<language>} cells; {@code <prefix>_en} and {@code <prefix>_fr} required. */
  static Names names(Csv.Table table, Csv.Row row, String prefix) {
    Map<String, String> byLanguage = new LinkedHashMap<>();
    for (String language : languages(table, prefix)) {
      String column = prefix + "_" + language;
      byLanguage.put(
          language,
          language.equals("en") || language.equals("fr") ? row.required(column) : row.get(column));
    }
    return new Names(byLanguage);
  }

  /** The row's {@code <prefix>_<language>} lists ({@code ;}-separated by {@code split}). */
  static Map<String, List<String>> lists(
      Csv.Table table, Csv.Row row, String prefix, java.util.function.Function<String, List<String>> split) {
    Map<String, List<String>> byLanguage = new LinkedHashMap<>();
    for (String language : languages(table, prefix)) {
      List<String> list = split.apply(prefix + "_" + language);
      if (!list.isEmpty()) byLanguage.put(language, list);
    }
    return byLanguage;
  }
}
