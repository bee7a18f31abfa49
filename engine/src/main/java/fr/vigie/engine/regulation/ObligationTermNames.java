package fr.vigie.engine.regulation;

import fr.vigie.engine.kernel.TermNames;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Names the terms {@code obligation/<text id>/<obligation id>} (an obligation of a text, as the
 * assessment recommends it) in any language the text's file gives.
 */
public record ObligationTermNames(RegulationCatalog catalog) implements TermNames {
  /** The vocabulary of obligations. */
  public static final String KIND = "obligation";

  public ObligationTermNames {
    Objects.requireNonNull(catalog, "catalog");
  }

  @Override
  public Optional<String> name(String kind, String id, Locale locale) {
    if (!kind.equals(KIND)) {
      return Optional.empty();
    }
    int slash = id.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String o = id.substring(slash + 1);
    return catalog.find(id.substring(0, slash))
        .flatMap(t -> t.obligations().stream().filter(x -> x.id().equals(o)).findFirst())
        .flatMap(x -> x.text().exactly(locale));
  }
}
