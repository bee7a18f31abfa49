package fr.vigie.app.country;

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
import fr.vigie.engine.duediligence.DueDiligence;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.indicator.IndicatorDefinition;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.production.CountryShare;
import fr.vigie.engine.production.ProductionSeries;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.risk.CategoryRisk;
import fr.vigie.engine.risk.CountryRisk;
import fr.vigie.engine.risk.IndicatorSpec;
import fr.vigie.engine.risk.Methodology;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.risk.RiskEngine;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Builds {@link CountryReport}s with the risk engine of the current methodology. */
@Service
class CountryReports {

    private final ReferenceKnowledge knowledge;
    private final Methodologies methodologies;

    CountryReports(ReferenceKnowledge knowledge, Methodologies methodologies) {
        this.knowledge = knowledge;
        this.methodologies = methodologies;
    }

    /** A country by ISO alpha-3 or alpha-2 code (any case); 404 otherwise. */
    Country require(String code) {
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        return knowledge.data().countries().all().stream()
                .filter(x -> x.alpha3().equals(c) || x.alpha2().equals(c))
                .findFirst()
                .orElseThrow(() -> new UnknownReferenceException("country", code));
    }

    /** Every country, by English name. */
    List<CountryReport.Summary> summaries() {
        RiskEngine engine = methodologies.engine();
        return knowledge.data().countries().all().stream()
                .sorted(java.util.Comparator.comparing((Country c) -> c.names().english()))
                .map(c -> {
                    CountryRisk r = engine.country(c.alpha3());
                    Map<String, @Nullable String> levels = new LinkedHashMap<>();
                    Map<String, @Nullable Double> scores = new LinkedHashMap<>();
                    for (RiskCategory cat : RiskCategory.values()) {
                        levels.put(cat.id(), r.level(cat).map(RiskLevel::id).orElse(null));
                        OptionalDouble s = r.score(cat);
                        scores.put(cat.id(), s.isPresent() ? s.getAsDouble() : null);
                    }
                    return new CountryReport.Summary(c.alpha3(), "%03d".formatted(c.numeric()), c.names().byLanguage(),
                            c.region(), levels, scores, r.confidence());
                })
                .toList();
    }

    /** The methodology whose scores are shown. */
    Methodology methodology() {
        return methodologies.current();
    }

    /** The full report of a country. */
    CountryReport report(String code) {
        Country country = require(code);
        RiskEngine engine = methodologies.engine();
        Methodology methodology = engine.methodology();
        ReferenceData data = knowledge.data();
        CountryRisk risk = engine.country(country.alpha3());
        Map<String, CountryReport.Category> categories = new LinkedHashMap<>();
        for (RiskCategory c : RiskCategory.values()) {
            CategoryRisk cr = risk.category(c);
            List<CountryReport.IndicatorRow> rows = new ArrayList<>();
            for (IndicatorSpec spec : methodology.category(c).indicators()) {
                Optional<IndicatorDefinition> def = data.indicators().definition(spec.id());
                Map<String, String> names = def.map(d -> d.names().byLanguage())
                        .orElseGet(() -> DueDiligence.provides(spec.id()) ? dueDiligenceNames(spec.id()) : Map.of("en", spec.id()));
                Optional<CategoryRisk.Contribution> contribution = cr.contributions().stream()
                        .filter(x -> x.indicator().equals(spec.id())).findFirst();
                rows.add(contribution.map(x -> new CountryReport.IndicatorRow(spec.id(), names, false, x.raw(), x.year(),
                                x.source(), x.normalised(), x.weight(), x.effectiveWeight(), x.contribution()))
                        .orElseGet(() -> new CountryReport.IndicatorRow(spec.id(), names, true, null, null, null, null,
                                spec.weight(), null, null)));
            }
            categories.put(c.id(), switch (cr) {
                case CategoryRisk.Scored s -> new CountryReport.Category(s.score(), s.level().id(), s.coverage(), null,
                        methodology.category(c).aggregation().id(), rows, s.explain());
                case CategoryRisk.Undetermined u -> new CountryReport.Category(null, null, u.coverage(), u.reason(),
                        methodology.category(c).aggregation().id(), rows, u.explain());
            });
        }
        List<CountryReport.ProductionRow> production = new ArrayList<>();
        for (Mineral m : data.minerals().all()) {
            for (Stage stage : data.production().stages(m.id())) {
                Optional<ProductionSeries> series = data.production().preferred(m.id(), stage);
                if (series.isEmpty()) {
                    continue;
                }
                List<CountryShare> shares = series.get().countries();
                for (int i = 0; i < shares.size(); i++) {
                    if (shares.get(i).alpha3().equals(country.alpha3()) && shares.get(i).share() > 0) {
                        production.add(new CountryReport.ProductionRow(m.id().value(), m.names().byLanguage(), stage.id(),
                                i + 1, shares.get(i).share(), series.get().year(), series.get().source()));
                    }
                }
            }
        }
        production.sort(java.util.Comparator.comparingDouble(CountryReport.ProductionRow::share).reversed());
        DueDiligence dd = data.dueDiligence();
        List<CountryReport.LabourFlag> flags = dd.labourFlags(country.alpha3()).stream()
                .map(f -> new CountryReport.LabourFlag(f.good(), f.mineral().map(MineralId::value).orElse(null),
                        f.mineral().flatMap(m -> data.minerals().find(m)).map(m -> m.names().byLanguage()).orElse(Map.of()),
                        f.childLabour(), f.forcedLabour(), f.forcedChildLabour(),
                        f.stages().stream().sorted().map(Stage::id).toList(), f.source()))
                .toList();
        String asOf = dd.cahraListings().values().stream().findFirst().map(l -> l.asOf().toString()).orElse(null);
        CountryReport.Cahra cahra = dd.cahra(country.alpha3())
                .map(l -> new CountryReport.Cahra(true, l.wholeCountry(), l.regions().stream()
                        .map(r -> new CountryReport.CahraRegion(r.code(), r.name(), r.conflictAffected(), r.highRisk()))
                        .toList(), l.source(), l.asOf().toString()))
                .orElseGet(() -> new CountryReport.Cahra(false, false, List.of(), dd.cahraSource(), asOf));
        CountryReport.ConflictYears conflicts = new CountryReport.ConflictYears(dd.conflictSource(),
                dd.latestConflictYear(), dd.conflictYears(country.alpha3()).stream()
                .map(y -> new CountryReport.ConflictYear(y.year(), y.conflicts(), y.maxIntensity(), y.conflictIds()))
                .toList());
        return new CountryReport(country.alpha3(), country.alpha2(), "%03d".formatted(country.numeric()),
                country.names().byLanguage(), country.region(), country.subRegion(), country.euMember(),
                methodology.ref().toString(), risk.confidence(), categories, production, flags, cahra, conflicts);
    }

    /** Names of the due-diligence indicators, which have no row in the indicator definitions. */
    private static Map<String, String> dueDiligenceNames(String id) {
        Map<String, String> names = new LinkedHashMap<>();
        for (java.util.Locale l : List.of(java.util.Locale.ENGLISH, java.util.Locale.FRENCH)) {
            names.put(l.getLanguage(), Messages.of(l).get("term.indicator." + id));
        }
        return names;
    }
}
