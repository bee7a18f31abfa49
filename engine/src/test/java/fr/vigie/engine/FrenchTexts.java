package fr.vigie.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what is not French in a text meant to be French: {@code ??key??} placeholders of missing
 * message keys, and English sentences, recognised by frequent English function words standing as
 * whole words (none of them is a French word), and English labels, recognised by the words of
 * data labels that are not French words ({@link #LABELS}). Proper names, citations and codes that may contain
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

  /**
   * English words of short labels that never belong in French text: the words of data labels (a
   * production series, a status, a unit, a commodity) that stand alone, without the function words
   * {@link #ENGLISH} looks for ("2024 mine production (estimated)", "as promulgated", "all"). None
   * is a French word.
   */
  public static final Set<String> LABELS = Set.of(
      "all", "none", "estimated", "estimate", "promulgated", "amended", "refining", "refinery", "mining",
      "processing", "smelter", "output", "supply", "chemicals", "elements", "earth", "synthetic", "indicator",
      "share", "shares", "country", "countries", "world", "rest", "other", "others", "ledger", "unknown",
      "unverified", "verified", "applies", "rules", "since", "until", "postponement", "rule", "cattle", "cocoa",
      "coffee", "rubber", "soya", "wood", "palm", "oil", "yearly", "year", "years", "step", "steps", "done",
      "pending");

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
   * The lines that read as English: each holds at least one of {@link #ENGLISH} or {@link #LABELS} as a whole word
   * (in lower case or capitalised; words in capitals are codes such as {@code CAN}), once the
   * {@code allowed} texts (proper names, user data) and ids are taken out.
   */
  public static List<String> englishLines(List<String> lines, Set<String> allowed) {
    return english(lines, allowed, true);
  }

  /**
   * The lines that hold an English sentence word ({@link #ENGLISH}) only: for outputs that print
   * ids and data fields by design (the command line's {@code key: value} listings), where the
   * words of {@link #LABELS} stand as field names or ids.
   */
  public static List<String> englishSentences(List<String> lines, Set<String> allowed) {
    return english(lines, allowed, false);
  }

  private static List<String> english(List<String> lines, Set<String> allowed, boolean labels) {
    List<String> out = new ArrayList<>();
    // the longest first: a short allowed text ("Be") must not cut a longer one ("Better Mining")
    List<String> longestFirst = allowed.stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    for (String line : lines) {
      String rest = line;
      for (String a : longestFirst) {
        rest = rest.replace(a, " ");
      }
      rest = ID.matcher(rest).replaceAll(" ");
      rest = WITH_DIGIT.matcher(rest).replaceAll(" ");
      Matcher m = WORD.matcher(rest);
      while (m.find()) {
        String w = m.group();
        boolean code = w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        if (!code && (ENGLISH.contains(lower) || labels && LABELS.contains(lower))) {
          out.add(line + "    <- \"" + m.group() + "\"");
          break;
        }
      }
    }
    return out;
  }
}
