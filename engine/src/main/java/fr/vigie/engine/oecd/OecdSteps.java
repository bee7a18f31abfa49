package fr.vigie.engine.oecd;

import fr.vigie.engine.io.Csv;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of the five steps and their sub-steps, read from {@code steps.csv} and {@code
 * sub-steps.csv} next to this class (provenance in {@code PROVENANCE.md} there and in
 * docs/reference-data.md). Immutable and thread-safe.
 */
public final class OecdSteps {
  /** The edition the catalogue follows. */
  public static final String EDITION = "OECD Due Diligence Guidance, third edition (2016)";

  /** Where the guidance is published. */
  public static final String SOURCE = "https://doi.org/10.1787/9789264252479-en";

  private static final String STEPS = "steps.csv";
  private static final String SUB_STEPS = "sub-steps.csv";
  private static OecdSteps defaults;

  private final List<Step> steps;
  private final Map<String, SubStep> byCode;

  private OecdSteps(List<Step> steps) {
    this.steps = List.copyOf(steps);
    Map<String, SubStep> map = new LinkedHashMap<>();
    steps.forEach(s -> s.subSteps().forEach(x -> map.put(x.code(), x)));
    this.byCode = map;
  }

  /** The catalogue shipped with the engine. */
  public static synchronized OecdSteps loadDefault() {
    if (defaults == null) {
      defaults = read(STEPS, resource(STEPS), SUB_STEPS, resource(SUB_STEPS));
    }
    return defaults;
  }

  /** Reads a catalogue from the two tables' text; the names place the problems. */
  public static OecdSteps read(String stepsFile, String stepsText, String subStepsFile, String subStepsText) {
    Csv.Table stepTable = Csv.parse(stepsFile, stepsText)
        .requireColumns("step", "section", "reference", "page", "page_verified", "practices");
    Csv.Table subTable = Csv.parse(subStepsFile, subStepsText)
        .requireColumns("code", "step", "section", "reference", "page", "page_verified", "structure_verified", "sides",
            "side_texts", "practices");
    Map<Integer, List<SubStep>> subs = new LinkedHashMap<>();
    Set<String> codes = new java.util.HashSet<>();
    for (Csv.Row r : subTable.rows()) {
      String code = r.required("code");
      int step = r.integer("step");
      if (!code.matches("[1-5][a-z]") || code.charAt(0) - '0' != step) {
        throw r.problem("code", "oecd.bad_code", code);
      }
      if (!codes.add(code)) {
        throw r.problem("code", "oecd.duplicate_code", code);
      }
      subs.computeIfAbsent(step, k -> new ArrayList<>()).add(new SubStep(code, step, section(r), r.required("reference"),
          page(r), r.bool("page_verified"), r.bool("structure_verified"), sides(r), r.bool("side_texts"),
          list(r.get("practices"))));
    }
    List<Step> steps = new ArrayList<>();
    for (Csv.Row r : stepTable.rows()) {
      int n = r.integer("step");
      if (n != steps.size() + 1) {
        throw r.problem("step", "oecd.bad_step", n, steps.size() + 1);
      }
      List<SubStep> own = subs.getOrDefault(n, List.of());
      if (own.isEmpty()) {
        throw r.problem("step", "oecd.step_without_sub_steps", n);
      }
      steps.add(new Step(n, section(r), r.required("reference"), page(r), r.bool("page_verified"), list(r.get("practices")), own));
    }
    if (steps.size() != 5) {
      throw new ProblemException(Problem.error("oecd.bad_step", steps.size(), 5).at(stepsFile, 1));
    }
    return new OecdSteps(steps);
  }

  /** The five steps in order. */
  public List<Step> steps() {
    return steps;
  }

  /** Step {@code n} (1 to 5). */
  public Step step(int n) {
    return steps.get(n - 1);
  }

  /** Every sub-step, in step and letter order. */
  public List<SubStep> subSteps() {
    return List.copyOf(byCode.values());
  }

  public Optional<SubStep> subStep(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code.strip().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * The sub-step of a code, or a problem {@code oecd.unknown_sub_step} naming the accepted codes,
   * placed at {@code path}.
   */
  public SubStep require(String code, String path) {
    return subStep(code).orElseThrow(() -> new ProblemException(
        Problem.error("oecd.unknown_sub_step", String.valueOf(code), String.join(", ", byCode.keySet()))
            .atPath(path)));
  }

  /** The parts of the guidance a (sub-)step may stand in. */
  public static final Set<String> SECTIONS = Set.of("annex_i", "supplements");

  private static String section(Csv.Row r) {
    String s = r.required("section");
    if (!SECTIONS.contains(s)) {
      throw r.problem("section", "oecd.bad_section", s, String.join(", ", new java.util.TreeSet<>(SECTIONS)));
    }
    return s;
  }

  private static Optional<Integer> page(Csv.Row r) {
    String p = r.get("page");
    return p == null || p.isBlank() ? Optional.empty() : Optional.of(r.integer("page"));
  }

  private static Set<Side> sides(Csv.Row r) {
    String s = r.required("sides");
    if (s.equals("both")) {
      return EnumSet.allOf(Side.class);
    }
    try {
      return EnumSet.of(Side.fromId(s));
    } catch (ProblemException e) {
      throw r.placed("sides", e);
    }
  }

  private static List<String> list(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  private static String resource(String name) {
    try (InputStream in = OecdSteps.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
