package fr.vigie.engine.solution;

import fr.vigie.engine.kernel.TermNames;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Names the terms {@code solution/<id>} in English and French from the catalogue's names. */
public record SolutionTermNames(Solutions solutions) implements TermNames {
  public SolutionTermNames {
    Objects.requireNonNull(solutions, "solutions");
  }

  @Override
  public Optional<String> name(String kind, String id, Locale locale) {
    if (!kind.equals("solution")) {
      return Optional.empty();
    }
    return switch (locale.getLanguage()) {
      case "en" -> solutions.find(id).map(Solution::nameEn);
      case "fr" -> solutions.find(id).map(Solution::nameFr);
      default -> Optional.empty();
    };
  }
}
