package fr.vigie.engine.duediligence;

import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One good of the US Department of Labor's list of goods produced by child labour or forced labour,
 * for one country, with the Vigie mineral it is mapped to.
 *
 * @param iso3 the country (ISO 3166-1 alpha-3)
 * @param good the good as the list names it, e.g. {@code Cobalt ore (heterogenite)}
 * @param mineral the Vigie mineral the good is mapped to, empty when no Vigie mineral fits (diamonds,
 *     coal, stones...): the flag then still counts for the country, never for a mineral
 * @param stages the value-chain stages the good belongs to (an ore: extraction and pre-treatment)
 * @param childLabour listed for child labour
 * @param forcedLabour listed for forced labour
 * @param forcedChildLabour listed for forced child labour
 * @param source catalog id of the list edition
 */
public record LabourFlag(
    String iso3, String good, Optional<MineralId> mineral, Set<Stage> stages, boolean childLabour,
    boolean forcedLabour, boolean forcedChildLabour, String source) {

  public LabourFlag {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(good, "good");
    Objects.requireNonNull(mineral, "mineral");
    stages = Set.copyOf(stages);
    Objects.requireNonNull(source, "source");
  }

  /** Whether the flag concerns this mineral at this stage. */
  public boolean concerns(MineralId m, Stage stage) {
    return mineral.isPresent() && mineral.get().equals(m) && stages.contains(stage);
  }

  /** Listed for forced labour of any age. */
  public boolean anyForcedLabour() {
    return forcedLabour || forcedChildLabour;
  }

  /** Listed for child labour, forced or not. */
  public boolean anyChildLabour() {
    return childLabour || forcedChildLabour;
  }
}
