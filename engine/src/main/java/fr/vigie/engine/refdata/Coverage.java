package fr.vigie.engine.refdata;

import fr.vigie.engine.country.Country;
import fr.vigie.engine.indicator.IndicatorDefinition;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.mineral.MineralId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the loaded reference data covers: which minerals have country shares for which stages,
 * how many countries have names and indicator values, and the gaps against the product's targets.
 *
 * @param mineralStages per mineral (file order), the stages with at least one production series
 * @param primerGaps the ten primer minerals' missing extraction or refining data, e.g.
 *     "gold: refining"
 * @param countries number of countries
 * @param countriesWithNames per language code, the countries named in that language
 * @param countriesPerIndicator indicator id to number of countries with a value
 * @param countriesPerCategory category to number of countries with at least one indicator of it
 */
public record Coverage(
    Map<MineralId, Set<Stage>> mineralStages,
    List<String> primerGaps,
    int countries,
    Map<String, Integer> countriesWithNames,
    Map<String, Integer> countriesPerIndicator,
    Map<RiskCategory, Integer> countriesPerCategory) {

  /** The ten minerals of the domain primer. */
  public static final List<MineralId> PRIMER_MINERALS =
      List.of(
              "cobalt", "lithium", "nickel", "copper", "natural_graphite", "rare_earths", "tin",
              "tantalum", "tungsten", "gold")
          .stream()
          .map(MineralId::new)
          .toList();

  /** Computes the coverage of a loaded data set. */
  public static Coverage of(ReferenceData data) {
    Map<MineralId, Set<Stage>> stages = new LinkedHashMap<>();
    for (Mineral m : data.minerals().all()) {
      stages.put(m.id(), data.production().stages(m.id()));
    }
    List<String> gaps = new ArrayList<>();
    for (MineralId id : PRIMER_MINERALS) {
      for (Stage s : List.of(Stage.EXTRACTION, Stage.REFINING)) {
        if (!stages.getOrDefault(id, Set.of()).contains(s)) {
          gaps.add(id + ": " + s.id());
        }
      }
    }
    Map<String, Integer> named = new java.util.TreeMap<>();
    for (Country c : data.countries().all()) {
      c.names().byLanguage().keySet().forEach(language -> named.merge(language, 1, Integer::sum));
    }
    Map<String, Integer> perIndicator = new LinkedHashMap<>();
    Map<RiskCategory, Set<String>> perCategory = new EnumMap<>(RiskCategory.class);
    for (RiskCategory c : RiskCategory.values()) {
      perCategory.put(c, new HashSet<>());
    }
    for (IndicatorDefinition d : data.indicators().definitions()) {
      Set<String> isos = data.indicators().values(d.id()).keySet();
      perIndicator.put(d.id(), isos.size());
      perCategory.get(d.category()).addAll(isos);
    }
    Map<RiskCategory, Integer> counts = new EnumMap<>(RiskCategory.class);
    perCategory.forEach((k, v) -> counts.put(k, v.size()));
    return new Coverage(
        Collections.unmodifiableMap(stages), List.copyOf(gaps), data.countries().size(), Collections.unmodifiableMap(named),
        Collections.unmodifiableMap(perIndicator), Collections.unmodifiableMap(counts));
  }

  /** Number of minerals with at least one production series. */
  public long mineralsWithData() {
    return mineralStages.values().stream().filter(s -> !s.isEmpty()).count();
  }
}
