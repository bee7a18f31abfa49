package fr.vigie.engine.oecd;

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
