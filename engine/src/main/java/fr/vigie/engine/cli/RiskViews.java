package fr.vigie.engine.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.vigie.engine.kernel.Explanation;
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
 * The risk parts of the command views, as records: {@code risk} of a country, the risk fields of
 * each stage of a mineral, the supply-risk rows and the GeoPolRisk result. Maps are keyed by risk
 * category id.
 */
final class RiskViews {
  private RiskViews() {}

  /** {@code risk} of {@code country <iso>}: per category score, level, contributions, missing. */
  record CountryRiskView(
      String methodology,
      double confidence,
      @JsonProperty("data_years") List<Integer> dataYears,
      CategoryRiskView environmental,
      @JsonProperty("human_rights") CategoryRiskView humanRights,
      @JsonProperty("socio_economic_political") CategoryRiskView socioEconomicPolitical) {}

  /** One category of a country's risk; {@code reason} only when it is undetermined. */
  record CategoryRiskView(
      Double score,
      String level,
      @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
      double coverage,
      List<ContributionView> contributions,
      List<String> missing) {}

  /** One indicator's part in a category score. */
  record ContributionView(
      String indicator,
      double raw,
      int year,
      double normalised,
      double weight,
      @JsonProperty("effective_weight") double effectiveWeight,
      double contribution,
      String source) {}

  /** The risk fields of one stage of a mineral view. */
  record StageRiskView(
      Double hhi,
      @JsonProperty("country_risk") Map<String, CountryRiskScore> countryRisk,
      @JsonProperty("process_risk") Map<String, Double> processRisk,
      @JsonProperty("stage_risk") StageRiskScore stageRisk) {}

  /** The share-weighted country risk of a stage in one category. */
  record CountryRiskScore(Double score, String level, Double coverage) {}

  /** A score and its level ({@code undetermined} without a score). */
  record Scored(Double score, String level) {}

  /** A stage's overall risk and its per-category risks. */
  record StageRiskScore(Double score, String level, @JsonProperty("by_category") Map<String, Scored> byCategory) {}

  /** A stage with processes but no production series of its own, with the basis of its shares. */
  record OtherStageRisk(String stage, String shares, @JsonUnwrapped StageRiskView risk) {}

  /** {@code supply-risk --json}: one mineral. */
  record SupplyRiskView(
      String id,
      List<StageSupplyView> stages,
      @JsonProperty("gross_supply_risk") Double grossSupplyRisk,
      @JsonInclude(JsonInclude.Include.NON_NULL) Explanation explanation) {}

  /** One stage of a mineral's supply risk. */
  record StageSupplyView(
      String stage,
      double hhi,
      @JsonProperty("hhi_wgi") double hhiWgi,
      String source,
      int year,
      @JsonProperty("missing_wgi") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missingWgi) {}

  /** {@code supply-risk} as text: one flat row per mineral. */
  record SupplyRiskRow(
      String id,
      @JsonProperty("extraction_hhi") Double extractionHhi,
      @JsonProperty("extraction_hhi_wgi") Double extractionHhiWgi,
      @JsonProperty("refining_hhi") Double refiningHhi,
      @JsonProperty("refining_hhi_wgi") Double refiningHhiWgi,
      @JsonProperty("gross_supply_risk") Double grossSupplyRisk) {}

  /** {@code geopolrisk}: hhi, import_risk, score, and the world production and stability used. */
  record GeoPolRiskView(
      String material,
      int year,
      String stage,
      String importer,
      double hhi,
      @JsonProperty("import_risk") double importRisk,
      double score,
      Object production,
      @JsonProperty("political_stability") Object politicalStability,
      @JsonInclude(JsonInclude.Include.NON_NULL) Explanation explanation)
      implements RefDataViews.Explained<GeoPolRiskView> {

    @Override
    public GeoPolRiskView withExplanation(Explanation e) {
      return new GeoPolRiskView(material, year, stage, importer, hhi, importRisk, score, production,
          politicalStability, e);
    }
  }

  static CountryRiskView countryRisk(CountryRisk r) {
    Map<RiskCategory, CategoryRiskView> byCategory = new LinkedHashMap<>();
    for (RiskCategory c : RiskCategory.values()) {
      CategoryRisk cr = r.category(c);
      List<ContributionView> contributions = new ArrayList<>();
      for (CategoryRisk.Contribution x : cr.contributions()) {
        contributions.add(new ContributionView(x.indicator(), x.raw(), x.year(), x.normalised(), x.weight(),
            x.effectiveWeight(), x.contribution(), x.source()));
      }
      byCategory.put(c, switch (cr) {
        case CategoryRisk.Scored s ->
            new CategoryRiskView(s.score(), s.level().id(), null, cr.coverage(), contributions, cr.missing());
        case CategoryRisk.Undetermined u ->
            new CategoryRiskView(null, "undetermined", u.reason(), cr.coverage(), contributions, cr.missing());
      });
    }
    return new CountryRiskView(r.methodology().toString(), r.confidence(), List.copyOf(r.dataYears()),
        byCategory.get(RiskCategory.ENVIRONMENTAL), byCategory.get(RiskCategory.HUMAN_RIGHTS),
        byCategory.get(RiskCategory.SOCIO_ECONOMIC_POLITICAL));
  }

