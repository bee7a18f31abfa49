package fr.vigie.engine.valuechain;

import fr.vigie.engine.kernel.Names;
import fr.vigie.engine.kernel.Stage;
import java.util.Locale;
import java.util.Objects;

/**
 * A process used at one stage of a mineral value chain (open-pit mining, flotation,
 * hydrometallurgy...). A process may serve several minerals.
 *
 * @param id stable id, e.g. {@code brine_evaporation}
 * @param stage the stage it belongs to
 * @param names names per language, English required
 * @param description one or two sentences in English
 */
public record ProductionProcess(
    String id, Stage stage, Names names, String description) {
  public ProductionProcess {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(names, "names");
    description = description == null ? "" : description;
  }

  /** The name in this language, else in English. */
  public String name(Locale locale) {
    return names.in(locale);
  }
}
