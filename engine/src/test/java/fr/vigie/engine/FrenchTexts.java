package fr.vigie.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what is not French in a text meant to be French: {@code ??key??} placeholders of missing
 * message keys, and English sentences, recognised by frequent English function words standing as
 * whole words (none of them is a French word). Proper names, citations and codes that may contain
 * such words are removed first ({@code allowed}). The application's tests use it too (the engine's
 * test jar).
 */
public final class FrenchTexts {
  private FrenchTexts() {}

  /** English words that are not French words (so "on", "a", "or", "in", "per" are not here). */
  public static final Set<String> ENGLISH = Set.of(
      "the", "of", "and", "with", "from", "which", "is", "are", "not", "to", "for", "this", "that", "these",
      "by", "be", "been", "has", "have", "was", "were", "will", "its", "their", "than", "when", "where", "should",
      "must", "may", "can", "into", "between", "each", "every", "only", "also", "known", "gap", "yes");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\?\\?[A-Za-z0-9_.\\-]+\\?\\?");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** Runs of letters and digits with a digit in them: hashes, codes, versions ("43be6be8", "v2"). */
  private static final Pattern WITH_DIGIT = Pattern.compile("[\\p{L}\\d]*\\d[\\p{L}\\d]*");
  /** Ids and keys ({@code fr-duty-of-vigilance}, {@code alliance_for_responsible_mining}): not prose. */
  private static final Pattern ID = Pattern.compile("\\b[a-z0-9]+(?:[-_][a-z0-9]+)+\\b");

  /** The placeholders of missing keys in {@code raw} (markup included). */
  public static List<String> placeholders(String raw) {
    List<String> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(raw);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The visible text of an HTML page: element contents without style, script or tags, one line per block. */
  public static List<String> visibleLines(String html) {
    String t = html.replaceAll("(?is)<(style|script)\\b.*?</\\1>", " ")
        .replaceAll("(?s)<!--.*?-->", " ")
        .replaceAll("<[^>]+>", "\n")
        .replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'");
    List<String> lines = new ArrayList<>();
    for (String l : t.split("\n")) {
      if (!l.isBlank()) {
        lines.add(l.strip());
      }
    }
    return lines;
  }

  /**
   * The lines that read as English: each holds at least one of {@link #ENGLISH} as a whole word
   * (in lower case or capitalised; words in capitals are codes such as {@code CAN}), once the
   * {@code allowed} texts (proper names, user data) and ids are taken out.
   */
  public static List<String> englishLines(List<String> lines, Set<String> allowed) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String rest = line;
      for (String a : allowed) {
        rest = rest.replace(a, " ");
      }
      rest = ID.matcher(rest).replaceAll(" ");
      rest = WITH_DIGIT.matcher(rest).replaceAll(" ");
      Matcher m = WORD.matcher(rest);
      while (m.find()) {
        String w = m.group();
        boolean code = w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
        if (!code && ENGLISH.contains(w.toLowerCase(java.util.Locale.ROOT))) {
          out.add(line + "    <- \"" + m.group() + "\"");
          break;
        }
      }
    }
    return out;
  }
}
