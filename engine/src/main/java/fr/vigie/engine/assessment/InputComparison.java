package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.InputFile;
import fr.vigie.engine.assessment.Assessment.Provenance;
import fr.vigie.engine.kernel.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every input that differs between two assessments, for a comparison to say why their figures
 * differ: the input files per role (profile, ledger, declarations, scenario, methodology file...,
 * compared by name and SHA-256), the scenario, the risk methodology, the priority weights, the
 * reference data, the solutions catalogue, the engine version and the reference date.
 *
 * <pre>{@code
 * for (InputComparison.Difference d : InputComparison.of(before, after)) {
 *   show(d.input(), messages.render(d.text()));
 * }
 * }</pre>
 */
public final class InputComparison {
  private InputComparison() {}

  /**
   * One input that differs.
   *
   * @param input what it is: an input file role ({@code profile}, {@code ledger}, {@code
   *     declaration}, {@code scenario}, {@code method}...), or {@code scenario}, {@code
   *     methodology}, {@code priority_weights}, {@code reference_data}, {@code solutions}, {@code
   *     engine}, {@code reference_date}
   * @param text what differs, before -> after
   */
  public record Difference(String input, Text text) {
    public Difference {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(text, "text");
    }
  }

  /** The inputs that differ from {@code before} to {@code after}, files first; empty when none does. */
  public static List<Difference> of(Assessment before, Assessment after) {
    Provenance b = before.provenance();
    Provenance a = after.provenance();
    List<Difference> out = new ArrayList<>(files(b.inputs(), a.inputs()));
    Optional<String> sb = before.scenario().map(Assessment.ScenarioResult::name);
    Optional<String> sa = after.scenario().map(Assessment.ScenarioResult::name);
    if (!sb.equals(sa)) {
      out.add(new Difference("scenario", Text.of("assessment.compare.scenario", orNone(sb), orNone(sa))));
    }
    simple(out, "methodology", "assessment.compare.methodology", b.methodology(), a.methodology());
    simple(out, "priority_weights", "assessment.compare.priority_weights", b.priorityWeights(), a.priorityWeights());
    if (!b.referenceData().equals(a.referenceData())) {
      Set<String> gone = new LinkedHashSet<>(b.referenceData());
      gone.removeAll(a.referenceData());
      Set<String> come = new LinkedHashSet<>(a.referenceData());
      come.removeAll(b.referenceData());
      out.add(new Difference("reference_data", Text.of("assessment.compare.reference_data",
          gone.isEmpty() ? Text.of("assessment.compare.none") : String.join("; ", gone),
          come.isEmpty() ? Text.of("assessment.compare.none") : String.join("; ", come))));
    }
    simple(out, "solutions", "assessment.compare.solutions", b.solutionsAsOf(), a.solutionsAsOf());
    simple(out, "engine", "assessment.compare.engine", b.engineVersion(), a.engineVersion());
    if (!b.referenceDate().equals(a.referenceDate())) {
      out.add(new Difference("reference_date",
          Text.of("assessment.compare.reference_date", b.referenceDate(), a.referenceDate())));
    }
    return out;
  }

  private static Object orNone(Optional<String> v) {
    return v.<Object>map(x -> x).orElse(Text.of("assessment.compare.none"));
  }

  private static void simple(List<Difference> out, String input, String key, String before, String after) {
    if (!before.equals(after)) {
      out.add(new Difference(input, Text.of(key, before, after)));
    }
  }

  /**
   * Input files per role: a role with one file on each side differs when the hashes do (the name
   * may change); otherwise files are matched by name, and each one added, removed or changed is a
   * difference.
   */
  private static List<Difference> files(List<InputFile> before, List<InputFile> after) {
    Map<String, List<InputFile>> b = byRole(before);
    Map<String, List<InputFile>> a = byRole(after);
    Set<String> roles = new TreeSet<>(b.keySet());
    roles.addAll(a.keySet());
    List<Difference> out = new ArrayList<>();
    for (String role : roles) {
      List<InputFile> x = b.getOrDefault(role, List.of());
      List<InputFile> y = a.getOrDefault(role, List.of());
      if (x.size() == 1 && y.size() == 1) {
        if (!x.getFirst().sha256().equals(y.getFirst().sha256())) {
          out.add(changed(role, x.getFirst(), y.getFirst()));
        }
        continue;
      }
      Map<String, InputFile> xs = new TreeMap<>();
      x.forEach(f -> xs.put(f.name(), f));
      Map<String, InputFile> ys = new TreeMap<>();
      y.forEach(f -> ys.put(f.name(), f));
      for (InputFile f : xs.values()) {
        InputFile g = ys.get(f.name());
        if (g == null) {
          out.add(new Difference(role, Text.of("assessment.compare.input_removed", role, f.name())));
        } else if (!g.sha256().equals(f.sha256())) {
          out.add(changed(role, f, g));
        }
      }
      for (InputFile g : ys.values()) {
        if (!xs.containsKey(g.name())) {
          out.add(new Difference(role, Text.of("assessment.compare.input_added", role, g.name())));
        }
      }
    }
    return out;
  }

  private static Difference changed(String role, InputFile f, InputFile g) {
    return new Difference(role, Text.of("assessment.compare.input", role, g.name(), shortHash(f), shortHash(g)));
  }

  private static String shortHash(InputFile f) {
    return f.name() + " " + f.sha256().substring(0, Math.min(12, f.sha256().length()));
  }

  private static Map<String, List<InputFile>> byRole(List<InputFile> files) {
    Map<String, List<InputFile>> m = new TreeMap<>();
    files.forEach(f -> m.computeIfAbsent(f.role(), k -> new ArrayList<>()).add(f));
    return m;
  }
}