  /**
   * Adds {@code hhi}, {@code country_risk}, {@code process_risk} and {@code stage_risk} to each
   * stage entry of a mineral view. Upstream stages with processes but no production series of their
   * own (pre-treatment) keep the {@code stages} list to production data: they go, with the same
   * fields and the basis of their shares, under {@code other_stage_risks}.
   */
  static RefDataViews.MineralView withStageRisks(RefDataViews.MineralView view, MineralRisk risk, LevelBands bands) {
    List<RefDataViews.StageView> stages = new ArrayList<>(view.stages());
    List<OtherStageRisk> others = new ArrayList<>();
    for (MineralRisk.Stage s : risk.stages()) {
      String id = s.risk().stage().id();
      StageRiskView r = stageRisk(s.risk(), bands);
      int at = -1;
      for (int i = 0; i < stages.size() && at < 0; i++) {
        if (stages.get(i).stage().equals(id)) {
          at = i;
        }
      }
      if (at >= 0) {
        stages.set(at, stages.get(at).withRisk(r));
      } else {
        others.add(new OtherStageRisk(id, s.sharesBasis(), r));
      }
    }
    return view.withRisks(stages, others, risk.methodology().toString());
  }

  private static StageRiskView stageRisk(StageRisk r, LevelBands bands) {
    Map<String, CountryRiskScore> country = new LinkedHashMap<>();
    Map<String, Double> process = new LinkedHashMap<>();
    Map<String, Scored> byCategory = new LinkedHashMap<>();
    for (RiskCategory c : RiskCategory.values()) {
      Optional<Concentration.WeightedRisk> w = r.countryRisk().get(c);
      country.put(c.id(), new CountryRiskScore(
          w.map(x -> (Double) x.value()).orElse(null),
          w.map(x -> bands.level(x.value()).id()).orElse(null),
          w.map(x -> (Double) x.coverage()).orElse(null)));
      OptionalDouble p = r.processRisk().get(c);
      process.put(c.id(), p.isPresent() ? p.getAsDouble() : null);
      byCategory.put(c.id(), scored(r.categories().get(c)));
    }
    Scored overall = scored(r.overall());
    return new StageRiskView(r.hhi().isPresent() ? r.hhi().getAsDouble() : null, country, process,
        new StageRiskScore(overall.score(), overall.level(), byCategory));
  }

  private static Scored scored(Optional<StageRisk.Scored> s) {
    return new Scored(s.map(x -> (Double) x.score()).orElse(null), s.map(x -> x.level().id()).orElse("undetermined"));
  }

  /** {@code supply-risk --json}: {@code {id, stages:[{stage, hhi, hhi_wgi}], gross_supply_risk}}. */
  static SupplyRiskView supplyRisk(RiskEngine.SupplyRisk s, Explanation explanation) {
    List<StageSupplyView> stages = new ArrayList<>();
    for (RiskEngine.StageSupply st : s.stages()) {
      stages.add(new StageSupplyView(st.stage().id(), st.hhi(), st.hhiWgi().value(), st.series().source(),
          st.series().year(), st.hhiWgi().missingWgi()));
    }
    return new SupplyRiskView(s.mineral().value(), stages,
        s.grossSupplyRisk().isPresent() ? s.grossSupplyRisk().getAsDouble() : null, explanation);
  }

  /** {@code supply-risk} as text: one flat row per mineral. */
  static SupplyRiskRow supplyRiskRow(RiskEngine.SupplyRisk s) {
    Optional<RiskEngine.StageSupply> extraction = stage(s, Stage.EXTRACTION);
    Optional<RiskEngine.StageSupply> refining = stage(s, Stage.REFINING);
    return new SupplyRiskRow(s.mineral().value(),
        extraction.map(x -> (Double) x.hhi()).orElse(null),
        extraction.map(x -> (Double) x.hhiWgi().value()).orElse(null),
        refining.map(x -> (Double) x.hhi()).orElse(null),
        refining.map(x -> (Double) x.hhiWgi().value()).orElse(null),
        s.grossSupplyRisk().isPresent() ? s.grossSupplyRisk().getAsDouble() : null);
  }

  private static Optional<RiskEngine.StageSupply> stage(RiskEngine.SupplyRisk s, Stage stage) {
    return s.stages().stream().filter(x -> x.stage() == stage).findFirst();
  }

  /** {@code geopolrisk}: hhi, import_risk, score. */
  static GeoPolRiskView geoPolRisk(String material, int year, Stage stage, String importer, GeoPolRisk.Result r) {
    return new GeoPolRiskView(material, year, stage.id(), importer, r.hhi(), r.importRisk(), r.score(),
        r.explanation().facts().get("production"), r.explanation().facts().get("political_stability"), null);
  }
}
