package fr.vigie.engine.refdata.convert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a conversion did: rows written per file, entities dropped because they have no ISO 3166-1
 * entry (per source), and notes worth a maintainer's look (a mapping that matched nothing, a
 * printed world total that differs from the sum of the rows).
 */
public final class ConversionReport {
  private final Map<String, Integer> rowsWritten = new TreeMap<>();
  private final Map<String, TreeSet<String>> dropped = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();

  void written(String file, int rows) {
    rowsWritten.put(file, rows);
  }

  void dropped(String source, String entity) {
    dropped.computeIfAbsent(source, k -> new TreeSet<>()).add(entity);
  }

  void note(String text) {
    notes.add(text);
  }

  /** Data rows written per curated file. */
  public Map<String, Integer> rowsWritten() {
    return Collections.unmodifiableMap(rowsWritten);
  }

  /** Raw file to the entities dropped from it (no ISO 3166-1 entry). */
  public Map<String, ? extends java.util.Set<String>> dropped() {
    return Collections.unmodifiableMap(dropped);
  }

  public List<String> notes() {
    return Collections.unmodifiableList(notes);
  }

  /** Human-readable lines. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    rowsWritten.forEach((f, n) -> out.add("wrote " + f + ": " + n + " rows"));
    dropped.forEach((f, s) -> out.add("dropped (no ISO 3166-1 entry) from " + f + ": " + String.join(", ", s)));
    notes.forEach(n -> out.add("note: " + n));
    return out;
  }
}
