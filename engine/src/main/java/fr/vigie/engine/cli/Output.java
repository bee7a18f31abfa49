package fr.vigie.engine.cli;

import fr.vigie.engine.kernel.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints a command's result, built once as a record (a "view", see {@link RefDataViews}), either
 * as JSON or as indented human-readable text walked from the same JSON tree, so both outputs show
 * the same fields in the same order.
 */
final class Output {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Output() {}

  /** Prints in English (the commands without {@code --lang}). */
  static void print(PrintWriter out, Object view, boolean json) {
    print(out, view, json, Locale.ENGLISH);
  }

  /**
   * Prints the view; the text's words (yes, no, none) are in the language of {@code locale}, and a
   * map of texts per language ({@code names}, {@code uses}) shows the text in that language only
   * (the JSON keeps every language).
   */
  static void print(PrintWriter out, Object view, boolean json, Locale locale) {
    if (json) {
      out.println(JSON.writeValueAsString(view));
    } else {
      StringBuilder sb = new StringBuilder();
      // records become the same ordered maps and lists as their JSON, then are walked as text
      new Walker(Messages.of(locale)).text(sb, JSON.convertValue(view, Object.class), 0);
      out.print(sb);
    }
    out.flush();
  }

  /** A language code key of a map of texts per language. */
  private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-z]{2,3}");

  /**
   * Whether {@code v} is a map of texts (or lists of texts) per language: language code keys,
   * English among them.
   */
  private static boolean isLanguageMap(Object v) {
    return v instanceof Map<?, ?> m && m.containsKey("en")
        && m.entrySet().stream().allMatch(e -> LANGUAGE.matcher(String.valueOf(e.getKey())).matches()
            && (e.getValue() instanceof String
                || e.getValue() instanceof List<?> l && l.stream().allMatch(Output::isScalar)));
  }

  /** Walks the JSON tree into text, its words in one language. */
  private record Walker(Messages messages) {

    /** YAML-like text: maps as "key: value", lists as "- ", shares as percentages. */
    private void text(StringBuilder sb, Object v, int indent) {
      if (v instanceof Map<?, ?> m) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
          Object val = e.getValue();
          pad(sb, indent).append(e.getKey()).append(':');
          if (isLanguageMap(val)) {
            Map<?, ?> texts = (Map<?, ?>) val;
            Object t = texts.get(messages.locale().getLanguage());
            Object shown = t != null ? t : texts.get("en");
            sb.append(' ').append(shown instanceof List<?> l
                ? String.join(", ", l.stream().map(String::valueOf).toList()) : shown).append('\n');
          } else if (isScalar(val)) {
            sb.append(' ').append(scalar(String.valueOf(e.getKey()), val)).append('\n');
          } else if (val instanceof List<?> l && (l.isEmpty() || l.stream().allMatch(Output::isScalar))) {
            sb.append(' ').append(l.isEmpty() ? word("none") : String.join(", ", l.stream().map(String::valueOf).toList())).append('\n');
          } else {
            sb.append('\n');
            text(sb, val, indent + 1);
          }
        }
      } else if (v instanceof List<?> l) {
        for (Object item : l) {
          if (item instanceof Map<?, ?> m && m.values().stream().allMatch(Output::isScalar)) {
            pad(sb, indent).append("- ");
            StringBuilder line = new StringBuilder();
            m.forEach(
                (k, val) -> {
                  if (!line.isEmpty()) {
                    line.append("  ");
                  }
                  line.append(k).append('=').append(scalar(String.valueOf(k), val));
                });
            sb.append(line).append('\n');
          } else if (isScalar(item)) {
            pad(sb, indent).append("- ").append(item).append('\n');
          } else {
            pad(sb, indent).append("-\n");
            text(sb, item, indent + 1);
          }
        }
      } else {
        pad(sb, indent).append(v).append('\n');
      }
    }

    private String word(String key) {
      return messages.render(fr.vigie.engine.kernel.Text.of("cli.output." + key));
    }

    private String scalar(String key, Object v) {
      if (v instanceof Boolean b) {
        return word(b ? "yes" : "no");
      }
      return Output.scalar(key, v);
    }
  }

  private static boolean isScalar(Object v) {
    return v == null || v instanceof String || v instanceof Number || v instanceof Boolean;
  }

  private static String scalar(String key, Object v) {
    if (v == null) {
      return "-";
    }
    if (v instanceof Double d && (key.equals("share") || key.endsWith("_share"))) {
      return String.format(Locale.ROOT, "%.1f%%", d * 100);
    }
    if (v instanceof Double d) {
      return new java.math.BigDecimal(d, new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(v);
  }

  private static StringBuilder pad(StringBuilder sb, int indent) {
    return sb.append("  ".repeat(indent));
  }
}
