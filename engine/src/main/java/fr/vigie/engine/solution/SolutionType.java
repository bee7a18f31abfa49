package fr.vigie.engine.solution;

import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.Labelled;
import java.util.Arrays;
import java.util.Locale;

/** What kind of solution an entry is, grouped in the study's three families. */
public enum SolutionType implements Labelled {
  OECD_STEP("oecd_step", Family.INTERNAL),
  INTERNAL_MECHANISM("internal_mechanism", Family.INTERNAL),
  SUPPORT_ORGANISATION("support_organisation", Family.EXTERNAL),
  INITIATIVE("initiative", Family.EXTERNAL),
  STANDARD("standard", Family.EXTERNAL),
  FIELD_PROJECT("field_project", Family.EXTERNAL),
  EXPERT_NETWORK("expert_network", Family.EXTERNAL),
  CIRCULAR_ECONOMY("circular_economy", Family.PRACTICES),
  SOBRIETY("sobriety", Family.PRACTICES),
  RELOCATION("relocation", Family.PRACTICES);

  /** The study's three families of solutions. */
  public enum Family {
    INTERNAL,
    EXTERNAL,
    PRACTICES
  }

  private final String id;
  private final Family family;

  SolutionType(String id, Family family) {
    this.id = id;
    this.family = family;
  }

  public String id() {
    return id;
  }

  public Family family() {
    return family;
  }

  @Override
  public String kind() {
    return "solution_type";
  }

  public static SolutionType fromId(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values())
        .filter(s -> s.id.equals(t))
        .findFirst()
        .orElseThrow(
            () ->
                new ProblemException(Problem.error("vocabulary.unknown", Text.of("vocabulary.solution_type"),
                    String.valueOf(text), String.join(", ", Arrays.stream(values()).map(SolutionType::id).toList()))));
  }
}
