package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.indicator.Orientation;
import fr.vigie.engine.io.YamlNode;
import fr.vigie.engine.io.YamlReader;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates a methodology file (YAML, or JSON which is YAML) with the engine's one YAML
 * reader ({@link YamlReader}, which also refuses a key written twice). Every problem is refused with
 * a {@link ProblemException} whose problem names the file, the line and the field: an unknown or
 * misspelt key, a negative or zero weight, an unknown indicator, thresholds that do not increase, a
 * custom indicator file that does not exist.
 */
public final class MethodologyLoader {
  /** Classpath location of the methodology shipped with the engine. */
  public static final String DEFAULT_RESOURCE = "/fr/vigie/engine/risk/methodology-default.yaml";

  /**
   * The methodologies shipped with the engine, by id: the default one and {@code record-2023} (the
   * RECORD 2023 study's categories with mining-specific signals). Resource of each.
   */
  public static final Map<String, String> BUILT_IN = builtIn();

  private static volatile Methodology defaultMethodology;
  private static final Map<String, Methodology> BUILT_IN_LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  private static Map<String, String> builtIn() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("vigie-default", DEFAULT_RESOURCE);
    m.put("record-2023", "/fr/vigie/engine/risk/methodology-record-2023.yaml");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** A built-in methodology by id ({@link #BUILT_IN}), read once; empty for any other id. */
  public static Optional<Methodology> builtIn(String id) {
    String resource = BUILT_IN.get(id);
    if (resource == null) {
      return Optional.empty();
    }
    if (resource.equals(DEFAULT_RESOURCE)) {
      return Optional.of(loadDefault());
    }
    return Optional.of(BUILT_IN_LOADED.computeIfAbsent(id, k -> {
      try (InputStream in = MethodologyLoader.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource);
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource.substring(resource.lastIndexOf('/') + 1),
            Path.of("."), Methodology.REFERENCE_INDICATORS);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }

  /** The text of a built-in methodology (as stored by the web application). */
  public static Optional<String> builtInText(String id) {
    String resource = BUILT_IN.get(id);
    if (resource == null) {
      return Optional.empty();
    }
    try (InputStream in = MethodologyLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MethodologyLoader() {}

  /** The default methodology (read once, then cached). */
  public static Methodology loadDefault() {
    Methodology m = defaultMethodology;
    if (m == null) {
      try (InputStream in = MethodologyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
        }
        m = parse(new InputStreamReader(in, StandardCharsets.UTF_8), "methodology-default.yaml",
            Path.of("."), Methodology.REFERENCE_INDICATORS);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      defaultMethodology = m;
    }
    return m;
  }

  /**
   * Loads a methodology file.
   *
   * @param file the YAML or JSON file
   * @param knownIndicators the indicator ids the reference data provides; custom indicators
   *     declared in the file are added to them
   */
  public static Methodology load(Path file, Set<String> knownIndicators) {
    if (!Files.isRegularFile(file)) {
      throw new ProblemException(Problem.error("methodology.file_not_found", file.toString()));
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Path base = file.toAbsolutePath().getParent();
      return parse(r, file.toString(), base, knownIndicators);
    } catch (IOException e) {
      throw new ProblemException(
          Problem.error("methodology.unreadable", file.toString(), FileReason.of(file, e)), e);
    }
  }

  /** Parses a methodology from a reader; {@code origin} names it in messages. */
  public static Methodology parse(Reader reader, String origin, Path baseDir, Set<String> knownIndicators) {
    Node root = Node.of(YamlReader.read(origin, reader, false));
    return new Reading(origin, baseDir, knownIndicators).methodology(root);
  }

  /** One reading of one file: carries the origin for messages. */
  private record Reading(String origin, Path baseDir, Set<String> knownIndicators) {

    Methodology methodology(Node rootNode) {
      MapNode root = map(rootNode, "document");
      allowOnly(root, "(top level)", "id", "version", "description", "levels", "missing_data",
          "categories", "process_risk", "stage_risk", "custom_indicators");
      String id = text(root, "id", null);
      String version = text(root, "version", null);
      Map<String, String> descriptions = descriptions(root);
      String description = descriptions.getOrDefault("en", "");

      List<CustomIndicator> custom = customIndicators(root);
      Set<String> known = new HashSet<>(knownIndicators);
      custom.forEach(c -> known.add(c.id()));

      LevelBands bands = bands(root);
      double minCoverage = 0.5;
      MissingDataPolicy missingData = MissingDataPolicy.REWEIGHT;
      if (root.get("missing_data").isPresent()) {
        MapNode md = map(root.fields().get("missing_data"), "missing_data");
        allowOnly(md, "missing_data", "policy", "min_coverage");
        missingData = enumValue(md, "missing_data.policy", "policy", MissingDataPolicy::fromId,
            MissingDataPolicy.REWEIGHT);
        minCoverage = optNumber(md, "min_coverage", 0.5);
        if (!(minCoverage > 0 && minCoverage <= 1)) {
          throw fail(md.fields().get("min_coverage"), "methodology.min_coverage", String.valueOf(minCoverage));
        }
      }

      MapNode cats = map(require(root, "categories"), "categories");
      Map<RiskCategory, CategoryMethod> categories = new EnumMap<>(RiskCategory.class);
      for (var e : cats.fields().entrySet()) {
        RiskCategory category;
        try {
          category = RiskCategory.fromId(e.getKey());
        } catch (ProblemException ex) {
          throw fail(cats.keyLines().get(e.getKey()), "methodology.bad_choice", "categories", ex.first().text());
        }
        categories.put(category, category(category, e.getValue(), known));
      }
      for (RiskCategory c : RiskCategory.values()) {
        if (!categories.containsKey(c)) {
          throw fail(cats, "methodology.category_missing", c.id());
        }
      }

      Aggregation processFactors = Aggregation.WEIGHTED_MEAN;
      if (root.get("process_risk").isPresent()) {
        MapNode pr = map(root.fields().get("process_risk"), "process_risk");
        allowOnly(pr, "process_risk", "factor_aggregation");
        processFactors = enumValue(pr, "process_risk.factor_aggregation", "factor_aggregation",
            Aggregation::fromId, Aggregation.WEIGHTED_MEAN);
      }

      StageCombination stage = new StageCombination(StageCombination.Rule.WEIGHTED_MEAN, 0.5, 0.5);
      if (root.get("stage_risk").isPresent()) {
        MapNode sr = map(root.fields().get("stage_risk"), "stage_risk");
        allowOnly(sr, "stage_risk", "combination", "process_weight", "country_weight");
        var rule = enumValue(sr, "stage_risk.combination", "combination",
            StageCombination.Rule::fromId, StageCombination.Rule.WEIGHTED_MEAN);
        double pw = nonNegative(sr, "stage_risk.process_weight", "process_weight", 0.5);
        double cw = nonNegative(sr, "stage_risk.country_weight", "country_weight", 0.5);
        if (!(pw + cw > 0)) {
          throw fail(sr, "methodology.stage_weights");
        }
        stage = new StageCombination(rule, pw, cw);
      }
      return new Methodology(id, version, description, origin, categories, bands, minCoverage, missingData,
          processFactors, stage, custom, descriptions);
    }

    /**
     * The description: one text (English), or a mapping of two-letter language codes to texts in
     * which English is required ({@code description: {en: ..., fr: ...}}).
     */
    private Map<String, String> descriptions(MapNode root) {
      Optional<Node> node = root.get("description");
      if (node.isEmpty()) return Map.of();
      if (!(node.get() instanceof MapNode m)) return Map.of("en", text(root, "description", "description"));
      Map<String, String> byLanguage = new java.util.LinkedHashMap<>();
      for (String language : m.fields().keySet()) {
        if (!language.matches("[a-z]{2}")) {
          throw fail(m.fields().get(language), "methodology.unknown_key", "description", language, "en, fr, ...");
        }
        byLanguage.put(language, text(m, language, "description." + language));
      }
      if (!byLanguage.containsKey("en")) throw fail(m, "methodology.missing_key", "description.en");
      return byLanguage;
    }

    private LevelBands bands(MapNode root) {
      LevelBands defaults = LevelBands.defaults();
      if (root.get("levels").isEmpty()) {
        return defaults;
      }
      MapNode levels = map(root.fields().get("levels"), "levels");
      allowOnly(levels, "levels", "thresholds", "scores");
      double[] bounds = {defaults.low(), defaults.medium(), defaults.high(), defaults.veryHigh()};
      if (levels.get("thresholds").isPresent()) {
        MapNode th = map(levels.fields().get("thresholds"), "levels.thresholds");
        allowOnly(th, "levels.thresholds", "low", "medium", "high", "very_high");
        String[] names = {"low", "medium", "high", "very_high"};
        for (int i = 0; i < names.length; i++) {
          bounds[i] = number(th, names[i], "levels.thresholds." + names[i]);
        }
        double previous = 0.0;
        for (int i = 0; i < names.length; i++) {
          if (!(bounds[i] > previous) || bounds[i] > 1.0) {
            throw fail(th.fields().get(names[i]), "methodology.thresholds", names[i], String.valueOf(bounds[i]));
          }
          previous = bounds[i];
        }
      }
      Map<RiskLevel, Double> scores = new EnumMap<>(RiskLevel.class);
      scores.putAll(defaults.levelScores());
      if (levels.get("scores").isPresent()) {
        MapNode sc = map(levels.fields().get("scores"), "levels.scores");
        allowOnly(sc, "levels.scores", "very_low", "low", "medium", "high", "very_high");
        for (var e : sc.fields().entrySet()) {
          double v = number(sc, e.getKey(), "levels.scores." + e.getKey());
          if (!(v >= 0 && v <= 1)) {
            throw fail(e.getValue(), "methodology.score_range", e.getKey(), String.valueOf(v));
          }
          scores.put(RiskLevel.fromId(e.getKey()), v);
        }
      }
      return new LevelBands(bounds[0], bounds[1], bounds[2], bounds[3], scores);
    }

    private CategoryMethod category(RiskCategory category, Node node, Set<String> known) {
      String where = "categories." + category.id();
      MapNode m = map(node, where);
      allowOnly(m, where, "aggregation", "indicators", "floor");
      double floor = optNumber(m, "floor", 0.0);
      if (!(floor >= 0 && floor < 1)) {
        throw fail(m.fields().get("floor"), "methodology.floor", where, String.valueOf(floor));
      }
      Aggregation aggregation = enumValue(m, where + ".aggregation", "aggregation",
          Aggregation::fromId, Aggregation.WEIGHTED_MEAN);
      Node listNode = require(m, "indicators");
      if (!(listNode instanceof ListNode list) || list.items().isEmpty()) {
        throw fail(listNode, "methodology.indicators_empty", where);
      }
      List<IndicatorSpec> specs = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < list.items().size(); i++) {
        String at = where + ".indicators[" + i + "]";
        MapNode im = map(list.items().get(i), at);
        allowOnly(im, at, "id", "weight", "orientation", "scale");
        String id = text(im, "id", at + ".id");
        if (!known.contains(id)) {
          throw fail(im.fields().get("id"), "methodology.unknown_indicator", at, id,
              String.join(", ", known.stream().sorted().toList()));
        }
        if (!seen.add(id)) {
          throw fail(im.fields().get("id"), "methodology.indicator_twice", at, id);
        }
        double weight = number(im, "weight", at + ".weight");
        if (!(weight > 0)) {
          throw fail(im.fields().get("weight"),
              weight < 0 ? "methodology.weight_negative" : "methodology.weight_zero", at, id, String.valueOf(weight));
        }
        Orientation orientation = enumValue(im, at + ".orientation", "orientation", Orientation::fromId, null);
        MapNode sc = map(require(im, "scale"), at + ".scale");
        allowOnly(sc, at + ".scale", "min", "max");
        double min = number(sc, "min", at + ".scale.min");
        double max = number(sc, "max", at + ".scale.max");
        if (!(max > min)) {
          throw fail(sc, "methodology.scale", at, id, String.valueOf(min), String.valueOf(max));
        }
        specs.add(new IndicatorSpec(id, weight, orientation, new Scale(min, max)));
      }
      return new CategoryMethod(category, aggregation, specs, floor);
    }

    private List<CustomIndicator> customIndicators(MapNode root) {
      if (root.get("custom_indicators").isEmpty()) {
        return List.of();
      }
      Node n = root.fields().get("custom_indicators");
      if (!(n instanceof ListNode list)) {
        throw fail(n, "methodology.custom_not_list");
      }
      List<CustomIndicator> out = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < list.items().size(); i++) {
        String at = "custom_indicators[" + i + "]";
        MapNode m = map(list.items().get(i), at);
        allowOnly(m, at, "id", "name", "source", "file", "year");
        String id = text(m, "id", at + ".id");
        if (!id.matches("[a-z][a-z0-9_]*")) {
          throw fail(m.fields().get("id"), "methodology.custom_bad_id", at, id);
        }
        if (knownIndicators.contains(id) || !ids.add(id)) {
          throw fail(m.fields().get("id"), "methodology.custom_defined", at, id);
        }
        String file = text(m, "file", at + ".file");
        Path path = baseDir.resolve(file).normalize();
        if (!Files.isRegularFile(path)) {
          throw fail(m.fields().get("file"), "methodology.custom_file", at, path.toString());
        }
        int year = (int) optNumber(m, "year", 0);
        out.add(new CustomIndicator(id, optText(m, "name", id), optText(m, "source", file), path, year));
      }
      return out;
    }

    // ---- small typed accessors, all failing with file and line ----

    private ProblemException fail(Node node, String code, Object... args) {
      return fail(node == null ? null : node.line(), code, args);
    }

    private ProblemException fail(Integer line, String code, Object... args) {
      return new ProblemException(Problem.error(code, args).at(origin, line));
    }

    private MapNode map(Node node, String where) {
      if (node instanceof MapNode m) {
        return m;
      }
      throw fail(node, "methodology.not_mapping", where);
    }

    private Node require(MapNode m, String key) {
      Node n = m.fields().get(key);
      if (n == null || (n instanceof Scalar s && s.text() == null)) {
        throw fail(m, "methodology.missing_key", key);
      }
      return n;
    }

    private void allowOnly(MapNode m, String where, String... keys) {
      Set<String> allowed = Set.of(keys);
      for (String k : m.fields().keySet()) {
        if (!allowed.contains(k)) {
          throw fail(m.keyLines().get(k), "methodology.unknown_key", where, k, String.join(", ", keys));
        }
      }
    }

    private String text(MapNode m, String key, String where) {
      Node n = require(m, key);
      if (n instanceof Scalar s) {
        return s.text().trim();
      }
      throw fail(n, "methodology.not_single", where == null ? key : where);
    }

    private String optText(MapNode m, String key, String fallback) {
      return m.get(key).isPresent() ? text(m, key, key) : fallback;
    }

    private double number(MapNode m, String key, String where) {
      Node n = require(m, key);
      if (n instanceof Scalar s) {
        try {
          double v = Double.parseDouble(s.text().trim());
          if (Double.isFinite(v)) {
            return v;
          }
        } catch (NumberFormatException e) {
          // reported below
        }
        throw fail(n, "methodology.bad_number", where, s.text());
      }
      throw fail(n, "methodology.not_number", where);
    }

    private double optNumber(MapNode m, String key, double fallback) {
      return m.get(key).isPresent() ? number(m, key, key) : fallback;
    }

    private double nonNegative(MapNode m, String where, String key, double fallback) {
      double v = optNumber(m, key, fallback);
      if (v < 0) {
        throw fail(m.fields().get(key), "methodology.negative", where, String.valueOf(v));
      }
      return v;
    }

    private <T> T enumValue(MapNode m, String where, String key, java.util.function.Function<String, T> parse, T fallback) {
      if (m.get(key).isEmpty() && fallback != null) {
        return fallback;
      }
      String t = text(m, key, where);
      try {
        return parse.apply(t);
      } catch (ProblemException e) {
        throw fail(m.fields().get(key), "methodology.bad_choice", where, e.first().text());
      }
    }
  }

  /** The methodology's view of a {@link YamlNode}: mappings by key with the line of each key. */
  private sealed interface Node permits MapNode, ListNode, Scalar {
    int line();

    static Node of(YamlNode n) {
      return switch (n) {
        case YamlNode.Mapping m -> {
          Map<String, Node> fields = new LinkedHashMap<>();
          Map<String, Integer> keyLines = new LinkedHashMap<>();
          for (YamlNode.Entry e : m.entries().values()) {
            fields.put(e.key(), of(e.value()));
            keyLines.put(e.key(), e.keyLine());
          }
          yield new MapNode(fields, keyLines, m.line());
        }
        case YamlNode.Sequence s -> new ListNode(s.items().stream().map(Node::of).toList(), s.line());
        case YamlNode.Scalar s ->
            new Scalar(s.type() == YamlNode.Scalar.Type.NULL ? null : s.text(),
                s.type() == YamlNode.Scalar.Type.INTEGER || s.type() == YamlNode.Scalar.Type.DECIMAL, s.line());
      };
    }
  }

  private record MapNode(Map<String, Node> fields, Map<String, Integer> keyLines, int line) implements Node {
    Optional<Node> get(String key) {
      return Optional.ofNullable(fields.get(key));
    }
  }

  private record ListNode(List<Node> items, int line) implements Node {}

  /** A scalar; {@code text} is null for YAML null. */
  private record Scalar(String text, boolean numeric, int line) implements Node {}
}
