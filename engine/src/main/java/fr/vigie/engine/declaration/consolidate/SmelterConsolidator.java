package fr.vigie.engine.declaration.consolidate;

import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.LookupKind;
import fr.vigie.engine.declaration.SmelterRow;
import fr.vigie.engine.declaration.read.Values;
import fr.vigie.engine.mineral.MineralId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges the smelter lists of many declarations into one: rows with the same smelter id are one
 * smelter; rows without an id are matched on metal + country + normalised name (see {@link
 * SmelterNames}), including against smelters first seen with an id and against the known-smelter
 * list. Keeps, for each smelter, the suppliers that reported it. Thread-safe: files may be added
 * from several threads; only the merged entries are kept, not the rows.
 */
public final class SmelterConsolidator {
  private final KnownSmelters known;
  private final Map<String, Entry> byId = new HashMap<>();
  private final Map<String, Entry> byName = new HashMap<>();
  private final List<Entry> entries = new ArrayList<>();
  private final Map<MineralId, Integer> unidentified = new TreeMap<>();
  private int files;
  private int rejected;

  public SmelterConsolidator(KnownSmelters known) {
    this.known = known;
  }

  private static final class Entry {
    final MineralId metal;
    String id;
    String name;
    String country;
    final TreeSet<String> suppliers = new TreeSet<>();
    int rows;

    Entry(MineralId metal, String name, String country) {
      this.metal = metal;
      this.name = name;
      this.country = country;
    }
  }

  /** Adds one declaration's smelters, reported by {@code supplier}. */
  public synchronized void add(String supplier, Declaration d) {
    files++;
    for (SmelterRow r : d.smelters()) {
      if (r.metal().isEmpty()) {
        continue;
      }
      MineralId metal = r.metal().get();
      boolean named = !r.name().isBlank()
          && !(r.name().length() < 24 && Values.answer(r.name()) == fr.vigie.engine.declaration.Answer.UNKNOWN);
      if (r.smelterId().isEmpty() && (r.lookup() == LookupKind.NOT_YET_IDENTIFIED || !named)) {
        unidentified.merge(metal, 1, Integer::sum);
        continue;
      }
      Entry e = find(metal, r);
      e.suppliers.add(supplier);
      e.rows++;
    }
  }

  /** Counts a file that could not be read. */
  public synchronized void addRejected() {
    rejected++;
  }

  private Entry find(MineralId metal, SmelterRow r) {
    String country = r.country().orElse(Values.key(r.countryText()));
    String nameKey = r.name().isBlank() ? null : KnownSmelters.nameKey(metal, country, SmelterNames.normalise(r.name()));
    Optional<String> id = r.smelterId();
    if (id.isEmpty() && nameKey != null && !byName.containsKey(nameKey)) {
      id = known.byName(metal, country, r.name()).map(KnownSmelter::smelterId);
    }
    Entry e = id.map(byId::get).orElse(null);
    if (e == null && nameKey != null) {
      Entry sameName = byName.get(nameKey);
      if (sameName != null && (id.isEmpty() || sameName.id == null)) {
        e = sameName; // two different ids are never merged on their names
      }
    }
    if (e == null) {
      Optional<KnownSmelter> k = id.flatMap(known::byId);
      e = new Entry(metal, k.map(KnownSmelter::name).orElse(r.name()),
          k.map(KnownSmelter::country).orElse(r.country().orElse(null)));
      entries.add(e);
    }
    if (id.isPresent() && e.id == null) {
      e.id = id.get();
      byId.put(e.id, e);
      known.byId(e.id).ifPresent(k -> {
        byName.putIfAbsent(KnownSmelters.nameKey(k.metal(), k.country(), SmelterNames.normalise(k.name())), byId.get(k.smelterId()));
      });
    }
    if (e.name.isBlank()) {
      e.name = r.name();
    }
    if (e.country == null && r.country().isPresent()) {
      e.country = r.country().get();
    }
    if (nameKey != null) {
      byName.putIfAbsent(nameKey, e);
    }
    return e;
  }

  /** The list so far, sorted by metal, then name. */
  public synchronized Consolidation result() {
    List<ConsolidatedSmelter> out = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      Optional<KnownSmelter> k = e.id == null ? Optional.empty() : known.byId(e.id);
      out.add(new ConsolidatedSmelter(e.metal, Optional.ofNullable(e.id), k.map(KnownSmelter::name).orElse(e.name),
          k.map(KnownSmelter::country).or(() -> Optional.ofNullable(e.country)), List.copyOf(e.suppliers), e.rows,
          k.isPresent()));
    }
    out.sort(Comparator.comparing(ConsolidatedSmelter::metal).thenComparing(ConsolidatedSmelter::name)
        .thenComparing(s -> s.smelterId().orElse("")));
    return new Consolidation(out, unidentified, files, rejected);
  }
}
