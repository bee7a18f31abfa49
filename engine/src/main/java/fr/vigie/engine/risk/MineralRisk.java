package fr.vigie.engine.risk;

import fr.vigie.engine.kernel.Explanation;
import fr.vigie.engine.mineral.MineralId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A mineral's risk at each upstream stage that has production data or processes.
 *
 * @param mineral the mineral
 * @param methodology the methodology's id and version
 * @param stages one entry per stage, in stage order
 */
public record MineralRisk(MineralId mineral, Methodology.Ref methodology, List<Stage> stages) {
  public MineralRisk {
    Objects.requireNonNull(mineral, "mineral");
    stages = List.copyOf(stages);
  }

  /**
   * One stage.
   *
   * @param risk the stage risk
   * @param sharesBasis where the country shares come from, e.g. {@code usgs-mcs-2025 2024 mine
   *     production}, or {@code extraction shares (proxy)} for pre-treatment
   * @param dataYear the year of the production figures (0 when none)
   */
  public record Stage(StageRisk risk, String sharesBasis, int dataYear) {}

  public Explanation explain() {
    List<Explanation> children = new ArrayList<>();
    for (Stage s : stages) {
      StageRisk r = s.risk();
      Explanation e = r.explanation();
      Map<String, Object> facts = new LinkedHashMap<>(e.facts());
      facts.put("shares", s.sharesBasis());
      children.add(new Explanation(e.label(), facts, e.children()));
    }
    return Explanation.of("mineral " + mineral.value(), children, "methodology", methodology.toString());
  }
}
