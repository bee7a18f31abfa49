package fr.vigie.app.mineral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import fr.vigie.app.knowledge.ReferenceKnowledge;
import fr.vigie.app.knowledge.UnknownReferenceException;
import fr.vigie.app.methodology.Methodologies;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.production.CountryShare;
import fr.vigie.engine.production.ProductionSeries;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.risk.Concentration;
import fr.vigie.engine.risk.CountryRisk;
import fr.vigie.engine.kernel.Explanation;
import fr.vigie.engine.risk.MineralRisk;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.risk.RiskEngine;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.risk.StageRisk;
import fr.vigie.engine.risk.StageRiskCalculator;
import fr.vigie.engine.valuechain.MineralProcess;
import fr.vigie.engine.kernel.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Builds {@link MineralReport}s with the risk engine of the current methodology. */
@Service
class MineralReports {

    private final ReferenceKnowledge knowledge;
    private final Methodologies methodologies;

    MineralReports(ReferenceKnowledge knowledge, Methodologies methodologies) {
        this.knowledge = knowledge;
        this.methodologies = methodologies;
    }

    /** Every mineral, in reference-data order. */
    List<Mineral> all() {
        return List.copyOf(knowledge.data().minerals().all());
    }

    /** The mineral with this id (exact id, case-sensitive); 404 otherwise. */
    Mineral require(String id) {
        return knowledge.data().minerals().all().stream()
                .filter(m -> m.id().value().equals(id))
                .findFirst()
                .orElseThrow(() -> new UnknownReferenceException("mineral", id));
    }

    /** The full report of a mineral. */
    MineralReport report(String id) {
        Mineral mineral = require(id);
        RiskEngine engine = methodologies.engine();
        ReferenceData data = knowledge.data();
        MineralRisk risk = engine.mineral(mineral.id());
        RiskEngine.SupplyRisk supply = engine.supply(mineral.id());
        StageRiskCalculator calculator = new StageRiskCalculator(engine.methodology());
        List<MineralReport.StageReport> stages = new ArrayList<>();
        for (MineralRisk.Stage s : risk.stages()) {
            stages.add(stage(engine, data, calculator, mineral, s, supply));
        }
        return new MineralReport(mineral.id().value(), mineral.names().byLanguage(), mineral.symbol(),
                mineral.euCritical(), mineral.euStrategic(), mineral.uses(),
                engine.methodology().ref().toString(), stages,
                supply.grossSupplyRisk().isPresent() ? supply.grossSupplyRisk().getAsDouble() : null,
                supply.explain());
    }

