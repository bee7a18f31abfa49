package fr.vigie.engine.solution;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Names;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.kernel.TermNames;
import fr.vigie.engine.mineral.MineralId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The registry of solutions: look-up by id and the question the assessment asks, "which solutions
 * address mineral M at stage S for risk category C". Immutable; {@link #loadDefault()} reads the
 * catalogue bundled in the engine once and caches it.
 */
public final class Solutions {
  /** Classpath location of the curated catalogue. */
  public static final String RESOURCE = "/fr/vigie/engine/solution/solutions.yaml";

  private static final Set<String> KEYS =
      Set.of("id", "type",
          "risk_categories", "risk_factors", "stages", "minerals", "horizon", "organisation",
          "source", "verified", "note");

  /** A text in a language: {@code name_<language>}, {@code description_<language>}, {@code note_<language>}. */
  private static final String ENGLISH = "en";
  private static final String FRENCH = "fr";
  private static final java.util.regex.Pattern LANGUAGE_KEY =
      java.util.regex.Pattern.compile("(name|description|note)_[a-z]{2,3}");

  /** Order of answers: shortest horizon first, then the study's order of types, then id. */
  private static final Comparator<Solution> ORDER =
      Comparator.comparing(Solution::horizon).thenComparing(Solution::type).thenComparing(Solution::id);

  private static volatile Solutions defaultCatalogue;

  private final Map<String, Solution> byId;
  private final Map<String, RiskCategory> riskFactors;
  private final String asOf;

  /**
   * @param solutions every entry; ids must be unique
   * @param riskFactors the risk factor vocabulary: id to its category
   * @param asOf the date the catalogue was curated
   */
  public Solutions(List<Solution> solutions, Map<String, RiskCategory> riskFactors, String asOf) {
    Map<String, Solution> m = new LinkedHashMap<>();
    for (Solution s : solutions) {
      if (m.put(s.id(), s) != null) {
        throw new ProblemException(Problem.error("solution.duplicate_id", s.id()));
      }
      for (String f : s.riskFactors()) {
        RiskCategory c = riskFactors.get(f);
        if (c == null) {
          throw new ProblemException(Problem.error("solution.unknown_risk_factor", s.id(), f));
        }
        if (!s.riskCategories().contains(c)) {
          throw new ProblemException(
              Problem.error("solution.factor_category_unlisted", s.id(), f, c.id()));
        }
      }
    }
    this.byId = Collections.unmodifiableMap(m);
    this.riskFactors = Map.copyOf(riskFactors);
    this.asOf = Objects.requireNonNull(asOf, "asOf");
  }

  /** The catalogue bundled in the engine (loaded once, then cached). */
  public static Solutions loadDefault() {
    Solutions s = defaultCatalogue;
    if (s == null) {
      synchronized (Solutions.class) {
        s = defaultCatalogue;
        if (s == null) {
          try (InputStream in = Solutions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("missing resource " + RESOURCE);
            }
            s = load(in, "solutions.yaml");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          defaultCatalogue = s;
        }
      }
    }
    return s;
  }

  /** Reads and validates a catalogue; errors name the file, the entry and the field. */
  public static Solutions load(InputStream in, String sourceName) {
    JsonNode root;
    try {
      root = YAMLMapper.builder().build().readTree(in);
    } catch (JacksonException e) {
      throw new ProblemException(Problem.error("yaml.syntax", "YAML", e.getOriginalMessage()).at(sourceName, null), e);
    }
    if (root == null || !root.isObject()) {
      throw new ProblemException(Problem.error("solution.not_mapping").at(sourceName, null));
    }
    Map<String, RiskCategory> factors = new LinkedHashMap<>();
    for (JsonNode f : list(root, "risk_factors", sourceName)) {
      String id = text(f, "id", sourceName + ", risk_factors");
      RiskCategory c = RiskCategory.fromId(text(f, "category", sourceName + ", risk factor " + id));
      if (factors.put(id, c) != null) {
        throw new ProblemException(Problem.error("solution.duplicate_risk_factor", id).at(sourceName, null));
      }
    }
    List<Solution> solutions = new ArrayList<>();
    int i = 0;
    for (JsonNode n : list(root, "solutions", sourceName)) {
      i++;
      String where = "solution " + i + (n.isObject() && n.hasNonNull("id") ? ": " + n.get("id").asString() : "");
      try {
        solutions.add(solution(n, where, factors));
      } catch (ProblemException e) {
        throw e.placed(sourceName, where);
      }
    }
    try {
      return new Solutions(solutions, factors, root.has("as_of") ? root.get("as_of").asString() : "");
    } catch (ProblemException e) {
      throw e.placed(sourceName, null);
    }
  }

