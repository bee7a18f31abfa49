package fr.vigie.engine.io;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The engine's one YAML (and JSON) reader: reads a document into {@link YamlNode}s that keep their
 * line numbers. Syntax errors, duplicate keys (at any depth) and empty documents are refused with a
 * {@link ProblemException} whose problem names the source and the line: {@code yaml.syntax}, {@code
 * yaml.duplicate_key}, {@code yaml.empty}.
 */
public final class YamlReader {
  private static final ObjectMapper YAML = YAMLMapper.builder().build();
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private YamlReader() {}

  /** Reads a file; {@code .json} files are read as JSON, anything else as YAML. */
  public static YamlNode read(Path file) {
    String text = readText(file);
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return read(file.toString(), new StringReader(text), json);
  }

  /** A UTF-8 text file, refused with {@code io.file_not_found} or {@code io.unreadable}. */
  public static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ProblemException(Problem.error("io.file_not_found").at(file.toString(), null));
    } catch (IOException e) {
      throw new ProblemException(
          Problem.error("io.unreadable", FileReason.of(file, e)).at(file.toString(), null), e);
    }
  }

  /** Reads a YAML stream (a class-path resource, for instance) named {@code source} in problems. */
  public static YamlNode read(String source, InputStream in) {
    return read(source, new InputStreamReader(in, StandardCharsets.UTF_8), false);
  }

  /** Reads YAML (or JSON when {@code json}) text. */
  public static YamlNode read(String source, Reader reader, boolean json) {
    ObjectMapper mapper = json ? JSON : YAML;
    try (JsonParser p = mapper.createParser(reader)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new ProblemException(Problem.error("yaml.empty").at(source, null));
      }
      return readValue(source, p, t);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      String msg = e.getOriginalMessage() == null ? e.getMessage() : e.getOriginalMessage();
      msg = msg.lines().findFirst().orElse(msg);
      throw new ProblemException(
          Problem.error("yaml.syntax", json ? "JSON" : "YAML", msg).at(source, line > 0 ? line : null), e);
    }
  }

  private static YamlNode readValue(String source, JsonParser p, JsonToken t) {
    int line = p.currentTokenLocation().getLineNr();
    return switch (t) {
      case START_OBJECT -> {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String key = p.currentName();
          int keyLine = p.currentTokenLocation().getLineNr();
          if (entries.containsKey(key)) {
            throw new ProblemException(
                Problem.error("yaml.duplicate_key", key, Integer.toString(entries.get(key).keyLine()))
                    .at(source, keyLine)
                    .atPath(key));
          }
          YamlNode value = readValue(source, p, p.nextToken());
          entries.put(key, new YamlNode.Entry(key, keyLine, value));
        }
        yield new YamlNode.Mapping(line, entries);
      }
      case START_ARRAY -> {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
          items.add(readValue(source, p, i));
        }
        yield new YamlNode.Sequence(line, items);
      }
      case VALUE_STRING -> new YamlNode.Scalar(line, p.getString(), YamlNode.Scalar.Type.STRING);
      case VALUE_NUMBER_INT -> new YamlNode.Scalar(line, p.getText(), YamlNode.Scalar.Type.INTEGER);
      case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(line, p.getText(), YamlNode.Scalar.Type.DECIMAL);
      case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(line, p.getText(), YamlNode.Scalar.Type.BOOLEAN);
      case VALUE_NULL -> new YamlNode.Scalar(line, "", YamlNode.Scalar.Type.NULL);
      default ->
          throw new ProblemException(Problem.error("yaml.unsupported", t.toString()).at(source, line));
    };
  }
}
