package fr.vigie.engine.oecd;

import fr.vigie.engine.io.Csv;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A company's record of the five steps: at most one {@link StepEntry} per scope and sub-step. A
 * sub-step without an entry is not started. Checked on creation: every code is one of the
 * catalogue's (problem {@code oecd.unknown_sub_step}) and no scope has a code twice ({@code
 * oecd.duplicate_entry}), each problem placed at {@code entries[i].code}.
 */
public final class DueDiligenceSteps {
  private final OecdSteps catalogue;
  private final List<StepEntry> entries;
  private final Map<String, StepEntry> byKey;

  private DueDiligenceSteps(OecdSteps catalogue, List<StepEntry> entries, Map<String, StepEntry> byKey) {
    this.catalogue = catalogue;
    this.entries = List.copyOf(entries);
    this.byKey = byKey;
  }

  public static DueDiligenceSteps of(OecdSteps catalogue, List<StepEntry> entries) {
    Objects.requireNonNull(catalogue, "catalogue");
    Map<String, StepEntry> byKey = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    List<StepEntry> normalised = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      StepEntry e = entries.get(i);
      String path = "entries[" + i + "].code";
      Optional<SubStep> s = catalogue.subStep(e.code());
      if (s.isEmpty()) {
        try {
          catalogue.require(e.code(), path);
        } catch (ProblemException x) {
          problems.addAll(x.problems());
        }
        continue;
      }
      StepEntry n = new StepEntry(e.scope(), s.get().code(), e.status(), e.evidence());
      if (byKey.putIfAbsent(key(n.scope(), n.code()), n) != null) {
        problems.add(Problem.error("oecd.duplicate_entry", n.scope(), n.code()).atPath(path));
        continue;
      }
      normalised.add(n);
    }
    if (!problems.isEmpty()) {
      throw new ProblemException(problems);
    }
    return new DueDiligenceSteps(catalogue, normalised, byKey);
  }

  /**
   * Reads a record from CSV text with the columns {@code scope} ({@code company} or a material id),
   * {@code code} (a sub-step, e.g. {@code 1e}), {@code status} ({@code not_started}, {@code
   * in_progress}, {@code implemented}, {@code not_applicable}) and {@code evidence} (how many pieces of
   * evidence, 0 or more; empty is 0). Every refused value is a problem at its line and column; {@code
   * source} names the file.
   */
  public static DueDiligenceSteps read(String source, String text, OecdSteps catalogue) {
    Csv.Table table = Csv.parse(source, text).requireColumns("scope", "code", "status", "evidence");
    List<StepEntry> entries = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Csv.Row r : table.rows()) {
      try {
        String scope = r.required("scope").toLowerCase(java.util.Locale.ROOT);
        String code = r.required("code");
        SubStep s = catalogue.subStep(code).orElseThrow(() -> r.problem("code", "oecd.unknown_sub_step", code,
            String.join(", ", catalogue.subSteps().stream().map(SubStep::code).toList())));
        StepStatus status;
        try {
          status = StepStatus.fromId(r.required("status"));
        } catch (ProblemException e) {
          throw r.placed("status", e);
        }
        int evidence = r.get("evidence").isEmpty() ? 0 : r.integer("evidence");
        if (evidence < 0) {
          throw r.problem("evidence", "oecd.bad_evidence", evidence);
        }
        if (seen.putIfAbsent(key(scope, s.code()), r.line()) != null) {
          throw r.problem("code", "oecd.duplicate_entry", scope, s.code());
        }
        entries.add(new StepEntry(scope, s.code(), status, evidence));
      } catch (ProblemException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ProblemException(problems);
    }
    return of(catalogue, entries);
  }

  /** No entry at all: every sub-step not started. */
  public static DueDiligenceSteps none(OecdSteps catalogue) {
    return of(catalogue, List.of());
  }

  public OecdSteps catalogue() {
    return catalogue;
  }

  public List<StepEntry> entries() {
    return entries;
  }

  public Optional<StepEntry> entry(String scope, String code) {
    return Optional.ofNullable(byKey.get(key(scope, code)));
  }

  private static String key(String scope, String code) {
    return scope + "\u0000" + code;
  }
}
