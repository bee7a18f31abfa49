package fr.vigie.engine.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text as a message key and its arguments, rendered at the edge in the reader's language (see
 * {@link Messages}). Arguments are numbers, strings (shown as they are: ids, codes, file names),
 * dates, or other {@link Localized} values rendered recursively.
 *
 * @param key a key of one of the engine's message bundles, e.g. {@code problem.yaml.duplicate_key}
 * @param args the values of the pattern's {@code {0}}, {@code {1}}, ... placeholders
 */
public record Text(String key, List<Object> args) implements Localized {
  public Text {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) throw new IllegalArgumentException("a message key cannot be blank");
    args = List.copyOf(args.stream().map(a -> Objects.requireNonNull(a, "argument of " + key)).toList());
  }

  /** A text with the given key and arguments. */
  public static Text of(String key, Object... args) {
    return new Text(key, Arrays.asList(args));
  }
}
