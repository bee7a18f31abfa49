package fr.vigie.engine.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.duediligence.DueDiligence;
import fr.vigie.engine.indicator.IndicatorDefinition;
import fr.vigie.engine.indicator.IndicatorValue;
import fr.vigie.engine.kernel.Explanation;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.production.CountryShare;
import fr.vigie.engine.production.ProductionSeries;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.valuechain.MineralProcess;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The views printed by the reference data commands, as records serialised by Jackson (JSON) or
 * walked by {@link Output} (text), built in one place per command. The risk feature fills their
 * risk parts ({@link RiskViews}): {@code risk} of a country view, {@code hhi}, {@code
 * country_risk}, {@code process_risk}, {@code stage_risk} of each entry of a mineral view's {@code
 * stages}, and {@code other_stage_risks}.
 */
final class RefDataViews {
  private RefDataViews() {}

  /** A view that can carry the explanation tree of its scores ({@code --explain --json}). */
  interface Explained<V> {
    V withExplanation(Explanation explanation);
  }

  /** {@code mineral <id>}: identity, flags, uses, stages with country shares, processes, stage risks. */
  record MineralView(
      String id,
      String name,
      Map<String, String> names,
      String symbol,
      @JsonInclude(JsonInclude.Include.NON_NULL) String group,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> members,
      @JsonProperty("eu_critical") boolean euCritical,
      @JsonProperty("eu_strategic") boolean euStrategic,
      @JsonProperty("eu_note") @JsonInclude(JsonInclude.Include.NON_EMPTY) String euNote,
      List<String> regulations,
      Map<String, List<String>> uses,
      List<StageView> stages,
      List<ProcessView> processes,
      @JsonProperty("other_stage_risks") @JsonInclude(JsonInclude.Include.NON_NULL)
          List<RiskViews.OtherStageRisk> otherStageRisks,
      @JsonProperty("risk_methodology") @JsonInclude(JsonInclude.Include.NON_NULL) String riskMethodology,
      @JsonInclude(JsonInclude.Include.NON_NULL) Explanation explanation)
      implements Explained<MineralView> {

    /** The same view with the stage risks: per stage with production data, and the other stages. */
    MineralView withRisks(List<StageView> stages, List<RiskViews.OtherStageRisk> others, String methodology) {
      return new MineralView(id, name, names, symbol, group, members, euCritical, euStrategic, euNote, regulations,
          uses, stages, processes, others, methodology, explanation);
    }

    @Override
    public MineralView withExplanation(Explanation e) {
      return new MineralView(id, name, names, symbol, group, members, euCritical, euStrategic, euNote, regulations,
          uses, stages, processes, otherStageRisks, riskMethodology, e);
    }
  }

  /** One stage of a mineral: the preferred series, the other sources, and its risk once computed. */
  record StageView(
      String stage,
      int year,
      String source,
      String series,
      String unit,
      String fit,
      List<CountryShareView> countries,
      @JsonProperty("other_share") double otherShare,
      @JsonProperty("other_sources") List<OtherSourceView> otherSources,
      @JsonUnwrapped RiskViews.StageRiskView risk) {

    StageView withRisk(RiskViews.StageRiskView r) {
      return new StageView(stage, year, source, series, unit, fit, countries, otherShare, otherSources, r);
    }
  }

  /** A country's share of a stage. */
  record CountryShareView(String iso3, String name, double share) {}

  /** Another source of the same stage, for comparison. */
  record OtherSourceView(String source, int year, String series, String fit, String top) {}

  /** A process of the mineral's value chain. */
  record ProcessView(
      String stage, String process, @JsonInclude(JsonInclude.Include.NON_NULL) Double share, String source) {}

  /** {@code minerals}: one line per mineral. */
  record MineralRow(
      String id,
      String name,
      Map<String, String> names,
      @JsonProperty("eu_critical") boolean euCritical,
      @JsonProperty("eu_strategic") boolean euStrategic,
      String regulations,
      @JsonProperty("stages_with_data") String stagesWithData) {}

