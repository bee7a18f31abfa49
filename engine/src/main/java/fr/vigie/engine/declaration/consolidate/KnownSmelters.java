package fr.vigie.engine.declaration.consolidate;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.LookupKind;
import fr.vigie.engine.declaration.SmelterRow;
import fr.vigie.engine.declaration.read.CountryResolver;
import fr.vigie.engine.declaration.read.Values;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.io.Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user-maintained list of known smelters. Vigie ships none (the RMI's published lists may not
 * be redistributed): it starts from a CSV export the user supplies and learns from the
 * declarations it reads (rows that give an id, a name and a country). A user entry is never
 * overwritten by a learned one. Thread-safe.
 *
 * <p>CSV (UTF-8, comma separated, header line): columns {@code smelter_id}, {@code metal},
 * {@code name}, {@code country} (ISO code or name); the RMI export headings {@code Smelter ID},
 * {@code Facility ID}, {@code Standard Smelter Name}, {@code Smelter Name}, {@code Country
 * Location} are accepted too. Other columns are ignored.
 */
public final class KnownSmelters {
  private final Map<String, KnownSmelter> byId = new LinkedHashMap<>();
  private final Map<String, KnownSmelter> byName = new HashMap<>();
  private final Map<String, Boolean> fromUser = new HashMap<>();

  public static KnownSmelters empty() {
    return new KnownSmelters();
  }

  private static final Map<String, List<String>> HEADINGS = Map.of(
      "smelter_id", List.of("smelter_id", "smelter id", "facility id", "smelter identification", "cid"),
      "metal", List.of("metal"),
      "name", List.of("name", "standard smelter name", "smelter name", "facility name", "smelter reference"),
      "country", List.of("country", "country location", "smelter country", "location"));

  /** Loads a user CSV export; errors name the file and line. */
  public static KnownSmelters load(Path csv, CountryResolver countries) {
    String text;
    try {
      text = Files.readString(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ProblemException(Problem.error("declaration.smelters_unreadable", FileReason.of(csv, e)).at(csv.toString(), null), e);
    }
    Csv.Table t = Csv.parse(csv.toString(), text);
    Map<String, String> column = new HashMap<>();
    for (String h : t.header()) {
      String k = h.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("[^a-z ]", "").strip();
      HEADINGS.forEach((field, names) -> {
        if (names.stream().anyMatch(n -> n.replace('_', ' ').equals(k))) {
          column.putIfAbsent(field, h);
        }
      });
    }
    for (String f : List.of("smelter_id", "metal", "name", "country")) {
      if (!column.containsKey(f)) {
        throw new ProblemException(Problem.error("csv.missing_column", f, String.join(", ", t.header())).at(csv.toString(), 1));
      }
    }
    KnownSmelters k = new KnownSmelters();
    for (Csv.Row r : t.rows()) {
      String id = r.get(column.get("smelter_id"));
      Optional<String> cid = Values.smelterId(id);
      if (cid.isEmpty()) {
        throw r.problem(column.get("smelter_id"), "declaration.bad_smelter_id", id);
      }
      String metalText = r.get(column.get("metal"));
      MineralId metal = Values.metal(metalText).orElseThrow(() -> r.problem(column.get("metal"), "declaration.unknown_metal", metalText));
      String countryText = r.get(column.get("country"));
      String country = countries.alpha3(countryText).orElseThrow(() -> r.problem(column.get("country"), "csv.unknown_country", countryText));
      String name = Csv.fromSpreadsheetSafe(r.get(column.get("name")).strip());
      if (name.isEmpty()) {
        throw r.problem(column.get("name"), "declaration.empty_smelter_name");
      }
      k.put(new KnownSmelter(cid.get(), metal, name, country), true);
    }
    return k;
  }

  /** Adds a smelter as a user entry (never overwritten by a learned one). */
  public void add(KnownSmelter s) {
    put(s, true);
  }

  private synchronized void put(KnownSmelter s, boolean user) {
    if (byId.containsKey(s.smelterId()) && (fromUser.getOrDefault(s.smelterId(), false) || !user)) {
      return;
    }
    byId.put(s.smelterId(), s);
    fromUser.put(s.smelterId(), user);
    byName.putIfAbsent(nameKey(s.metal(), s.country(), SmelterNames.normalise(s.name())), s);
  }

  static String nameKey(MineralId metal, String country, String normalisedName) {
    return metal + "|" + country + "|" + normalisedName;
  }

  /** Learns the identified smelters of a declaration. */
  public void learn(Declaration d) {
    for (SmelterRow r : d.smelters()) {
      if (r.lookup() != LookupKind.NOT_YET_IDENTIFIED && r.smelterId().isPresent() && r.metal().isPresent()
          && r.country().isPresent() && !r.name().isBlank()) {
        put(new KnownSmelter(r.smelterId().get(), r.metal().get(), r.name(), r.country().get()), false);
      }
    }
  }

  public synchronized Optional<KnownSmelter> byId(String smelterId) {
    return Optional.ofNullable(byId.get(smelterId));
  }

  public synchronized Optional<KnownSmelter> byName(MineralId metal, String country, String name) {
    return Optional.ofNullable(byName.get(nameKey(metal, country, SmelterNames.normalise(name))));
  }

  public synchronized int size() {
    return byId.size();
  }

  public synchronized List<KnownSmelter> all() {
    return List.copyOf(byId.values());
  }

  /** Writes the list in the CSV format {@link #load} reads (names made {@link Csv#spreadsheetSafe}). */
  public void save(Path csv) {
    StringBuilder sb = new StringBuilder(Csv.line(List.of("smelter_id", "metal", "name", "country")));
    for (KnownSmelter s : all()) {
      sb.append(Csv.spreadsheetSafeLine(List.of(s.smelterId(), s.metal().value(), s.name(), s.country())));
    }
    try {
      Files.writeString(csv, sb.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ProblemException(Problem.error("declaration.smelters_unwritable", FileReason.of(csv, e)).at(csv.toString(), null), e);
    }
  }
}
