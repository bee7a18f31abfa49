package fr.vigie.app.dashboard;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import fr.vigie.app.assessment.AssessmentView;
import fr.vigie.app.knowledge.ReferenceNames;
import fr.vigie.app.shell.Dates;
import fr.vigie.engine.assessment.Assessment;
import org.springframework.context.MessageSource;

/**
 * The data of the dashboard's charts for one assessment in one language, the same numbers for the
 * chart (as JSON, read by {@code /assets/js/dashboard.js}) and for the table beside it (template
 * {@code dashboard/charts}). Labels are already in the page's language; masses are in tonnes.
 *
 * @param ranking    priority score of each supply chain and the contribution of each component
 * @param stages     mass at each stage whose country is known from the ledger, estimated from the world
 *                   production mix or supplier declarations, or recycled (no country)
 * @param categories mass of the supply chains by their highest risk level in each category
 * @param heat       the heatmap: score and level per supply chain and stage (rows) and category (columns)
 * @param sourcing   the company's own sourcing by country: mass by mine origin and by refining country
 * @param trend      key figures of the workspace's assessments up to this one, oldest first
 * @param labels     titles of axes, series and legends
 */
record DashboardCharts(Ranking ranking, Stages stages, Categories categories, Heat heat, Sourcing sourcing,
        Trend trend, Map<String, String> labels) {

    /** Stages in value-chain order. */
    static final List<String> STAGE_ORDER = List.of("extraction", "pre_treatment", "refining", "downstream", "recycling");
    /** Levels from lowest to highest, then "not assessed". */
    static final List<String> LEVEL_ORDER = List.of("very_low", "low", "medium", "high", "very_high", "none");
    /** How many assessments the trend shows at most (the latest ones). */
    static final int TREND_SIZE = 12;

    /** Named values, one per category of the chart. */
    record Series(String id, String name, List<Double> values) {
    }

    record Ranking(List<String> names, List<Double> scores, List<Series> components) {
    }

    record Stages(List<String> names, List<Series> series) {
    }

    record Categories(List<String> names, List<Series> levels) {
    }

    /** One heatmap cell: column (category), row, score (absent when not assessed), level id and name. */
    record HeatCell(int x, int y, Double score, String level, String levelName) {
    }

    record Heat(List<String> rows, List<String> columns, List<HeatCell> cells) {
    }

    /**
     * One country of the company's sourcing.
     *
     * @param code           ISO numeric code on three digits (the map's key), empty when unknown
     * @param name           country name
     * @param originT        mass whose mine is in the country
     * @param originBasis    where the origin share comes from (ledger, world mix, declarations)
     * @param refiningT      mass refined in the country
     * @param refiningBasis  where the refining share comes from
     */
    record Country(String code, String name, double originT, String originBasis, double refiningT,
            String refiningBasis) {
    }

    record Sourcing(List<Country> countries, double originT, double refiningT) {
    }

    /** One assessment of the trend. */
    record Point(long id, String label, double massT, double originCoverage, double refinerCoverage,
            double topScore) {
    }

    record Trend(List<Point> points) {
    }

    /**
     * How the charts name things in the page's language.
     *
     * @param mineral a mineral's name from its id
     * @param country a country's name from its code
     * @param numeric a country's ISO numeric code on three digits (the map's key) from its code
     * @param message a message without arguments from its key
     */
    record Naming(Function<String, String> mineral, Function<String, String> country,
            Function<String, Optional<String>> numeric, Function<String, String> message) {

        /** The reference data's names and the application's messages in a language. */
        static Naming of(ReferenceNames names, MessageSource messages, Locale locale) {
            return new Naming(id -> names.mineral(id, locale), code -> names.country(code, locale), names::numeric,
                    key -> messages.getMessage(key, null, key, locale));
        }

        String get(String key) {
            return message.apply(key);
        }
    }

    static DashboardCharts of(AssessmentView view, List<AssessmentView> history, Naming t, Locale locale) {
        return new DashboardCharts(ranking(view, t), stages(view, t), categories(view, t), heat(view, t),
                sourcing(view, t), trend(history, locale), labels(t));
    }

    private static Ranking ranking(AssessmentView view, Naming t) {
        List<String> rows = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        Map<String, List<Double>> byComponent = new LinkedHashMap<>();
        for (AssessmentView.FiliereRow f : view.ranking()) {
            rows.add(t.mineral().apply(f.material()));
            scores.add(round(f.score(), 3));
            f.components().forEach(c -> byComponent.computeIfAbsent(c.id(), k -> new ArrayList<>()));
        }
        for (AssessmentView.FiliereRow f : view.ranking()) {
            byComponent.forEach((id, values) -> values.add(round(f.components().stream()
                    .filter(c -> c.id().equals(id)).mapToDouble(AssessmentView.Component::contribution).sum(), 3)));
        }
        List<Series> series = new ArrayList<>();
        byComponent.forEach((id, values) -> series.add(new Series(id, t.get("component." + id), values)));
        return new Ranking(rows, scores, series);
    }

    private static Stages stages(AssessmentView view, Naming t) {
        List<String> present = STAGE_ORDER.stream()
                .filter(s -> view.heatmap().stream().anyMatch(h -> h.stage().equals(s))).toList();
        double[] known = new double[present.size()];
        double[] estimated = new double[present.size()];
        double[] recycled = new double[present.size()];
        for (AssessmentView.HeatRow h : view.heatmap()) {
            int i = present.indexOf(h.stage());
            if (h.stage().equals("recycling")) {
                recycled[i] += h.massKg() / 1000;
            } else {
                known[i] += h.massKg() * h.knownShare() / 1000;
                estimated[i] += h.massKg() * (1 - h.knownShare()) / 1000;
            }
        }
        List<Series> series = List.of(new Series("known", t.get("wsdash.chart.stages.known"), rounded(known, 1)),
                new Series("estimated", t.get("wsdash.chart.stages.estimated"), rounded(estimated, 1)),
                new Series("recycled", t.get("wsdash.chart.stages.recycled"), rounded(recycled, 1)));
        return new Stages(present.stream().map(s -> t.get("stage." + s)).toList(), series);
    }

    private static Categories categories(AssessmentView view, Naming t) {
        List<String> categories = AssessmentView.CATEGORIES;
        double[][] mass = new double[LEVEL_ORDER.size()][categories.size()];
        for (AssessmentView.FiliereRow f : view.ranking()) {
            for (int c = 0; c < categories.size(); c++) {
                int highest = LEVEL_ORDER.indexOf("none");
                int best = -1;
                for (AssessmentView.HeatRow h : view.heatmap()) {
                    if (!h.material().equals(f.material())) {
                        continue;
                    }
                    AssessmentView.HeatCell cell = h.cells().get(c);
                    int level = LEVEL_ORDER.indexOf(cell.level());
                    if (cell.score().isPresent() && level >= 0 && level < LEVEL_ORDER.indexOf("none") && level > best) {
                        best = level;
                    }
                }
                mass[best >= 0 ? best : highest][c] += f.massKg() / 1000;
            }
        }
        List<Series> levels = new ArrayList<>();
        for (int l = 0; l < LEVEL_ORDER.size(); l++) {
            String id = LEVEL_ORDER.get(l);
            levels.add(new Series(id, t.get(level(id)), rounded(mass[l], 1)));
        }
        return new Categories(categories.stream().map(c -> t.get("category." + c)).toList(), levels);
    }

    private static Heat heat(AssessmentView view, Naming t) {
        List<String> rows = new ArrayList<>();
        List<HeatCell> cells = new ArrayList<>();
        for (int y = 0; y < view.heatmap().size(); y++) {
            AssessmentView.HeatRow h = view.heatmap().get(y);
            rows.add(t.mineral().apply(h.material()) + " · " + t.get("stage." + h.stage()));
            for (int x = 0; x < h.cells().size(); x++) {
                AssessmentView.HeatCell c = h.cells().get(x);
                cells.add(new HeatCell(x, y, c.score().map(s -> round(s, 2)).orElse(null), c.level(),
                        t.get(level(c.score().isPresent() ? c.level() : "none"))));
            }
        }
        return new Heat(rows, AssessmentView.CATEGORIES.stream().map(c -> t.get("category." + c)).toList(), cells);
    }

    private static Sourcing sourcing(AssessmentView view, Naming t) {
        Map<String, double[]> mass = new LinkedHashMap<>();
        Map<String, Set<String>> originSources = new LinkedHashMap<>();
        Map<String, Set<String>> refiningSources = new LinkedHashMap<>();
        double origin = 0;
        double refining = 0;
        for (AssessmentView.HeatRow h : view.heatmap()) {
            boolean isOrigin = h.stage().equals("extraction");
            if (!isOrigin && !h.stage().equals("refining")) {
                continue;
            }
            for (Assessment.CountryWeight c : h.countries()) {
                double tonnes = h.massKg() * c.share() / 1000;
                mass.computeIfAbsent(c.country(), k -> new double[2])[isOrigin ? 0 : 1] += tonnes;
                (isOrigin ? originSources : refiningSources).computeIfAbsent(c.country(), k -> new LinkedHashSet<>())
                        .addAll(Arrays.asList(c.source().split("\\+")));
                if (isOrigin) {
                    origin += tonnes;
                } else {
                    refining += tonnes;
                }
            }
        }
        List<Country> countries = new ArrayList<>();
        mass.forEach((code, m) -> countries.add(new Country(t.numeric().apply(code).orElse(""), t.country().apply(code),
                round(m[0], 1), basis(originSources.get(code), t), round(m[1], 1), basis(refiningSources.get(code), t))));
        countries.sort((a, b) -> Double.compare(b.originT() + b.refiningT(), a.originT() + a.refiningT()));
        return new Sourcing(countries, round(origin, 1), round(refining, 1));
    }

    /** The message key naming a level ("none": not assessed). */
    private static String level(String id) {
        return id.equals("none") ? "wsdash.chart.notAssessed" : "level." + id;
    }

    private static String basis(Set<String> sources, Naming t) {
        if (sources == null) {
            return "";
        }
        return String.join(" + ", sources.stream().map(s -> t.get("heat.source." + s)).toList());
    }

    private static Trend trend(List<AssessmentView> history, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(Dates.DAY, locale).withZone(ZoneOffset.UTC);
        List<AssessmentView> last = history.subList(Math.max(0, history.size() - TREND_SIZE), history.size());
        return new Trend(last.stream().map(v -> new Point(v.stored().id(),
                "#" + v.stored().id() + " " + date.format(v.stored().createdAt()), round(v.figures().massKg() / 1000, 1),
                round(v.figures().originCoverage(), 3), round(v.figures().refinerCoverage(), 3),
                round(v.ranking().stream().mapToDouble(AssessmentView.FiliereRow::score).max().orElse(0), 3)))
                .toList());
    }

    private static Map<String, String> labels(Naming t) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("score", "tonnes", "share", "origin", "refining", "mass", "originCoverage",
                "refinerCoverage", "topScore", "noData")) {
            labels.put(key, t.get("wsdash.chart.label." + key));
        }
        return labels;
    }

    private static List<Double> rounded(double[] values, int decimals) {
        return Arrays.stream(values).map(v -> round(v, decimals)).boxed().toList();
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