  /** {@code country <iso>}: identity, indicators (missing ones listed), production shares, risk. */
  record CountryView(
      String iso2,
      String iso3,
      String numeric,
      String name,
      Map<String, String> names,
      String region,
      @JsonProperty("sub_region") String subRegion,
      @JsonProperty("eu_member") boolean euMember,
      List<IndicatorView> indicators,
      @JsonProperty("missing_indicators") List<String> missingIndicators,
      List<ProductionShareView> production,
      @JsonProperty("labour_flags") List<LabourFlagView> labourFlags,
      CahraView cahra,
      @JsonProperty("conflict_years") ConflictYearsView conflictYears,
      @JsonInclude(JsonInclude.Include.NON_NULL) RiskViews.CountryRiskView risk,
      @JsonInclude(JsonInclude.Include.NON_NULL) Explanation explanation)
      implements Explained<CountryView> {

    CountryView withRisk(RiskViews.CountryRiskView r) {
      return new CountryView(iso2, iso3, numeric, name, names, region, subRegion, euMember, indicators,
          missingIndicators, production, labourFlags, cahra, conflictYears, r, explanation);
    }

    @Override
    public CountryView withExplanation(Explanation e) {
      return new CountryView(iso2, iso3, numeric, name, names, region, subRegion, euMember, indicators,
          missingIndicators, production, labourFlags, cahra, conflictYears, risk, e);
    }
  }

  /** A good of the US DoL list for the country, with the mineral it is mapped to (null when none). */
  public record LabourFlagView(
      String good,
      String mineral,
      @JsonProperty("child_labour") boolean childLabour,
      @JsonProperty("forced_labour") boolean forcedLabour,
      @JsonProperty("forced_child_labour") boolean forcedChildLabour,
      List<String> stages,
      String source) {}

  /** The country on the EU CAHRA list: listed or not, whole country or regions, source and date. */
  public record CahraView(
      boolean listed,
      @JsonProperty("whole_country") boolean wholeCountry,
      List<CahraRegionView> regions,
      String source,
      @JsonProperty("as_of") String asOf) {}

  /** A designated region (ISO 3166-2). */
  public record CahraRegionView(
      String code, String name, @JsonProperty("conflict_affected") boolean conflictAffected,
      @JsonProperty("high_risk") boolean highRisk) {}

  /** UCDP/PRIO conflict-years located in the country, oldest first, and the dataset's last year. */
  public record ConflictYearsView(String source, @JsonProperty("latest_year") int latestYear, List<ConflictYearView> years) {}

  /** One conflict-year. */
  public record ConflictYearView(
      int year, int conflicts, @JsonProperty("max_intensity") int maxIntensity,
      @JsonProperty("conflict_ids") List<String> conflictIds) {}

  /** The due-diligence parts of a country view. */
  static List<LabourFlagView> labourFlags(DueDiligence dd, String iso3) {
    return dd.labourFlags(iso3).stream()
        .map(f -> new LabourFlagView(f.good(), f.mineral().map(MineralId::value).orElse(null), f.childLabour(),
            f.forcedLabour(), f.forcedChildLabour(),
            f.stages().stream().sorted().map(Stage::id).toList(), f.source()))
        .toList();
  }

  static CahraView cahra(DueDiligence dd, String iso3) {
    return dd.cahra(iso3)
        .map(l -> new CahraView(true, l.wholeCountry(), l.regions().stream()
            .map(r -> new CahraRegionView(r.code(), r.name(), r.conflictAffected(), r.highRisk())).toList(),
            l.source(), l.asOf().toString()))
        .orElseGet(() -> new CahraView(false, false, List.of(), dd.cahraSource(),
            dd.cahraListings().values().stream().findFirst().map(l -> l.asOf().toString()).orElse(null)));
  }

  static ConflictYearsView conflictYears(DueDiligence dd, String iso3) {
    return new ConflictYearsView(dd.conflictSource(), dd.latestConflictYear(), dd.conflictYears(iso3).stream()
        .map(c -> new ConflictYearView(c.year(), c.conflicts(), c.maxIntensity(), c.conflictIds())).toList());
  }

  /** A country's latest value of one indicator. */
  record IndicatorView(
      String id, String category, double value, int year, String orientation, String source) {}

  /** The country's share of one mineral's stage. */
  record ProductionShareView(String mineral, String stage, double share, int year, String source) {}

