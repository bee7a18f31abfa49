package fr.vigie.engine.cli;

import fr.vigie.engine.country.Country;
import fr.vigie.engine.indicator.IndicatorDefinition;
import fr.vigie.engine.indicator.IndicatorValue;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.production.CountryShare;
import fr.vigie.engine.production.ProductionSeries;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.valuechain.MineralProcess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The views (ordered maps) printed by the reference data commands, built in one place per command
 * so that other features can add fields: e.g. {@code risk} to a country view, or {@code hhi},
 * {@code country_risk}, {@code process_risk}, {@code stage_risk} to each entry of a mineral view's
 * {@code stages}.
 */
final class RefDataViews {
  private RefDataViews() {}

  /** {@code mineral <id>}: identity, flags, uses, stages with country shares, processes. */
  public static Map<String, Object> mineral(ReferenceData data, Mineral m, Locale locale) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", m.id().value());
    v.put("name", m.name(locale));
    v.put("names", m.names().byLanguage());
    v.put("symbol", m.symbol());
    m.group().ifPresent(g -> v.put("group", g.value()));
    List<String> members = data.minerals().members(m.id()).stream().map(x -> x.id().value()).toList();
    if (!members.isEmpty()) {
      v.put("members", members);
    }
    v.put("eu_critical", m.euCritical());
    v.put("eu_strategic", m.euStrategic());
    if (!m.euListNote().isEmpty()) {
      v.put("eu_note", m.euListNote());
    }
    v.put("regulations", m.regulations());
    v.put("uses", m.uses());
    v.put("stages", stages(data, m.id(), locale));
    List<Map<String, Object>> processes = new ArrayList<>();
    for (MineralProcess p : data.valueChain().processesOf(m.id())) {
      Map<String, Object> pv = new LinkedHashMap<>();
      pv.put("stage", p.stage().id());
      pv.put("process", p.process());
      if (p.share().isPresent()) {
        pv.put("share", p.share().getAsDouble());
      }
      pv.put("source", p.source());
      processes.add(pv);
    }
    v.put("processes", processes);
    return v;
  }

  /** One entry per stage with data: the preferred series, then the other sources for comparison. */
  public static List<Map<String, Object>> stages(ReferenceData data, MineralId id, Locale locale) {
    List<Map<String, Object>> stages = new ArrayList<>();
    for (Stage stage : data.production().stages(id)) {
      List<ProductionSeries> all = data.production().all(id, stage);
      ProductionSeries p = all.get(0);
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("stage", stage.id());
      s.put("year", p.year());
      s.put("source", p.source());
      s.put("series", p.series());
      s.put("unit", p.unit());
      s.put("fit", p.fit().id());
      List<Map<String, Object>> countries = new ArrayList<>();
      for (CountryShare c : p.countries()) {
        Map<String, Object> cv = new LinkedHashMap<>();
        cv.put("iso3", c.alpha3());
        cv.put("name", data.countries().require(c.alpha3()).name(locale));
        cv.put("share", c.share());
        countries.add(cv);
      }
      s.put("countries", countries);
      s.put("other_share", p.otherShare());
      List<Map<String, Object>> others = new ArrayList<>();
      for (ProductionSeries o : all.subList(1, all.size())) {
        Map<String, Object> ov = new LinkedHashMap<>();
        ov.put("source", o.source());
        ov.put("year", o.year());
        ov.put("series", o.series());
        ov.put("fit", o.fit().id());
        ov.put(
            "top",
            String.join(
                ", ",
                o.countries().stream()
                    .limit(3)
                    .map(c -> c.alpha3() + " " + Math.round(c.share() * 1000) / 10.0 + "%")
                    .toList()));
        others.add(ov);
      }
      s.put("other_sources", others);
      stages.add(s);
    }
    return stages;
  }

  /** {@code minerals}: one line per mineral. */
  public static List<Map<String, Object>> minerals(ReferenceData data, Locale locale) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Mineral m : data.minerals().all()) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("id", m.id().value());
      v.put("name", m.name(locale));
      v.put("names", m.names().byLanguage());
      v.put("eu_critical", m.euCritical());
      v.put("eu_strategic", m.euStrategic());
      v.put("regulations", String.join(" ", m.regulations()));
      v.put(
          "stages_with_data",
          String.join(" ", data.production().stages(m.id()).stream().map(Stage::id).toList()));
      list.add(v);
    }
    return list;
  }

  /** {@code country <iso>}: identity, indicators (missing ones listed), production shares. */
  public static Map<String, Object> country(ReferenceData data, Country c, Locale locale) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("iso2", c.alpha2());
    v.put("iso3", c.alpha3());
    v.put("numeric", String.format(java.util.Locale.ROOT, "%03d", c.numeric()));
    v.put("name", c.name(locale));
    v.put("names", c.names().byLanguage());
    v.put("region", c.region());
    v.put("sub_region", c.subRegion());
    v.put("eu_member", c.euMember());
    List<Map<String, Object>> indicators = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (IndicatorDefinition d : data.indicators().definitions()) {
      Optional<IndicatorValue> value = data.indicators().value(d.id(), c.alpha3());
      if (value.isEmpty()) {
        missing.add(d.id());
        continue;
      }
      Map<String, Object> iv = new LinkedHashMap<>();
      iv.put("id", d.id());
      iv.put("category", d.category().id());
      iv.put("value", value.get().value());
      iv.put("year", value.get().year());
      iv.put("orientation", d.orientation().id());
      iv.put("source", d.source());
      indicators.add(iv);
    }
    v.put("indicators", indicators);
    v.put("missing_indicators", missing);
    List<Map<String, Object>> production = new ArrayList<>();
    for (Mineral m : data.minerals().all()) {
      for (Stage stage : data.production().stages(m.id())) {
        ProductionSeries p = data.production().preferred(m.id(), stage).orElseThrow();
        p.country(c.alpha3())
            .ifPresent(
                share -> {
                  Map<String, Object> pv = new LinkedHashMap<>();
                  pv.put("mineral", m.id().value());
                  pv.put("stage", stage.id());
                  pv.put("share", share.share());
                  pv.put("year", p.year());
                  pv.put("source", p.source());
                  production.add(pv);
                });
      }
    }
    production.sort((a, b) -> Double.compare((Double) b.get("share"), (Double) a.get("share")));
    v.put("production", production);
    return v;
  }
}
