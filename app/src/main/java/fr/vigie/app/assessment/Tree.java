package fr.vigie.app.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading values from a stored assessment's JSON tree (maps, lists, strings, numbers, booleans).
 * Stored assessments are read as trees rather than as the engine's records so that an assessment
 * stored by an older engine version is still shown exactly as it was computed.
 */
final class Tree {

    private Tree() {
    }

    static String text(Map<String, Object> node, String key) {
        Object value = node.get(key);
        return value == null ? "" : value.toString();
    }

    static double number(Map<String, Object> node, String key) {
        return node.get(key) instanceof Number n ? n.doubleValue() : 0;
    }

    static Optional<Double> optNumber(Map<String, Object> node, String key) {
        return node.get(key) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    static boolean bool(Map<String, Object> node, String key) {
        return node.get(key) instanceof Boolean b && b;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Map<String, Object> node, String key) {
        return node.get(key) instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    static List<String> texts(Map<String, Object> node, String key) {
        return node.get(key) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /**
     * The French form of a text ({@code key + "_fr"}), or the English one when the node has none (an
     * assessment stored before the engine wrote French texts).
     */
    static String french(Map<String, Object> node, String key) {
        return node.get(key + "_fr") == null ? text(node, key) : text(node, key + "_fr");
    }

    /** The French form of a list of texts, or the English one when the node has none. */
    static List<String> frenchTexts(Map<String, Object> node, String key) {
        return node.get(key + "_fr") == null ? texts(node, key) : texts(node, key + "_fr");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> node, String key) {
        return node.get(key) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