  /** {@code mineral <id>}: identity, flags, uses, stages with country shares, processes. */
  public static MineralView mineral(ReferenceData data, Mineral m, Locale locale) {
    List<String> members = data.minerals().members(m.id()).stream().map(x -> x.id().value()).toList();
    List<ProcessView> processes = new ArrayList<>();
    for (MineralProcess p : data.valueChain().processesOf(m.id())) {
      processes.add(new ProcessView(p.stage().id(), p.process(),
          p.share().isPresent() ? p.share().getAsDouble() : null, p.source()));
    }
    return new MineralView(m.id().value(), m.name(locale), m.names().byLanguage(), m.symbol(),
        m.group().map(MineralId::value).orElse(null), members, m.euCritical(), m.euStrategic(), m.euListNote(),
        m.regulations(), m.uses(), stages(data, m.id(), locale), processes, null, null, null);
  }

  /** One entry per stage with data: the preferred series, then the other sources for comparison. */
  public static List<StageView> stages(ReferenceData data, MineralId id, Locale locale) {
    List<StageView> stages = new ArrayList<>();
    for (Stage stage : data.production().stages(id)) {
      List<ProductionSeries> all = data.production().all(id, stage);
      ProductionSeries p = all.get(0);
      List<CountryShareView> countries = new ArrayList<>();
      for (CountryShare c : p.countries()) {
        countries.add(new CountryShareView(c.alpha3(), data.countries().require(c.alpha3()).name(locale), c.share()));
      }
      List<OtherSourceView> others = new ArrayList<>();
      for (ProductionSeries o : all.subList(1, all.size())) {
        String top = String.join(", ", o.countries().stream()
            .limit(3)
            .map(c -> c.alpha3() + " " + Math.round(c.share() * 1000) / 10.0 + "%")
            .toList());
        others.add(new OtherSourceView(o.source(), o.year(), o.series(), o.fit().id(), top));
      }
      stages.add(new StageView(stage.id(), p.year(), p.source(), p.series(), p.unit(), p.fit().id(), countries,
          p.otherShare(), others, null));
    }
    return stages;
  }

  /** {@code minerals}: one line per mineral. */
  public static List<MineralRow> minerals(ReferenceData data, Locale locale) {
    List<MineralRow> list = new ArrayList<>();
    for (Mineral m : data.minerals().all()) {
      list.add(new MineralRow(m.id().value(), m.name(locale), m.names().byLanguage(), m.euCritical(),
          m.euStrategic(), String.join(" ", m.regulations()),
          String.join(" ", data.production().stages(m.id()).stream().map(Stage::id).toList())));
    }
    return list;
  }

  /** {@code country <iso>}: identity, indicators (missing ones listed), production shares. */
  public static CountryView country(ReferenceData data, Country c, Locale locale) {
    List<IndicatorView> indicators = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (IndicatorDefinition d : data.indicators().definitions()) {
      Optional<IndicatorValue> value = data.indicators().value(d.id(), c.alpha3());
      if (value.isEmpty()) {
        missing.add(d.id());
        continue;
      }
      indicators.add(new IndicatorView(d.id(), d.category().id(), value.get().value(), value.get().year(),
          d.orientation().id(), d.source()));
    }
    List<ProductionShareView> production = new ArrayList<>();
    for (Mineral m : data.minerals().all()) {
      for (Stage stage : data.production().stages(m.id())) {
        ProductionSeries p = data.production().preferred(m.id(), stage).orElseThrow();
        p.country(c.alpha3()).ifPresent(share -> production.add(
            new ProductionShareView(m.id().value(), stage.id(), share.share(), p.year(), p.source())));
      }
    }
    production.sort(Comparator.comparingDouble(ProductionShareView::share).reversed());
    return new CountryView(c.alpha2(), c.alpha3(), String.format(Locale.ROOT, "%03d", c.numeric()), c.name(locale),
        c.names().byLanguage(), c.region(), c.subRegion(), c.euMember(), indicators, missing, production,
        labourFlags(data.dueDiligence(), c.alpha3()), cahra(data.dueDiligence(), c.alpha3()),
        conflictYears(data.dueDiligence(), c.alpha3()), null, null);
  }
}
