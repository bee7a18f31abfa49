package fr.vigie.engine.filing;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.util.List;
import java.util.Objects;

/**
 * Where the company stands on the OECD Due Diligence Guidance's five steps, for the company and per
 * filiere, as the application's steps register gives it (the engine has no register of its own:
 * without one a filing says the steps are missing).
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
