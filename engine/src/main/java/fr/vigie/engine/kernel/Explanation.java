package fr.vigie.engine.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The tree that produced a score: each node names a step (a category, an indicator, a producing
 * country, a process), its facts (raw value, year, normalised value, weight, share, source, ...)
 * and the nodes it was computed from. Render it with {@link #text()} or serialise the record as is
 * (facts hold strings, numbers and booleans only).
 *
 * @param label what this node is, e.g. {@code human_rights} or {@code wgi_va}
 * @param facts ordered facts of this node
 * @param children the inputs of this node
 */
public record Explanation(String label, Map<String, Object> facts, List<Explanation> children) {
  public Explanation {
    Objects.requireNonNull(label, "label");
    facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    children = List.copyOf(children);
  }

  /** A node with facts given as alternating key, value pairs; null values are left out. */
  public static Explanation of(String label, List<Explanation> children, Object... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("facts come in key, value pairs");
    }
    Map<String, Object> facts = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        facts.put((String) keyValues[i], keyValues[i + 1]);
      }
    }
    return new Explanation(label, facts, children);
  }

  /** The tree as indented text, one node a line: {@code label: key=value, key=value}. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    render(sb, "");
    return sb.toString();
  }

  private void render(StringBuilder sb, String indent) {
    sb.append(indent).append(label);
    if (!facts.isEmpty()) {
      List<String> parts = new ArrayList<>();
      facts.forEach((k, v) -> parts.add(k + "=" + format(v)));
      sb.append(": ").append(String.join(", ", parts));
    }
    sb.append('\n');
    for (Explanation c : children) {
      c.render(sb, indent + "  ");
    }
  }

  /** Numbers with four decimals at most, as users read them. */
  static String format(Object v) {
    if (v instanceof Double d) {
      return String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return String.valueOf(v);
  }
}
