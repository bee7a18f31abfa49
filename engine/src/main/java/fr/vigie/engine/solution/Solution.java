package fr.vigie.engine.solution;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.Names;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.mineral.MineralId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entry of the solutions catalogue.
 *
 * @param id stable lower_snake id, e.g. {@code copper_mark}
 * @param type the kind of solution
 * @param names name per language, English and French required
 * @param descriptions what it is and does, per language, English and French required
 * @param riskCategories categories of risk it addresses (at least one)
 * @param riskFactors risk factor ids it addresses, each in one of {@code riskCategories}
 * @param stages value chain stages it acts on (at least one)
 * @param minerals minerals it covers; empty means every mineral
 * @param horizon when it can take effect
 * @param organisation the organisation behind it, if any
 * @param source address of the source used to curate the entry
 * @param verified whether the scope (minerals, stages) was checked against a source
 * @param note curation note (what is interpretation, what to re-check) per language, when there is one
 */
public record Solution(
    String id,
    SolutionType type,
    Names names,
    Names descriptions,
    Set<RiskCategory> riskCategories,
    Set<String> riskFactors,
    Set<Stage> stages,
    Set<MineralId> minerals,
    Horizon horizon,
    Optional<String> organisation,
    String source,
    boolean verified,
    Optional<Names> note) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  public Solution {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(horizon, "horizon");
    if (id == null || !ID.matcher(id).matches()) {
      throw new ProblemException(Problem.error("solution.bad_id", String.valueOf(id)));
    }
    for (String part : new String[] {"name", "description"}) {
      Names texts = part.equals("name") ? names : descriptions;
      for (String language : new String[] {"en", "fr"}) {
        if (texts == null || !texts.has(language)) {
          throw new ProblemException(Problem.error("solution.missing_text", id, part + "_" + language));
        }
      }
    }
    if (source == null || source.isBlank()) {
      throw new ProblemException(Problem.error("solution.missing_source", id));
    }
    if (!source.startsWith("https://") && !source.startsWith("http://")) {
      throw new ProblemException(Problem.error("solution.bad_source", id, source));
    }
    riskCategories = Set.copyOf(riskCategories);
    riskFactors = Set.copyOf(riskFactors);
    stages = Set.copyOf(stages);
    minerals = Set.copyOf(minerals);
    if (riskCategories.isEmpty()) {
      throw new ProblemException(Problem.error("solution.empty_list", id, "risk_categories"));
    }
    if (stages.isEmpty()) {
      throw new ProblemException(Problem.error("solution.empty_list", id, "stages"));
    }
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(note, "note");
  }

  /** The curation note in this language, else in English; empty when there is none. */
  public String note(Locale locale) {
    return note.map(n -> n.in(locale)).orElse("");
  }

  /** The name in this language, else in English. */
  public String name(Locale locale) {
    return names.in(locale);
  }

  /** The description in this language, else in English. */
  public String description(Locale locale) {
    return descriptions.in(locale);
  }

  /** This solution as a term ({@code solution}/id), named from the catalogue. */
  public Term term() {
    return Term.of(KIND, id);
  }

  /** The kind of solution terms. */
  public static final String KIND = "solution";

  /** Whether the entry covers every mineral. */
  public boolean allMinerals() {
    return minerals.isEmpty();
  }

  /** Whether it covers the mineral (entries for every mineral cover all). */
  public boolean covers(MineralId mineral) {
    return minerals.isEmpty() || minerals.contains(mineral);
  }

  /** Whether it addresses the mineral at the stage for the risk category. */
  public boolean addresses(MineralId mineral, Stage stage, RiskCategory category) {
    return covers(mineral) && stages.contains(stage) && riskCategories.contains(category);
  }
}
