package fr.vigie.engine.oecd;

import fr.vigie.engine.kernel.Text;
import java.util.List;
import java.util.Optional;

/**
 * One of the five steps and its sub-steps.
 *
 * @param number 1 to 5
 * @param section the part of the guidance it stands in ({@code annex_i})
 * @param reference its number there
 * @param page the page of the 2016 edition, when known
 * @param pageVerified whether that page was checked against the PDF
 * @param practices ids of solutions and obligations fulfilled when every sub-step of the step that
 *     concerns the company is implemented with evidence
 * @param subSteps its sub-steps, in letter order
 */
public record Step(
    int number, String section, String reference, Optional<Integer> page, boolean pageVerified, List<String> practices,
    List<SubStep> subSteps) {
  public Step {
    practices = List.copyOf(practices);
    subSteps = List.copyOf(subSteps);
  }

  /** Where it stands in the guidance (key {@code oecd.section.<section>} with the reference). */
  public Text source() {
    return Text.of("oecd.section." + section, reference);
  }

  /** Its name (bundle key {@code oecd.step.<n>}). */
  public Text name() {
    return Text.of("oecd.step." + number);
  }

  /** The sub-steps that concern a company on this side of the chain. */
  public List<SubStep> subSteps(Side side) {
    return subSteps.stream().filter(s -> s.concerns(side)).toList();
  }
}
