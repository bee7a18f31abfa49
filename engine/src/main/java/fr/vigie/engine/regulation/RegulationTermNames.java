package fr.vigie.engine.regulation;

import fr.vigie.engine.kernel.TermNames;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Names the terms {@code regulation/<id>} and {@code obligation/<text id>/<obligation id>} in
 * English and French from the catalogue.
 */
public record RegulationTermNames(RegulationCatalog catalog) implements TermNames {
  public RegulationTermNames {
    Objects.requireNonNull(catalog, "catalog");
  }

  @Override
  public Optional<String> name(String kind, String id, Locale locale) {
    boolean fr = locale.getLanguage().equals("fr");
    if (!fr && !locale.getLanguage().equals("en")) {
      return Optional.empty();
    }
    return switch (kind) {
      case "regulation" -> catalog.find(id).map(t -> fr ? t.nameFr() : t.nameEn());
      case "obligation" -> obligation(id).map(o -> fr ? o.fr() : o.en());
      default -> Optional.empty();
    };
  }

  private Optional<Regulation.Obligation> obligation(String id) {
    int slash = id.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String o = id.substring(slash + 1);
    return catalog.find(id.substring(0, slash))
        .flatMap(t -> t.obligations().stream().filter(x -> x.id().equals(o)).findFirst());
  }
}
