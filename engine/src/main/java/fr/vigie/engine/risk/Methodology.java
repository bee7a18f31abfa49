package fr.vigie.engine.risk;

import fr.vigie.engine.duediligence.DueDiligence;
import fr.vigie.engine.kernel.RiskCategory;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A versioned risk methodology: everything a score depends on, as data. Every result records the
 * methodology's {@link #ref() id and version}. Load one with {@link MethodologyLoader}; the default
 * one ships in the engine ({@code fr/vigie/engine/risk/methodology-default.yaml}).
 *
 * @param id stable id, e.g. {@code vigie-default}
 * @param version version of this methodology, e.g. {@code 1.0.0}
 * @param description one paragraph for users
 * @param origin where it was read from (file name or resource), for messages
 * @param categories how each of the three categories is scored (all three present)
 * @param bands level thresholds and the score of each level
 * @param minCoverage share of a category's total weight that must have data for a score, in (0,1]
 * @param missingData what a missing indicator value does to a category score
 * @param processFactors how the level scores of a process's risk factors of one category combine
 * @param stageCombination how process risk and country risk combine into stage risk
 * @param customIndicators indicators read from the user's own CSV files
 * @param descriptions the description per language code ({@code en} is {@code description}); a
 *     methodology file gives them as {@code description: {en: ..., fr: ...}}
 */
public record Methodology(
    String id,
    String version,
    String description,
    String origin,
    Map<RiskCategory, CategoryMethod> categories,
    LevelBands bands,
    double minCoverage,
    MissingDataPolicy missingData,
    Aggregation processFactors,
    StageCombination stageCombination,
    List<CustomIndicator> customIndicators,
    Map<String, String> descriptions) {

  /** The indicator ids that the reference data provides, with the scales the default uses. */
  public static final Set<String> REFERENCE_INDICATORS =
      Set.of(
          "epi", "ndgain_vulnerability", "wgi_va", "wgi_pv", "wgi_ge", "wgi_rq", "wgi_rl", "wgi_cc",
          "fh_pr", "fh_cl", "fh_total", "fsi_total", "fsi_p3",
          DueDiligence.CAHRA, DueDiligence.CONFLICT, DueDiligence.CHILD_LABOUR, DueDiligence.FORCED_LABOUR);

  /** The description in this language, else in English. */
  public String description(java.util.Locale locale) {
    return descriptions.getOrDefault(locale.getLanguage(), description);
  }

  /** The identity of a methodology, stored in every result. */
  public record Ref(String id, String version) {
    @Override
    public String toString() {
      return id + " " + version;
    }
  }

  public Methodology {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    description = description == null ? "" : description;
    Map<String, String> byLanguage = new java.util.LinkedHashMap<>(descriptions == null ? Map.of() : descriptions);
    byLanguage.put("en", description);
    descriptions = Map.copyOf(byLanguage);
    origin = origin == null ? "" : origin;
    EnumMap<RiskCategory, CategoryMethod> copy = new EnumMap<>(RiskCategory.class);
    copy.putAll(categories);
    for (RiskCategory c : RiskCategory.values()) {
      if (!copy.containsKey(c)) {
        throw new IllegalArgumentException("methodology " + id + " does not score category " + c.id());
      }
    }
    categories = Map.copyOf(copy);
    Objects.requireNonNull(bands, "bands");
    if (!(minCoverage > 0.0 && minCoverage <= 1.0)) {
      throw new IllegalArgumentException("min_coverage must be in (0,1], got " + minCoverage);
    }
    Objects.requireNonNull(missingData, "missingData");
    Objects.requireNonNull(processFactors, "processFactors");
    Objects.requireNonNull(stageCombination, "stageCombination");
    customIndicators = List.copyOf(customIndicators);
  }

  public Ref ref() {
    return new Ref(id, version);
  }

  public CategoryMethod category(RiskCategory category) {
    return categories.get(category);
  }

  /** Loads the default methodology shipped with the engine. */
  public static Methodology loadDefault() {
    return MethodologyLoader.loadDefault();
  }

  /** A methodology shipped with the engine by id ({@code vigie-default}, {@code record-2023}). */
  public static java.util.Optional<Methodology> builtIn(String id) {
    return MethodologyLoader.builtIn(id);
  }

  /** Loads a methodology file (YAML or JSON); custom indicator files are resolved beside it. */
  public static Methodology load(Path file) {
    return MethodologyLoader.load(file, REFERENCE_INDICATORS);
  }
}
