package fr.vigie.engine.io;

import fr.vigie.engine.kernel.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A YAML (or JSON) document node that remembers the line it starts on, so that readers of data
 * files can name the exact place of a problem.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

  /** 1-based line where the node starts. */
  int line();

  /** What the node is, in words, for problems ("a mapping", "a list", "a value"). */
  Text kind();

  /** A key of a mapping with the line of the key itself. */
  record Entry(String key, int keyLine, YamlNode value) {
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }
  }

  /** A mapping in source order (keys are unique; duplicates are refused by the reader). */
  record Mapping(int line, Map<String, Entry> entries) implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public Text kind() {
      return Text.of("io.kind.mapping");
    }
  }

  /** A list. */
  record Sequence(int line, List<YamlNode> items) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public Text kind() {
      return Text.of("io.kind.list");
    }
  }

  /**
   * A scalar value as written: {@code text} is empty for null; {@code quoted} is true for string
   * tokens, false for numbers, booleans and null.
   *
   * @param type the token type the parser saw
   */
  record Scalar(int line, String text, Type type) implements YamlNode {
    /** The kinds of scalar the parser distinguishes. */
    public enum Type {
      STRING,
      INTEGER,
      DECIMAL,
      BOOLEAN,
      NULL
    }

    public Scalar {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(type, "type");
    }

    @Override
    public Text kind() {
      return Text.of(type == Type.NULL ? "io.kind.empty" : "io.kind.value");
    }
  }
}
