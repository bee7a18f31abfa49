package fr.vigie.engine.valuechain;

import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The value chain model: processes per stage, the risk taxonomy, each process's risk profile and
 * the processes each mineral uses. Immutable; ids are checked for consistency at construction.
 */
public final class ValueChain {
  private final Map<String, ProductionProcess> processes;
  private final Map<String, RiskFactor> riskFactors;
  private final Map<String, List<ProcessRisk>> profiles;
  private final Map<MineralId, List<MineralProcess>> byMineral;

  public ValueChain(
      Collection<ProductionProcess> processes,
      Collection<RiskFactor> riskFactors,
      Collection<ProcessRisk> processRisks,
      Collection<MineralProcess> mineralProcesses) {
    Map<String, ProductionProcess> p = new LinkedHashMap<>();
    processes.forEach(
        x -> {
          if (p.put(x.id(), x) != null) {
            throw new ProblemException(Problem.error("refdata.duplicate_id", Text.of("refdata.kind.process"), x.id()));
          }
        });
    Map<String, RiskFactor> r = new LinkedHashMap<>();
    riskFactors.forEach(
        x -> {
          if (r.put(x.id(), x) != null) {
            throw new ProblemException(Problem.error("refdata.duplicate_id", Text.of("refdata.kind.risk_factor"), x.id()));
          }
        });
    Map<String, List<ProcessRisk>> prof = new LinkedHashMap<>();
    for (ProcessRisk pr : processRisks) {
      requireKnown(p, pr.process(), "process");
      requireKnown(r, pr.riskFactor(), "risk_factor");
      prof.computeIfAbsent(pr.process(), k -> new java.util.ArrayList<>()).add(pr);
    }
    Map<MineralId, List<MineralProcess>> bm = new LinkedHashMap<>();
    for (MineralProcess mp : mineralProcesses) {
      ProductionProcess proc = requireKnown(p, mp.process(), "process");
      if (proc.stage() != mp.stage()) {
        throw new ProblemException(
            Problem.error("refdata.process_stage", mp.process(), proc.stage().id(), mp.stage().id()));
      }
      bm.computeIfAbsent(mp.mineral(), k -> new java.util.ArrayList<>()).add(mp);
    }
    this.processes = Collections.unmodifiableMap(p);
    this.riskFactors = Collections.unmodifiableMap(r);
    Map<String, List<ProcessRisk>> frozen = new LinkedHashMap<>();
    prof.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.profiles = Collections.unmodifiableMap(frozen);
    Map<MineralId, List<MineralProcess>> frozenM = new LinkedHashMap<>();
    bm.forEach((k, v) -> frozenM.put(k, List.copyOf(v)));
    this.byMineral = Collections.unmodifiableMap(frozenM);
  }

  private static <T> T requireKnown(Map<String, T> map, String id, String kind) {
    T t = map.get(id);
    if (t == null) {
      throw new ProblemException(Problem.error("refdata.unknown_id", Text.of("refdata.kind." + kind), String.valueOf(id)));
    }
    return t;
  }

  /** Every process, in file order (grouped by stage). */
  public Collection<ProductionProcess> processes() {
    return processes.values();
  }

  public List<ProductionProcess> processes(Stage stage) {
    return processes.values().stream().filter(p -> p.stage() == stage).toList();
  }

  public Optional<ProductionProcess> process(String id) {
    return Optional.ofNullable(processes.get(id));
  }

  /** The risk taxonomy. */
  public Collection<RiskFactor> riskFactors() {
    return riskFactors.values();
  }

  public List<RiskFactor> riskFactors(RiskCategory category) {
    return riskFactors.values().stream().filter(f -> f.category() == category).toList();
  }

  public Optional<RiskFactor> riskFactor(String id) {
    return Optional.ofNullable(riskFactors.get(id));
  }

  /**
   * The graded risk profile of a process: only the risk factors assessed for it (an absent factor
   * means not assessed, not "no risk"). Empty for an unknown process.
   */
  public List<ProcessRisk> riskProfile(String processId) {
    return profiles.getOrDefault(processId, List.of()).stream().filter(r -> r.mineral().isEmpty()).toList();
  }

  /**
   * The risk profile of a process as a mineral uses it: the cells for every mineral, each replaced
   * by the mineral's own cell for the same factor where the model has one, plus the mineral's own
   * factors (artisanal gold mining has mercury, artisanal cobalt mining does not).
   */
  public List<ProcessRisk> riskProfile(String processId, MineralId mineral) {
    List<ProcessRisk> all = profiles.getOrDefault(processId, List.of());
    Map<String, ProcessRisk> own = new LinkedHashMap<>();
    all.stream().filter(r -> r.mineral().filter(mineral::equals).isPresent())
        .forEach(r -> own.put(r.riskFactor(), r));
    List<ProcessRisk> out = new java.util.ArrayList<>();
    for (ProcessRisk r : all) {
      if (r.mineral().isEmpty()) {
        out.add(own.getOrDefault(r.riskFactor(), r));
      }
    }
    own.values().stream().filter(r -> !out.contains(r)).forEach(out::add);
    return List.copyOf(out);
  }

  /** Every cell of a process, for every mineral and each mineral's own (in file order). */
  public List<ProcessRisk> allCells(String processId) {
    return profiles.getOrDefault(processId, List.of());
  }

  /** The processes a mineral uses, over all stages, in file order. */
  public List<MineralProcess> processesOf(MineralId mineral) {
    return byMineral.getOrDefault(mineral, List.of());
  }

  public List<MineralProcess> processesOf(MineralId mineral, Stage stage) {
    return processesOf(mineral).stream().filter(m -> m.stage() == stage).toList();
  }
}