    private MineralReport.StageReport stage(RiskEngine engine, ReferenceData data, StageRiskCalculator calculator,
            Mineral mineral, MineralRisk.Stage s, RiskEngine.SupplyRisk supply) {
        StageRisk r = s.risk();
        Stage stage = r.stage();
        Optional<ProductionSeries> series = data.production().preferred(mineral.id(), stage)
                .or(() -> stage == Stage.PRE_TREATMENT ? data.production().preferred(mineral.id(), Stage.EXTRACTION)
                        : Optional.empty());
        Map<String, MineralReport.CategoryRisk> categories = new LinkedHashMap<>();
        for (RiskCategory c : RiskCategory.values()) {
            Optional<StageRisk.Scored> scored = r.categories().get(c);
            OptionalDouble process = r.processRisk().get(c);
            Optional<Concentration.WeightedRisk> country = r.countryRisk().get(c);
            Explanation node = r.explanation().children().stream()
                    .filter(e -> e.label().equals(c.id())).findFirst().orElse(null);
            categories.put(c.id(), new MineralReport.CategoryRisk(
                    scored.map(StageRisk.Scored::score).orElse(null),
                    scored.map(x -> x.level().id()).orElse(null),
                    process.isPresent() ? process.getAsDouble() : null,
                    country.map(Concentration.WeightedRisk::value).orElse(null),
                    country.map(Concentration.WeightedRisk::coverage).orElse(null),
                    node));
        }
        List<MineralReport.ProcessReport> processes = new ArrayList<>();
        for (MineralProcess mp : data.valueChain().processesOf(mineral.id(), stage)) {
            var profile = engine.processProfile(mp.process(), mineral.id());
            var processRisk = calculator.processRisk(profile);
            Map<String, @Nullable Double> scores = new LinkedHashMap<>();
            Map<String, @Nullable String> levels = new LinkedHashMap<>();
            for (RiskCategory c : RiskCategory.values()) {
                OptionalDouble v = processRisk.get(c);
                scores.put(c.id(), v.isPresent() ? v.getAsDouble() : null);
                levels.put(c.id(), v.isPresent() ? engine.methodology().bands().level(v.getAsDouble()).id() : null);
            }
            var process = data.valueChain().process(mp.process()).orElseThrow();
            processes.add(new MineralReport.ProcessReport(mp.process(), process.names().byLanguage(),
                    mp.share().isPresent() ? mp.share().getAsDouble() : null, mp.note(), mp.notes(), mp.source(), scores, levels,
                    profile.factors().stream().map(f -> new MineralReport.Factor(f.factor(), f.category().id(),
                            f.level().id(), f.justification(), f.source(), f.reference(), f.judgement())).toList()));
        }
        List<MineralReport.CountryRow> countries = new ArrayList<>();
        List<Explanation> hhiTerms = new ArrayList<>();
        for (CountryShare share : series.map(ProductionSeries::countries).orElse(List.of())) {
            CountryRisk cr = engine.country(share.alpha3(), mineral.id(), stage);
            Map<String, @Nullable Double> scores = new LinkedHashMap<>();
            Map<String, @Nullable String> levels = new LinkedHashMap<>();
            for (RiskCategory c : RiskCategory.values()) {
                OptionalDouble v = cr.score(c);
                scores.put(c.id(), v.isPresent() ? v.getAsDouble() : null);
                levels.put(c.id(), cr.level(c).map(RiskLevel::id).orElse(null));
            }
            Optional<Country> country = data.countries().find(share.alpha3());
            countries.add(new MineralReport.CountryRow(share.alpha3(),
                    country.map(x -> "%03d".formatted(x.numeric())).orElse(""),
                    country.map(x -> x.names().byLanguage()).orElse(Map.of("en", share.alpha3())),
                    share.share(), share.value().isPresent() ? share.value().getAsDouble() : null, scores, levels));
            hhiTerms.add(Explanation.of(share.alpha3(), List.of(), "share", share.share(),
                    "share_squared", share.share() * share.share()));
        }
        Explanation hhiExplanation = series.map(p -> Explanation.of("hhi", hhiTerms,
                "value", Concentration.hhi(p.countries()), "formula", "sum of share^2",
                "source", p.source(), "year", p.year(), "series", p.series())).orElse(null);
        Optional<RiskEngine.StageSupply> stageSupply = supply.stages().stream().filter(x -> x.stage() == stage).findFirst();
        Explanation hhiWgiExplanation = stageSupply.map(x -> {
            Explanation e = x.hhiWgi().explanation();
            Map<String, Object> facts = new LinkedHashMap<>(e.facts());
            facts.put("source", x.series().source());
            facts.put("year", x.series().year());
            facts.put("wgi", "World Bank WGI: mean of the six estimates, (2.5 - mean) x 2");
            return new Explanation(e.label(), facts, e.children());
        }).orElse(null);
        return new MineralReport.StageReport(stage.id(), s.sharesBasis(), series.map(ProductionSeries::source).orElse(null),
                s.dataYear(), series.map(ProductionSeries::series).orElse(null), series.map(ProductionSeries::unit).orElse(null),
                series.map(ProductionSeries::otherShare).orElse(0.0),
                r.hhi().isPresent() ? r.hhi().getAsDouble() : null, hhiExplanation,
                stageSupply.map(x -> x.hhiWgi().value()).orElse(null), hhiWgiExplanation,
                categories, r.overall().map(x -> x.level().id()).orElse(null), processes, countries, r.explanation());
    }

    /** One line of the minerals list. */
    record Summary(String id, Map<String, String> names, String symbol, boolean euCritical, boolean euStrategic,
            Map<String, @Nullable String> overallLevels, @Nullable Double grossSupplyRisk) {
    }

    /** The minerals list with each stage's overall level and the gross supply risk. */
    List<Summary> summaries() {
        RiskEngine engine = methodologies.engine();
        List<Summary> out = new ArrayList<>();
        for (Mineral m : all()) {
            Map<String, @Nullable String> levels = new LinkedHashMap<>();
            for (MineralRisk.Stage s : engine.mineral(m.id()).stages()) {
                levels.put(s.risk().stage().id(), s.risk().overall().map(x -> x.level().id()).orElse(null));
            }
            OptionalDouble sr = engine.supply(m.id()).grossSupplyRisk();
            out.add(new Summary(m.id().value(), m.names().byLanguage(), m.symbol(), m.euCritical(), m.euStrategic(),
                    levels, sr.isPresent() ? sr.getAsDouble() : null));
        }
        return out;
    }
}
