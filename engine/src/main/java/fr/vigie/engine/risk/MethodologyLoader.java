package fr.vigie.engine.risk;

import fr.vigie.engine.indicator.Orientation;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.VigieException;
import fr.vigie.engine.risk.YamlTree.ListNode;
import fr.vigie.engine.risk.YamlTree.MapNode;
import fr.vigie.engine.risk.YamlTree.Node;
import fr.vigie.engine.risk.YamlTree.Scalar;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates a methodology file (YAML, or JSON which is YAML). Every problem is refused
 * with a {@link VigieException} naming the file, the line and the field: an unknown or misspelt
 * key, a negative or zero weight, an unknown indicator, thresholds that do not increase, a custom
 * indicator file that does not exist.
 */
public final class MethodologyLoader {
  /** Classpath location of the methodology shipped with the engine. */
  public static final String DEFAULT_RESOURCE = "/fr/vigie/engine/risk/methodology-default.yaml";

  private static volatile Methodology defaultMethodology;

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
      throw new VigieException("methodology file not found: " + file);
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Path base = file.toAbsolutePath().getParent();
      return parse(r, file.toString(), base, knownIndicators);
    } catch (IOException e) {
      throw new VigieException("cannot read methodology file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses a methodology from a reader; {@code origin} names it in messages. */
  public static Methodology parse(Reader reader, String origin, Path baseDir, Set<String> knownIndicators) {
    Node root = YamlTree.parse(reader, origin);
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
      String description = optText(root, "description", "");

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
          throw fail(md.fields().get("min_coverage"), "missing_data.min_coverage must be in (0,1], got " + minCoverage);
        }
      }

      MapNode cats = map(require(root, "categories"), "categories");
      Map<RiskCategory, CategoryMethod> categories = new EnumMap<>(RiskCategory.class);
      for (var e : cats.fields().entrySet()) {
        RiskCategory category;
        try {
          category = RiskCategory.fromId(e.getKey());
        } catch (VigieException ex) {
          throw fail(cats.keyLines().get(e.getKey()), "categories: " + ex.getMessage());
        }
        categories.put(category, category(category, e.getValue(), known));
      }
      for (RiskCategory c : RiskCategory.values()) {
        if (!categories.containsKey(c)) {
          throw fail(cats, "categories: category '" + c.id() + "' is missing");
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
          throw fail(sr, "stage_risk: process_weight + country_weight must be > 0");
        }
        stage = new StageCombination(rule, pw, cw);
      }
      return new Methodology(id, version, description, origin, categories, bands, minCoverage, missingData,
          processFactors, stage, custom);
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
            throw fail(th.fields().get(names[i]),
                "levels.thresholds." + names[i] + " = " + bounds[i]
                    + ": thresholds must be strictly increasing within (0,1] (low < medium < high < very_high)");
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
            throw fail(e.getValue(), "levels.scores." + e.getKey() + " must be in [0,1], got " + v);
          }
          scores.put(RiskLevel.fromId(e.getKey()), v);
        }
      }
      return new LevelBands(bounds[0], bounds[1], bounds[2], bounds[3], scores);
    }

    private CategoryMethod category(RiskCategory category, Node node, Set<String> known) {
      String where = "categories." + category.id();
      MapNode m = map(node, where);
      allowOnly(m, where, "aggregation", "indicators");
      Aggregation aggregation = enumValue(m, where + ".aggregation", "aggregation",
          Aggregation::fromId, Aggregation.WEIGHTED_MEAN);
      Node listNode = require(m, "indicators");
      if (!(listNode instanceof ListNode list) || list.items().isEmpty()) {
        throw fail(listNode, where + ".indicators must be a non-empty list");
      }
      List<IndicatorSpec> specs = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < list.items().size(); i++) {
        String at = where + ".indicators[" + i + "]";
        MapNode im = map(list.items().get(i), at);
        allowOnly(im, at, "id", "weight", "orientation", "scale");
        String id = text(im, "id", at + ".id");
        if (!known.contains(id)) {
          throw fail(im.fields().get("id"), at + ".id: unknown indicator '" + id
              + "' (known: " + known.stream().sorted().toList()
              + "; declare your own under custom_indicators)");
        }
        if (!seen.add(id)) {
          throw fail(im.fields().get("id"), at + ".id: indicator '" + id + "' listed twice");
        }
        double weight = number(im, "weight", at + ".weight");
        if (!(weight > 0)) {
          throw fail(im.fields().get("weight"), at + ".weight of '" + id + "' must be > 0, got " + weight
              + (weight < 0 ? " (negative weights are not allowed)" : " (remove the indicator instead)"));
        }
        Orientation orientation = enumValue(im, at + ".orientation", "orientation", Orientation::fromId, null);
        MapNode sc = map(require(im, "scale"), at + ".scale");
        allowOnly(sc, at + ".scale", "min", "max");
        double min = number(sc, "min", at + ".scale.min");
        double max = number(sc, "max", at + ".scale.max");
        if (!(max > min)) {
          throw fail(sc, at + ".scale of '" + id + "': min " + min + " must be below max " + max);
        }
        specs.add(new IndicatorSpec(id, weight, orientation, new Scale(min, max)));
      }
      return new CategoryMethod(category, aggregation, specs);
    }

    private List<CustomIndicator> customIndicators(MapNode root) {
      if (root.get("custom_indicators").isEmpty()) {
        return List.of();
      }
      Node n = root.fields().get("custom_indicators");
      if (!(n instanceof ListNode list)) {
        throw fail(n, "custom_indicators must be a list");
      }
      List<CustomIndicator> out = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < list.items().size(); i++) {
        String at = "custom_indicators[" + i + "]";
        MapNode m = map(list.items().get(i), at);
        allowOnly(m, at, "id", "name", "source", "file", "year");
        String id = text(m, "id", at + ".id");
        if (!id.matches("[a-z][a-z0-9_]*")) {
          throw fail(m.fields().get("id"), at + ".id '" + id + "' must be lower case letters, digits, underscores");
        }
        if (knownIndicators.contains(id) || !ids.add(id)) {
          throw fail(m.fields().get("id"), at + ".id '" + id + "' is already defined");
        }
        String file = text(m, "file", at + ".file");
        Path path = baseDir.resolve(file).normalize();
        if (!Files.isRegularFile(path)) {
          throw fail(m.fields().get("file"), at + ".file: indicator file not found: " + path);
        }
        int year = (int) optNumber(m, "year", 0);
        out.add(new CustomIndicator(id, optText(m, "name", id), optText(m, "source", file), path, year));
      }
      return out;
    }

    // ---- small typed accessors, all failing with file and line ----

    private VigieException fail(Node node, String message) {
      return fail(node == null ? 0 : node.line(), message);
    }

    private VigieException fail(Integer line, String message) {
      return new VigieException(origin + ":" + (line == null ? 0 : line) + ": " + message);
    }

    private MapNode map(Node node, String where) {
      if (node instanceof MapNode m) {
        return m;
      }
      throw fail(node, where + " must be a mapping of keys to values");
    }

    private Node require(MapNode m, String key) {
      Node n = m.fields().get(key);
      if (n == null || (n instanceof Scalar s && s.text() == null)) {
        throw fail(m, "missing required key '" + key + "'");
      }
      return n;
    }

    private void allowOnly(MapNode m, String where, String... keys) {
      Set<String> allowed = Set.of(keys);
      for (String k : m.fields().keySet()) {
        if (!allowed.contains(k)) {
          throw fail(m.keyLines().get(k), where + ": unknown key '" + k + "' (allowed: " + List.of(keys) + ")");
        }
      }
    }

    private String text(MapNode m, String key, String where) {
      Node n = require(m, key);
      if (n instanceof Scalar s) {
        return s.text().trim();
      }
      throw fail(n, (where == null ? key : where) + " must be a single value");
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
        throw fail(n, where + " must be a number, got '" + s.text() + "'");
      }
      throw fail(n, where + " must be a number");
    }

    private double optNumber(MapNode m, String key, double fallback) {
      return m.get(key).isPresent() ? number(m, key, key) : fallback;
    }

    private double nonNegative(MapNode m, String where, String key, double fallback) {
      double v = optNumber(m, key, fallback);
      if (v < 0) {
        throw fail(m.fields().get(key), where + " must be >= 0, got " + v);
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
      } catch (VigieException e) {
        throw fail(m.fields().get(key), where + ": " + e.getMessage());
      }
    }
  }
}
