package fr.vigie.engine.io;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, checked access to the keys of one YAML mapping. Every failure is a {@link
 * ProblemException} whose problem names the source, the line and the key (rendered in English as
 * "regulations.yaml:12 (adopted): key 'adopted': '2017-13-01' is not a date (yyyy-mm-dd)"). Declare
 * the keys a mapping may hold with {@link #allow}; {@link #unknownKeys()} then lists the others.
 */
public final class Fields {
  private final String source;
  private final YamlNode.Mapping map;
  private final String what;
  private final Set<String> allowed = new LinkedHashSet<>();

  private Fields(String source, YamlNode.Mapping map, String what) {
    this.source = source;
    this.map = map;
    this.what = what;
  }

  /** Wraps {@code node}, which must be a mapping describing {@code what} (e.g. "a text"). */
  public static Fields of(String source, YamlNode node, String what) {
    return of(source, node, what, null);
  }

  private static Fields of(String source, YamlNode node, String what, String key) {
    if (!(node instanceof YamlNode.Mapping m)) {
      Problem p = Problem.error("yaml.not_mapping", what, node.kind()).at(source, node.line());
      throw new ProblemException(key == null ? p : p.atPath(key));
    }
    return new Fields(source, m, what);
  }

  /**
   * A problem with the English {@code message} as its only text (code {@code untranslated}), at the
   * line. Prefer {@link #problem}, which gives the problem a code of its own.
   */
  public static ProblemException error(String source, int line, String message) {
    return new ProblemException(Problem.error("untranslated", message).at(source, line));
  }

  /** See {@link #error(String, int, String)}. */
  public ProblemException error(int line, String message) {
    return error(source, line, message);
  }

  /** A problem with its own code and arguments, at the line, naming {@code key} as its path. */
  public ProblemException problem(int line, String key, String code, Object... args) {
    Problem p = Problem.error(code, args).at(source, line);
    return new ProblemException(key == null ? p : p.atPath(key));
  }

  /** A problem at a key: its line, the key as path. */
  public ProblemException problemAt(String key, String code, Object... args) {
    return problem(lineOf(key), key, code, args);
  }

  public String source() {
    return source;
  }

  public int line() {
    return map.line();
  }

  /** Declares keys this mapping may hold; returns this. */
  public Fields allow(String... keys) {
    allowed.addAll(List.of(keys));
    return this;
  }

  /** The keys present but not allowed, with their lines, in source order. */
  public List<YamlNode.Entry> unknownKeys() {
    List<YamlNode.Entry> out = new ArrayList<>();
    for (YamlNode.Entry e : map.entries().values()) {
      if (!allowed.contains(e.key())) {
        out.add(e);
      }
    }
    return out;
  }

  /** Refuses any key not declared with {@link #allow}, naming the first one and its line. */
  public void rejectUnknown() {
    List<YamlNode.Entry> unknown = unknownKeys();
    if (!unknown.isEmpty()) {
      YamlNode.Entry e = unknown.get(0);
      throw problem(e.keyLine(), e.key(), "yaml.unknown_key", e.key(), what, String.join(", ", allowed));
    }
  }

  public boolean has(String key) {
    Optional<YamlNode> n = node(key);
    return n.isPresent();
  }

  /** The value of {@code key}; empty when absent or written as an empty value (null). */
  public Optional<YamlNode> node(String key) {
    YamlNode.Entry e = map.entries().get(key);
    if (e == null
        || (e.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL)) {
      return Optional.empty();
    }
    return Optional.of(e.value());
  }

  private YamlNode required(String key) {
    return node(key)
        .orElseThrow(() -> problem(map.line(), key, "yaml.missing_key", key, what));
  }

  /** Line of the key, or of the mapping when absent. */
  public int lineOf(String key) {
    YamlNode.Entry e = map.entries().get(key);
    return e == null ? map.line() : e.keyLine();
  }

  public String string(String key) {
    return text(key, required(key));
  }

  public Optional<String> optString(String key) {
    return node(key).map(n -> text(key, n));
  }

  private String text(String key, YamlNode n) {
    if (!(n instanceof YamlNode.Scalar s)) {
      throw problem(n.line(), key, "yaml.not_single", key, n.kind());
    }
    String t = s.text().strip();
    if (t.isEmpty()) {
      throw problem(n.line(), key, "yaml.empty_value", key);
    }
    return t;
  }

  public LocalDate date(String key) {
    return toDate(key, required(key));
  }

  public Optional<LocalDate> optDate(String key) {
    return node(key).map(n -> toDate(key, n));
  }

  private LocalDate toDate(String key, YamlNode n) {
    String t = text(key, n);
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw problem(n.line(), key, "yaml.bad_date", key, t);
    }
  }

  public BigDecimal decimal(String key) {
    return toDecimal(key, required(key));
  }

  public Optional<BigDecimal> optDecimal(String key) {
    return node(key).map(n -> toDecimal(key, n));
  }

  /** Reads a number (underscores allowed as digit separators, as in {@code 1_500_000_000}). */
  public BigDecimal toDecimal(String key, YamlNode n) {
    String t = text(key, n);
    if (n instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.BOOLEAN) {
      throw problem(n.line(), key, "yaml.bad_number", key, t);
    }
    try {
      return new BigDecimal(t.replace("_", ""));
    } catch (NumberFormatException e) {
      throw problem(n.line(), key, "yaml.bad_number", key, t);
    }
  }

  /** A whole number that is zero or more; {@code key} names it in messages. */
  public long toCount(String key, YamlNode n) {
    BigDecimal d = toDecimal(key, n);
    if (d.signum() < 0) {
      throw problem(n.line(), key, "yaml.negative", key, d.toPlainString());
    }
    try {
      return d.longValueExact();
    } catch (ArithmeticException e) {
      throw problem(n.line(), key, "yaml.not_whole", key, d.toPlainString());
    }
  }

  public Optional<Boolean> optBool(String key) {
    return node(key).map(n -> toBool(key, n));
  }

  private Boolean toBool(String key, YamlNode n) {
    String t = text(key, n).toLowerCase(java.util.Locale.ROOT);
    return switch (t) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw problem(n.line(), key, "yaml.bad_boolean", key, t);
    };
  }

  /** The items of a list; empty when the key is absent. */
  public List<YamlNode> list(String key) {
    return optList(key).orElse(List.of());
  }

  public Optional<List<YamlNode>> optList(String key) {
    return node(key)
        .map(
            n -> {
              if (!(n instanceof YamlNode.Sequence s)) {
                throw problem(n.line(), key, "yaml.not_list", key, n.kind());
              }
              return s.items();
            });
  }

  /** A list of single values (strings); empty when absent. */
  public List<String> strings(String key) {
    return optStrings(key).orElse(List.of());
  }

  public Optional<List<String>> optStrings(String key) {
    return optList(key).map(items -> items.stream().map(i -> text(key, i)).toList());
  }

  public Optional<Fields> optMap(String key, String nestedWhat) {
    return node(key).map(n -> of(source, n, nestedWhat, key));
  }

  public Fields map(String key, String nestedWhat) {
    return of(source, required(key), nestedWhat, key);
  }
}
