package fr.vigie.engine.mineral;

import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of minerals: look-up by id, English or French name, or alias, without regard to
 * case, accents, spaces, hyphens or underscores ({@code "Natural graphite"}, {@code
 * natural_graphite}, {@code "graphite naturel"} all find the same mineral).
 */
public final class Minerals {
  private final Map<MineralId, Mineral> byId;
  private final Map<String, Mineral> index;
  /** The same names as written (ids, names, aliases): most look-ups pass an id, found without normalising it. */
  private final Map<String, Mineral> exact;
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
  private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[^a-z0-9]+");

  /** @param minerals every mineral; a duplicate id or a name shared by two minerals is refused */
  public Minerals(Collection<Mineral> minerals) {
    Map<MineralId, Mineral> ids = new LinkedHashMap<>();
    Map<String, Mineral> idx = new HashMap<>();
    Map<String, Mineral> asWritten = new HashMap<>();
    for (Mineral m : minerals) {
      if (ids.put(m.id(), m) != null) {
        throw new ProblemException(Problem.error("refdata.duplicate_id", Text.of("refdata.kind.mineral"), m.id().value()));
      }
    }
    for (Mineral m : minerals) {
      for (String name : names(m)) {
        Mineral other = idx.putIfAbsent(key(name), m);
        if (other != null && other != m) {
          throw new ProblemException(Problem.error("mineral.name_twice", name, other.id().value(), m.id().value()));
        }
        asWritten.putIfAbsent(name, m);
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.index = Map.copyOf(idx);
    this.exact = Map.copyOf(asWritten);
  }

  private static List<String> names(Mineral m) {
    List<String> names = new java.util.ArrayList<>(List.of(m.id().value()));
    names.addAll(m.names().byLanguage().values());
    names.addAll(m.aliases());
    return names;
  }

  /** Every mineral, in file order. */
  public Collection<Mineral> all() {
    return byId.values();
  }

  public int size() {
    return byId.size();
  }

  public Optional<Mineral> find(MineralId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Finds a mineral by id, name or alias; empty when nothing matches. */
  public Optional<Mineral> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    // a name as written has the same key as its mineral's, so it finds the same mineral as the key would
    Mineral found = exact.get(text);
    return found != null ? Optional.of(found) : Optional.ofNullable(index.get(key(text)));
  }

  /** Like {@link #find(String)} but refuses an unknown mineral, listing the known ids. */
  public Mineral require(String text) {
    return find(text).orElseThrow(() -> unknown(text));
  }

  public Mineral require(MineralId id) {
    return find(id).orElseThrow(() -> unknown(id.value()));
  }

  /** The members of a group (e.g. platinum and palladium for {@code pgms}). */
  public List<Mineral> members(MineralId group) {
    return byId.values().stream().filter(m -> m.group().equals(Optional.of(group))).toList();
  }

  private ProblemException unknown(String text) {
    return new ProblemException(Problem.error("mineral.unknown", String.valueOf(text),
        String.join(", ", byId.keySet().stream().map(MineralId::value).toList())));
  }

  static String key(String text) {
    String s = MARKS.matcher(Normalizer.normalize(text.trim(), Normalizer.Form.NFD)).replaceAll("");
    return SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }
}
