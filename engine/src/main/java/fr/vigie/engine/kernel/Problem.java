package fr.vigie.engine.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A structured problem found in an input or a request: what (a stable {@code code}), where (the
 * {@code source} file or input, a {@code line}, a {@code path} such as a field, a cell or a YAML key)
 * and with which values ({@code args}). Its text is the message key {@code problem.<code>} rendered
 * with {@code args}; the command line, the API (RFC 9457 problem details, {@code type} per code) and
 * the pages render it from the bundles and never parse it.
 *
 * @param code a stable dotted code, e.g. {@code yaml.duplicate_key}
 * @param severity how bad it is
 * @param source the file name or input label, or null when there is none
 * @param line the 1-based line (or row), or null
 * @param path the field, key, column or cell inside the source, or null
 * @param args the values the message shows
 */
public record Problem(String code, Severity severity, String source, Integer line, String path, List<Object> args) {
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    args = List.copyOf(args.stream().map(a -> Objects.requireNonNull(a, "argument of " + code)).toList());
  }

  /** An error with no place yet (add one with {@link #at}). */
  public static Problem error(String code, Object... args) {
    return new Problem(code, Severity.ERROR, null, null, null, Arrays.asList(args));
  }

  public static Problem warning(String code, Object... args) {
    return new Problem(code, Severity.WARNING, null, null, null, Arrays.asList(args));
  }

  /** The same problem in a source, at a line (null when unknown). */
  public Problem at(String source, Integer line) {
    return new Problem(code, severity, source, line, path, args);
  }

  /** The same problem at a path (field, key, column, cell) inside its source. */
  public Problem atPath(String path) {
    return new Problem(code, severity, source, line, path, args);
  }

  /** The message key of this problem's text. */
  public String key() {
    return "problem." + code;
  }

  /** The problem's text, without its place. */
  public Text text() {
    return new Text(key(), args);
  }

  /**
   * The place, e.g. {@code profile.yaml:12 (employees.total)}, as a text: key {@code
   * kernel.place.*} so that languages may word it.
   */
  public Optional<Text> place() {
    if (source == null && line == null && path == null) return Optional.empty();
    if (source == null) {
      if (line != null && path != null) return Optional.of(Text.of("kernel.place.line_path_only", line.toString(), path));
      if (line != null) return Optional.of(Text.of("kernel.place.line_only", line.toString()));
      return Optional.of(Text.of("kernel.place.path_only", path));
    }
    String s = source;
    if (line != null && path != null) return Optional.of(Text.of("kernel.place.line_path", s, line.toString(), path));
    if (line != null) return Optional.of(Text.of("kernel.place.line", s, line.toString()));
    if (path != null) return Optional.of(Text.of("kernel.place.path", s, path));
    return Optional.of(Text.of("kernel.place.source", s));
  }

  /** The place and the text in one line, e.g. {@code profile.yaml:12 (employees): must be a number}. */
  public String render(Messages messages) {
    String text = messages.render(text());
    return place().map(p -> messages.render(Text.of("kernel.problem.with_place", p, text))).orElse(text);
  }
}
