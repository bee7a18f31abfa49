package fr.vigie.engine.cli;

import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.risk.CategoryRisk;
import fr.vigie.engine.risk.Concentration;
import fr.vigie.engine.risk.CountryRisk;
import fr.vigie.engine.risk.LevelBands;
import fr.vigie.engine.risk.MineralRisk;
import fr.vigie.engine.risk.RiskEngine;
import fr.vigie.engine.risk.StageRisk;
import fr.vigie.engine.risk.supply.GeoPolRisk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The risk parts of the command views: {@code risk} of a country, the risk fields of each stage of
 * a mineral, the supply-risk rows and the GeoPolRisk result.
 */
final class RiskViews {
  private RiskViews() {}

  /** {@code risk} of {@code country <iso>}: per category score, level, contributions, missing. */
  static Map<String, Object> countryRisk(CountryRisk r) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("methodology", r.methodology().toString());
    v.put("confidence", r.confidence());
    v.put("data_years", List.copyOf(r.dataYears()));
    for (RiskCategory c : RiskCategory.values()) {
      CategoryRisk cr = r.category(c);
      Map<String, Object> cv = new LinkedHashMap<>();
      switch (cr) {
        case CategoryRisk.Scored s -> {
          cv.put("score", s.score());
          cv.put("level", s.level().id());
        }
        case CategoryRisk.Undetermined u -> {
          cv.put("score", null);
          cv.put("level", "undetermined");
          cv.put("reason", u.reason());
        }
      }
      cv.put("coverage", cr.coverage());
      List<Map<String, Object>> contributions = new ArrayList<>();
      for (CategoryRisk.Contribution x : cr.contributions()) {
        Map<String, Object> xv = new LinkedHashMap<>();
        xv.put("indicator", x.indicator());
        xv.put("raw", x.raw());
        xv.put("year", x.year());
        xv.put("normalised", x.normalised());
        xv.put("weight", x.weight());
        xv.put("effective_weight", x.effectiveWeight());
        xv.put("contribution", x.contribution());
        xv.put("source", x.source());
        contributions.add(xv);
      }
      cv.put("contributions", contributions);
      cv.put("missing", cr.missing());
      v.put(c.id(), cv);
    }
    return v;
  }

  /**
   * Adds {@code hhi}, {@code country_risk}, {@code process_risk} and {@code stage_risk} to each
   * stage entry of a mineral view. Upstream stages with processes but no production series of their
   * own (pre-treatment) keep the {@code stages} list to production data: they go, with the same
   * fields and the basis of their shares, under {@code other_stage_risks}.
   */
  @SuppressWarnings("unchecked")
  static void addStageRisks(Map<String, Object> mineralView, MineralRisk risk, LevelBands bands) {
    List<Map<String, Object>> stages = (List<Map<String, Object>>) mineralView.get("stages");
    List<Map<String, Object>> others = new ArrayList<>();
    for (MineralRisk.Stage s : risk.stages()) {
      Map<String, Object> entry = stages.stream()
          .filter(e -> s.risk().stage().id().equals(e.get("stage"))).findFirst().orElse(null);
      if (entry == null) {
        entry = new LinkedHashMap<>();
        entry.put("stage", s.risk().stage().id());
        entry.put("shares", s.sharesBasis());
        others.add(entry);
      }
      putStageRisk(entry, s.risk(), bands);
    }
    mineralView.put("other_stage_risks", others);
    mineralView.put("risk_methodology", risk.methodology().toString());
  }

  private static void putStageRisk(Map<String, Object> entry, StageRisk r, LevelBands bands) {
    entry.put("hhi", r.hhi().isPresent() ? r.hhi().getAsDouble() : null);
    Map<String, Object> country = new LinkedHashMap<>();
    Map<String, Object> process = new LinkedHashMap<>();
    Map<String, Object> byCategory = new LinkedHashMap<>();
    for (RiskCategory c : RiskCategory.values()) {
      Optional<Concentration.WeightedRisk> w = r.countryRisk().get(c);
      Map<String, Object> cv = new LinkedHashMap<>();
      cv.put("score", w.map(x -> (Object) x.value()).orElse(null));
      cv.put("level", w.map(x -> bands.level(x.value()).id()).orElse(null));
      cv.put("coverage", w.map(x -> (Object) x.coverage()).orElse(null));
      country.put(c.id(), cv);
      OptionalDouble p = r.processRisk().get(c);
      process.put(c.id(), p.isPresent() ? p.getAsDouble() : null);
      byCategory.put(c.id(), scored(r.categories().get(c)));
    }
    entry.put("country_risk", country);
    entry.put("process_risk", process);
    Map<String, Object> stageRisk = scored(r.overall());
    stageRisk.put("by_category", byCategory);
    entry.put("stage_risk", stageRisk);
  }

  private static Map<String, Object> scored(Optional<StageRisk.Scored> s) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("score", s.map(x -> (Object) x.score()).orElse(null));
    v.put("level", s.map(x -> x.level().id()).orElse("undetermined"));
    return v;
  }

  /** {@code supply-risk --json}: {@code {id, stages:[{stage, hhi, hhi_wgi}], gross_supply_risk}}. */
  static Map<String, Object> supplyRisk(RiskEngine.SupplyRisk s) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", s.mineral().value());
    List<Map<String, Object>> stages = new ArrayList<>();
    for (RiskEngine.StageSupply st : s.stages()) {
      Map<String, Object> sv = new LinkedHashMap<>();
      sv.put("stage", st.stage().id());
      sv.put("hhi", st.hhi());
      sv.put("hhi_wgi", st.hhiWgi().value());
      sv.put("source", st.series().source());
      sv.put("year", st.series().year());
      if (!st.hhiWgi().missingWgi().isEmpty()) {
        sv.put("missing_wgi", st.hhiWgi().missingWgi());
      }
      stages.add(sv);
    }
    v.put("stages", stages);
    v.put("gross_supply_risk", s.grossSupplyRisk().isPresent() ? s.grossSupplyRisk().getAsDouble() : null);
    return v;
  }

  /** {@code supply-risk} as text: one flat row per mineral. */
  static Map<String, Object> supplyRiskRow(RiskEngine.SupplyRisk s) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", s.mineral().value());
    for (Stage stage : List.of(Stage.EXTRACTION, Stage.REFINING)) {
      var st = s.stages().stream().filter(x -> x.stage() == stage).findFirst();
      String prefix = stage == Stage.EXTRACTION ? "extraction" : "refining";
      v.put(prefix + "_hhi", st.map(x -> (Object) x.hhi()).orElse(null));
      v.put(prefix + "_hhi_wgi", st.map(x -> (Object) x.hhiWgi().value()).orElse(null));
    }
    v.put("gross_supply_risk", s.grossSupplyRisk().isPresent() ? s.grossSupplyRisk().getAsDouble() : null);
    return v;
  }

  /** {@code geopolrisk}: hhi, import_risk, score. */
  static Map<String, Object> geoPolRisk(String material, int year, Stage stage, String importer, GeoPolRisk.Result r) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("material", material);
    v.put("year", year);
    v.put("stage", stage.id());
    v.put("importer", importer);
    v.put("hhi", r.hhi());
    v.put("import_risk", r.importRisk());
    v.put("score", r.score());
    v.put("production", r.explanation().facts().get("production"));
    v.put("political_stability", r.explanation().facts().get("political_stability"));
    return v;
  }
}