  private static Solution solution(JsonNode n, String where, Map<String, RiskCategory> factors) {
    if (!n.isObject()) {
      throw new ProblemException(Problem.error("solution.entry_not_mapping").atPath(where));
    }
    for (String k : n.propertyNames()) {
      if (!KEYS.contains(k) && !LANGUAGE_KEY.matcher(k).matches()) {
        throw new ProblemException(
            Problem.error("solution.unknown_field", k, String.join(", ", new java.util.TreeSet<>(KEYS))).atPath(where));
      }
    }
    Set<RiskCategory> categories = EnumSet.noneOf(RiskCategory.class);
    for (String c : strings(n, "risk_categories", where)) {
      categories.add(RiskCategory.fromId(c));
    }
    Set<String> riskFactors = new LinkedHashSet<>();
    if (n.has("risk_factors")) {
      riskFactors.addAll(strings(n, "risk_factors", where));
    } else {
      factors.forEach((f, c) -> {
        if (categories.contains(c)) {
          riskFactors.add(f);
        }
      });
    }
    Set<Stage> stages = EnumSet.noneOf(Stage.class);
    List<String> stageIds = strings(n, "stages", where);
    if (stageIds.equals(List.of("all"))) {
      stages.addAll(EnumSet.allOf(Stage.class));
    } else {
      for (String s : stageIds) {
        stages.add(Stage.fromId(s));
      }
    }
    Set<MineralId> minerals = new HashSet<>();
    List<String> mineralIds = strings(n, "minerals", where);
    if (!mineralIds.equals(List.of("all"))) {
      if (mineralIds.isEmpty() || mineralIds.contains("all")) {
        throw new ProblemException(Problem.error("solution.bad_minerals"));
      }
      for (String m : mineralIds) {
        minerals.add(new MineralId(m));
      }
    }
    JsonNode verified = n.get("verified");
    if (verified == null || !verified.isBoolean()) {
      throw new ProblemException(Problem.error("solution.bad_verified"));
    }
    return new Solution(
        text(n, "id", where), SolutionType.fromId(text(n, "type", where)), names(n, "name", where),
        names(n, "description", where),
        categories, riskFactors, stages, minerals, Horizon.fromId(text(n, "horizon", where)),
        n.has("organisation") ? Optional.of(text(n, "organisation", where)) : Optional.empty(),
        text(n, "source", where), verified.asBoolean(),
        note(n, where));
  }

  /**
   * The curation note: {@code note_<language>} texts (English required among them), or a plain
   * {@code note} read as English; none when the entry has neither.
   */
  private static Optional<Names> note(JsonNode n, String where) {
    if (n.has("note")) {
      return Optional.of(Names.english(text(n, "note", where)));
    }
    for (String k : n.propertyNames()) {
      if (k.startsWith("note_") && LANGUAGE_KEY.matcher(k).matches()) {
        return Optional.of(names(n, "note", where, ENGLISH));
      }
    }
    return Optional.empty();
  }

  private static List<JsonNode> list(JsonNode root, String field, String where) {
    JsonNode a = root.get(field);
    if (a == null || !a.isArray()) {
      throw new ProblemException(Problem.error("solution.not_list", field).at(where, null));
    }
    return new ArrayList<>(a.values());
  }

  private static List<String> strings(JsonNode n, String field, String where) {
    JsonNode a = n.get(field);
    if (a == null || !a.isArray()) {
      throw new ProblemException(Problem.error("solution.not_list", field));
    }
    List<String> out = new ArrayList<>();
    for (JsonNode v : a.values()) {
      if (!v.isString() || v.asString().isBlank()) {
        throw new ProblemException(Problem.error("solution.not_ids", field, v.toString()));
      }
      out.add(v.asString().strip());
    }
    return out;
  }

  /** The {@code <prefix>_<language>} texts of an entry; English and French are required. */
  private static Names names(JsonNode n, String prefix, String where) {
    return names(n, prefix, where, ENGLISH, FRENCH);
  }

  /** The {@code <prefix>_<language>} texts of an entry, the languages given required, English first. */
  private static Names names(JsonNode n, String prefix, String where, String... required) {
    java.util.Map<String, String> byLanguage = new java.util.LinkedHashMap<>();
    for (String language : required) {
      byLanguage.put(language, text(n, prefix + "_" + language, where));
    }
    for (String k : n.propertyNames()) {
      if (k.startsWith(prefix + "_") && LANGUAGE_KEY.matcher(k).matches()) {
        byLanguage.putIfAbsent(k.substring(prefix.length() + 1), text(n, k, where));
      }
    }
    return new Names(byLanguage);
  }

  private static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || !v.isValueNode() || v.asString().isBlank()) {
      throw new ProblemException(Problem.error("solution.missing_field", field));
    }
    return v.asString().strip();
  }

  /** Every solution, in catalogue order. */
  public List<Solution> all() {
    return List.copyOf(byId.values());
  }

  public int size() {
    return byId.size();
  }

  /** The date the catalogue was curated ({@code as_of}). */
  public String asOf() {
    return asOf;
  }

  /** The risk factor vocabulary: id to category. */
  public Map<String, RiskCategory> riskFactors() {
    return riskFactors;
  }

  /** Names {@code solution} terms (by id) from the catalogue's names. Give it to Messages. */
  public TermNames termNames() {
    return (kind, id, locale) ->
        kind.equals(Solution.KIND) ? find(id).flatMap(s -> s.names().exactly(locale)) : Optional.empty();
  }

  public Optional<Solution> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id.strip()));
  }

  public Solution require(String id) {
    return find(id)
        .orElseThrow(() -> new ProblemException(Problem.error("solution.unknown", String.valueOf(id))));
  }

  /**
   * The solutions that address a mineral at a stage for a risk category (entries for every mineral
   * included), shortest horizon first, then by type in the study's order, then by id.
   */
  public List<Solution> addressing(MineralId mineral, Stage stage, RiskCategory category) {
    return byId.values().stream().filter(s -> s.addresses(mineral, stage, category)).sorted(ORDER).toList();
  }

  /** The solutions matching the optional filters, in the same order as {@link #addressing}. */
  public List<Solution> select(
      Optional<MineralId> mineral, Optional<Stage> stage, Optional<RiskCategory> category,
      Optional<SolutionType> type) {
    return byId.values().stream()
        .filter(s -> mineral.map(s::covers).orElse(true))
        .filter(s -> stage.map(s.stages()::contains).orElse(true))
        .filter(s -> category.map(s.riskCategories()::contains).orElse(true))
        .filter(s -> type.map(t -> s.type() == t).orElse(true))
        .sorted(ORDER)
        .toList();
  }
}
