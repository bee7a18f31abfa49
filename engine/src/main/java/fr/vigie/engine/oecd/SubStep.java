package fr.vigie.engine.oecd;

import fr.vigie.engine.kernel.Text;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A lettered sub-step of one of the five steps.
 *
 * @param code the step number and letter, e.g. {@code 1e}
 * @param step the step number, 1 to 5
 * @param section the part of the guidance it stands in: {@code annex_i} (Annex I, the five-step
 *     framework) or {@code supplements} (the supplements' Step 4 for downstream companies)
 * @param reference its number there, e.g. {@code 1.E}
 * @param page the page of the 2016 edition, when known
 * @param pageVerified whether that page was checked against the PDF
 * @param structureVerified whether the sub-step's letter and subject were checked against the
 *     guidance's text or a text restating it
 * @param sides the sides of the chain it concerns
 * @param sideTexts whether its wording differs between upstream and downstream
 * @param practices ids of solutions and obligations it fulfils once implemented with evidence
 */
public record SubStep(
    String code, int step, String section, String reference, Optional<Integer> page, boolean pageVerified,
    boolean structureVerified, Set<Side> sides, boolean sideTexts, List<String> practices) {
  public SubStep {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(page, "page");
    sides = Set.copyOf(sides);
    practices = List.copyOf(practices);
  }

  /** Whether it concerns a company on this side of the chain. */
  public boolean concerns(Side side) {
    return sides.contains(side);
  }

  /** Where it stands in the guidance (key {@code oecd.section.<section>} with the reference). */
  public Text source() {
    return Text.of("oecd.section." + section, reference);
  }

  /** Its name (bundle key {@code oecd.substep.<code>}). */
  public Text name() {
    return Text.of("oecd.substep." + code);
  }

  /** What it asks of a company on this side (key {@code oecd.substep.<code>.<side>} or {@code .all}). */
  public Text description(Side side) {
    return Text.of("oecd.substep." + code + "." + (sideTexts ? side.id() : "all"));
  }
}
