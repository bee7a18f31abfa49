package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.VigieException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML (or JSON) document read into a small tree in which every node knows its line, so that
 * validation messages can name the file and the line. Package-private helper of the loaders.
 */
final class YamlTree {
  private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

  private YamlTree() {}

  /** A node of the document. */
  sealed interface Node permits MapNode, ListNode, Scalar {
    int line();
  }

  record MapNode(Map<String, Node> fields, Map<String, Integer> keyLines, int line) implements Node {
    Optional<Node> get(String key) {
      return Optional.ofNullable(fields.get(key));
    }
  }

  record ListNode(List<Node> items, int line) implements Node {}

  /** A scalar; {@code text} is null for YAML null. */
  record Scalar(String text, boolean numeric, int line) implements Node {}

  static Node parse(Reader reader, String origin) {
    try (JsonParser p = MAPPER.createParser(reader)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new VigieException(origin + ": the file is empty");
      }
      return read(p, t);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new VigieException(
          origin + ":" + line + ": not valid YAML: " + e.getOriginalMessage(), e);
    }
  }

  private static Node read(JsonParser p, JsonToken t) {
    int line = p.currentTokenLocation().getLineNr();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        JsonToken next;
        while ((next = p.nextToken()) == JsonToken.PROPERTY_NAME) {
          String key = p.currentName();
          keyLines.put(key, p.currentTokenLocation().getLineNr());
          fields.put(key, read(p, p.nextToken()));
        }
        return new MapNode(
            Collections.unmodifiableMap(fields), Collections.unmodifiableMap(keyLines), line);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        JsonToken next;
        while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
          items.add(read(p, next));
        }
        return new ListNode(List.copyOf(items), line);
      }
      case VALUE_NULL -> {
        return new Scalar(null, false, line);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Scalar(p.getString(), true, line);
      }
      default -> {
        return new Scalar(p.getString(), false, line);
      }
    }
  }
}
