package fr.vigie.engine.valuechain;

import fr.vigie.engine.kernel.Stage;
import java.util.Objects;

/**
 * A process used at one stage of a mineral value chain (open-pit mining, flotation,
 * hydrometallurgy...). A process may serve several minerals.
 *
 * @param id stable id, e.g. {@code brine_evaporation}
 * @param stage the stage it belongs to
 * @param nameEn English name
 * @param nameFr French name
 * @param description one or two sentences in English
 */
public record ProductionProcess(
    String id, Stage stage, String nameEn, String nameFr, String description) {
  public ProductionProcess {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(nameFr, "nameFr");
    description = description == null ? "" : description;
  }
}
