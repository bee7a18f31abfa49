package fr.vigie.engine.filing;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.oecd.DueDiligenceSteps;
import fr.vigie.engine.oecd.MaturityPolicy;
import fr.vigie.engine.oecd.Side;
import fr.vigie.engine.oecd.StepEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the company stands on the OECD Due Diligence Guidance's five steps, for the company and per
 * filiere, from a record of the steps (the application's register, or the command line's
 * {@code --steps} file) and the {@link MaturityPolicy}: without one a filing says the steps are
 * missing.
 *
 * @param company the five steps for the company as a whole (one entry per step present)
 * @param filieres the steps per filiere (mineral id), when they are followed per filiere
 */
public record StepsSummary(List<Step> company, List<FiliereSteps> filieres) {
  public StepsSummary {
    company = List.copyOf(company);
    filieres = List.copyOf(filieres);
  }

  /**
   * The summary of a record of the steps, by the {@link MaturityPolicy}: the company (each sub-step at
   * its least advanced filiere) and each filiere, with the evidence recorded on each scope's own
   * entries of a step. Empty while the record holds nothing but sub-steps not started or not
   * applicable and no evidence (see {@link #ifRecorded}).
   *
   * @param filieres the filieres' material ids and the company's side in each
   * @param companySide the company's side when there is no filiere
   */
  public static Optional<StepsSummary> of(DueDiligenceSteps steps, Map<String, Side> filieres, Side companySide) {
    MaturityPolicy policy = new MaturityPolicy(steps.catalogue());
    Map<String, Integer> evidence = new LinkedHashMap<>();
    for (StepEntry e : steps.entries()) {
      int number = steps.catalogue().require(e.code(), "code").step();
      evidence.merge(e.scope() + "/" + number, e.evidence(), Integer::sum);
    }
    List<Step> company = steps(policy.company(steps, filieres, companySide), evidence);
    List<FiliereSteps> per = new ArrayList<>();
    filieres.forEach((m, side) -> per.add(new FiliereSteps(m, steps(policy.filiere(steps, m, side), evidence))));
    return ifRecorded(company, per);
  }

  private static List<Step> steps(MaturityPolicy.Maturity m, Map<String, Integer> evidence) {
    return m.steps().stream()
        .map(s -> Step.of(s.step(), s.counts(), s.score(), evidence.getOrDefault(m.scope() + "/" + s.step(), 0)))
        .toList();
  }

  /**
   * A summary of these steps, or empty when nothing is recorded in them: no sub-step in progress or
   * done and no evidence. A filing then says the steps are missing rather than "nothing started".
   */
  public static Optional<StepsSummary> ifRecorded(List<Step> company, List<FiliereSteps> filieres) {
    boolean recorded = Stream.concat(company.stream(), filieres.stream().flatMap(f -> f.steps().stream()))
        .anyMatch(s -> s.evidence() > 0 || s.done() + s.inProgress() > 0);
    return recorded ? Optional.of(new StepsSummary(company, filieres)) : Optional.empty();
  }

  /**
   * One OECD step and its sub-steps.
   *
   * @param number the step, 1 to 5 (1 management systems, 2 identify and assess risks, 3 respond to
   *     risks, 4 independent audit, 5 report)
   * @param subSteps sub-steps followed
   * @param done sub-steps done
   * @param inProgress sub-steps in progress
   * @param notStarted sub-steps not started
   * @param maturity the step's maturity, 0 (nothing) to 1 (complete)
   * @param evidence files and links recorded as evidence
   */
  public record Step(int number, int subSteps, int done, int inProgress, int notStarted, double maturity, int evidence) {
    public Step {
      if (number < 1 || number > 5) {
        throw new ProblemException(Problem.error("filing.bad_summary", "steps.number", number));
      }
      if (subSteps < 0 || done < 0 || inProgress < 0 || notStarted < 0 || evidence < 0
          || done + inProgress + notStarted > subSteps) {
        throw new ProblemException(Problem.error("filing.bad_summary", "steps.sub_steps", subSteps));
      }
      if (!(maturity >= 0 && maturity <= 1)) {
        throw new ProblemException(Problem.error("filing.bad_summary", "steps.maturity", maturity));
      }
    }

    /**
     * A step as the {@link MaturityPolicy} gives it: the sub-steps followed are all but those not
     * applicable; done are those implemented, with or without evidence; the maturity is the policy's
     * score (0-100) over 100, 0 when every sub-step is not applicable.
     *
     * @param counts how many sub-steps are at each level
     * @param score the policy's score of the step, 0 to 100, empty when every sub-step is not applicable
     * @param evidence the pieces of evidence recorded
     */
    public static Step of(int number, Map<MaturityPolicy.Level, Integer> counts, Optional<Double> score, int evidence) {
      int done = counts.getOrDefault(MaturityPolicy.Level.IMPLEMENTED, 0)
          + counts.getOrDefault(MaturityPolicy.Level.EVIDENCED, 0);
      int inProgress = counts.getOrDefault(MaturityPolicy.Level.IN_PROGRESS, 0);
      int notStarted = counts.getOrDefault(MaturityPolicy.Level.NOT_STARTED, 0);
      return new Step(number, done + inProgress + notStarted, done, inProgress, notStarted,
          score.orElse(0.0) / 100, evidence);
    }
  }

  /**
   * The steps of one filiere.
   *
   * @param material the mineral id
   * @param steps its steps
   */
  public record FiliereSteps(String material, List<Step> steps) {
    public FiliereSteps {
      Objects.requireNonNull(material, "material");
      steps = List.copyOf(steps);
    }
  }
}
