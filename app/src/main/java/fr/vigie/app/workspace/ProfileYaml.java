package fr.vigie.app.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Converts between the profile form's text fields and the profile file (YAML). Values are written so
 * that the engine's {@code CompanyProfileReader} sees exactly what was typed: text is quoted, numbers
 * are written as is when they look like numbers (spaces and a decimal comma allowed) and quoted
 * otherwise, so that the reader's own message ("must be a number") reaches the user.
 */
final class ProfileYaml {

    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9_]*(\\.[0-9]+)?");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private ProfileYaml() {
    }

    /** The profile file for the given form values (empty values are left out: unknown). */
    static String write(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (ProfileField field : ProfileField.ALL) {
            String text = values.getOrDefault(field.key(), "");
            if (text != null && !text.isBlank()) {
                out.append(entry(field, text.strip()));
            }
        }
        return out.toString();
    }

    /** The YAML line(s) of one field with a non-blank value. */
    static String entry(ProfileField field, String text) {
        String key = field.key() + ":";
        return switch (field.kind()) {
            case TEXT, CHOICE -> key + " " + quote(text) + "\n";
            case NUMBER -> key + " " + number(text) + "\n";
            case BOOLEAN -> key + " " + (text.equalsIgnoreCase("true") ? "true"
                    : text.equalsIgnoreCase("false") ? "false" : quote(text)) + "\n";
            case LIST -> key + " [" + String.join(", ", items(text).stream().map(ProfileYaml::quote).toList()) + "]\n";
            case COUNTS -> key + " {" + String.join(", ", items(text).stream().map(ProfileYaml::count).toList()) + "}\n";
            case YAML -> key + "\n" + text.lines().map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n");
        };
    }

    /** The form values of a profile file (which the reader has accepted). */
    static Map<String, String> read(String yaml) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            return values;
        }
        if (root == null || !root.isObject()) {
            return values;
        }
        for (ProfileField field : ProfileField.ALL) {
            JsonNode node = root.get(field.key());
            if (node == null || node.isNull()) {
                continue;
            }
            values.put(field.key(), switch (field.kind()) {
                case TEXT, NUMBER, BOOLEAN, CHOICE -> node.asString();
                case LIST -> String.join(", ", elements(node));
                case COUNTS -> {
                    List<String> pairs = new ArrayList<>();
                    node.properties().forEach(e -> pairs.add(e.getKey() + ": " + e.getValue().asString()));
                    yield String.join(", ", pairs);
                }
                case YAML -> node.isArray() && node.isEmpty() ? "[]" : YAML.writeValueAsString(node)
                        .replaceFirst("^---\\s*\\n", "").strip();
            });
        }
        return values;
    }

    private static List<String> elements(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.values().forEach(v -> out.add(v.asString()));
        } else {
            out.add(node.asString());
        }
        return out;
    }

    private static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[,;\\n]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String count(String pair) {
        int colon = pair.indexOf(':') >= 0 ? pair.indexOf(':') : pair.indexOf('=');
        if (colon < 0) {
            return quote(pair) + ": " + quote("");
        }
        return quote(pair.substring(0, colon).strip()) + ": " + number(pair.substring(colon + 1).strip());
    }

    private static String number(String text) {
        String compact = text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        return NUMBER.matcher(compact).matches() ? compact : quote(text);
    }

    private static String quote(String text) {
        return JSON.writeValueAsString(text);
    }
}
