package fr.vigie.engine.mineral;

import fr.vigie.engine.kernel.TermNames;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Names the terms {@code mineral/<id>} in English and French from the minerals' names. */
public record MineralTermNames(Minerals minerals) implements TermNames {
  public MineralTermNames {
    Objects.requireNonNull(minerals, "minerals");
  }

  @Override
  public Optional<String> name(String kind, String id, Locale locale) {
    if (!kind.equals("mineral")) {
      return Optional.empty();
    }
    return switch (locale.getLanguage()) {
      case "en" -> minerals.find(new MineralId(id)).map(Mineral::nameEn);
      case "fr" -> minerals.find(new MineralId(id)).map(Mineral::nameFr);
      default -> Optional.empty();
    };
  }
}
