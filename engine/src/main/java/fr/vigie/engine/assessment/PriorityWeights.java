package fr.vigie.engine.assessment;

import fr.vigie.engine.io.Fields;
import fr.vigie.engine.io.YamlNode;
import fr.vigie.engine.io.YamlReader;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The versioned settings of the priority score (docs/assessment.md): the weight of each component
 * and how many recommendations to make. The default ships in the engine ({@value #RESOURCE}); a
 * copy can be passed to {@code bin/vigie assess --weights}. Weights are stored divided by their sum.
 *
 * @param id stable id, stored in every assessment
 * @param version version of these settings
 * @param weights component id ({@link #COMPONENTS}) to weight, summing to 1
 * @param regulationSaturation applicable texts naming a mineral that count as full pressure (>= 1)
 * @param cannotTellWeight what a text that may apply counts for, in [0,1]
 * @param recommendTop read from older files and checked, no longer used: every ranked filiere gets its
 *     recommendations and roadmap actions
 * @param mainRisks how many (stage, category) risks per filiere recommendations address
 * @param solutionsPerRisk how many catalogue solutions are kept per main risk
 */
public record PriorityWeights(
    String id,
    String version,
    Map<String, Double> weights,
    double regulationSaturation,
    double cannotTellWeight,
    int recommendTop,
    int mainRisks,
    int solutionsPerRisk) {

  /** Class-path location of the default settings. */
  public static final String RESOURCE = "/fr/vigie/engine/assessment/priority-weights-default.yaml";

  /** The score's components, in the order they are shown. */
  public static final List<String> COMPONENTS =
      List.of("volume", "risk", "concentration", "regulation", "traceability_gap");

  public PriorityWeights {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    double sum = 0;
    for (String c : COMPONENTS) {
      Double w = weights.get(c);
      if (w == null || !(w >= 0) || Double.isInfinite(w)) {
        throw new ProblemException(Problem.error("weights.negative", c, String.valueOf(w)).atPath("weights." + c));
      }
      sum += w;
    }
    if (!(sum > 0)) {
      throw new ProblemException(Problem.error("weights.all_zero").atPath("weights"));
    }
    if (weights.size() != COMPONENTS.size()) {
      throw new ProblemException(Problem.error("weights.components", String.join(", ", COMPONENTS)).atPath("weights"));
    }
    Map<String, Double> normalised = new LinkedHashMap<>();
    for (String c : COMPONENTS) {
      normalised.put(c, weights.get(c) / sum);
    }
    weights = java.util.Collections.unmodifiableMap(normalised);
    if (!(regulationSaturation >= 1)) {
      throw new ProblemException(Problem.error("weights.saturation").atPath("regulation_saturation"));
    }
    if (!(cannotTellWeight >= 0 && cannotTellWeight <= 1)) {
      throw new ProblemException(Problem.error("weights.cannot_tell").atPath("cannot_tell_weight"));
    }
    if (recommendTop < 0 || mainRisks < 1 || solutionsPerRisk < 0) {
      throw new ProblemException(Problem.error(mainRisks < 1 ? "weights.main_risks" : "weights.counts")
          .atPath(mainRisks < 1 ? "main_risks" : recommendTop < 0 ? "recommend_top" : "solutions_per_risk"));
    }
  }

  /** {@code id version}, as stored in assessments. */
  public String ref() {
    return id + " " + version;
  }

  /** The normalised weight of a component. */
  public double weight(String component) {
    Double w = weights.get(component);
    if (w == null) {
      throw new IllegalArgumentException("unknown component " + component);
    }
    return w;
  }

  /** The settings shipped with the engine. */
  public static PriorityWeights loadDefault() {
    try (InputStream in = PriorityWeights.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read("priority-weights-default.yaml", YamlReader.read("priority-weights-default.yaml", in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a weights file; errors name the file, line and key. */
  public static PriorityWeights load(Path file) {
    return read(file.toString(), YamlReader.read(file));
  }

  private static PriorityWeights read(String source, YamlNode root) {
    Fields f = Fields.of(source, root, "the priority weights");
    f.allow("id", "version", "weights", "regulation_saturation", "cannot_tell_weight", "recommend_top",
        "main_risks", "solutions_per_risk");
    f.rejectUnknown();
    Fields w = f.map("weights", "weights");
    w.allow(COMPONENTS.toArray(String[]::new));
    w.rejectUnknown();
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String c : COMPONENTS) {
      BigDecimal d = w.decimal(c);
      if (d.signum() < 0) {
        throw w.problemAt(c, "weights.negative", c, d.toPlainString());
      }
      weights.put(c, d.doubleValue());
    }
    if (weights.values().stream().allMatch(x -> x == 0)) {
      throw w.problem(w.line(), "weights", "weights.all_zero");
    }
    double saturation = f.optDecimal("regulation_saturation").map(BigDecimal::doubleValue).orElse(2.0);
    if (saturation < 1) {
      throw f.problemAt("regulation_saturation", "weights.saturation");
    }
    double cannotTell = f.optDecimal("cannot_tell_weight").map(BigDecimal::doubleValue).orElse(0.5);
    if (cannotTell < 0 || cannotTell > 1) {
      throw f.problemAt("cannot_tell_weight", "weights.cannot_tell");
    }
    int top = count(f, "recommend_top", 5);
    int risks = count(f, "main_risks", 2);
    if (risks < 1) {
      throw f.problemAt("main_risks", "weights.main_risks");
    }
    int perRisk = count(f, "solutions_per_risk", 3);
    try {
      return new PriorityWeights(f.string("id"), f.string("version"), weights, saturation, cannotTell, top,
          risks, perRisk);
    } catch (ProblemException e) {
      throw e.placed(source, null);
    }
  }

  private static int count(Fields f, String key, int otherwise) {
    return f.node(key).map(n -> (int) Math.min(Integer.MAX_VALUE, f.toCount(key, n))).orElse(otherwise);
  }
}
