package fr.vigie.app.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.vigie.engine.kernel.RiskCategory;

/**
 * What the pages and the PDF show of one stored assessment, read from its JSON tree: key figures,
 * the ranking with reasons and score components, the risk heatmap (filiere x stage x category), the
 * texts that bear on the company and the roadmap.
 *
 * @param stored      the assessment's record
 * @param company     company name
 * @param figures     key figures
 * @param ranking     filieres, rank 1 first
 * @param heatmap     one row per filiere and stage
 * @param regulations texts that apply or may apply (JSON lines of the assessment)
 * @param roadmap     actions, in roadmap order
 * @param inputs      input files (role, name, sha256)
 */
public record AssessmentView(StoredAssessment stored, String company, Figures figures, List<FiliereRow> ranking,
        List<HeatRow> heatmap, List<Map<String, Object>> regulations, List<RoadmapItem> roadmap,
        List<Map<String, Object>> inputs) {

    /** The risk categories in column order (ids of the JSON). */
    public static final List<String> CATEGORIES =
            java.util.Arrays.stream(RiskCategory.values()).map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList();

    /**
     * Key figures.
     *
     * @param massKg          total mineral mass bought per year
     * @param spendEur        total spend
     * @param originCoverage  mass-weighted share of known mine origin
     * @param refinerCoverage mass-weighted share of known refiner
     * @param textsApply      texts that apply
     * @param textsMayApply   texts that cannot be decided yet (facts missing)
     * @param filieres        number of filieres
     */
    public record Figures(double massKg, double spendEur, double originCoverage, double refinerCoverage,
            int textsApply, int textsMayApply, int filieres) {
    }

    /** One part of a priority score: value x weight = contribution. */
    public record Component(String id, double value, double weight, double contribution) {
    }

    /** A recommendation with its in-place mark; title and justification also in French. */
    public record Recommendation(String kind, String id, String title, String horizon, String justification,
            String regulation, String dueDate, boolean inPlace, String titleFr, String justificationFr) {

        /** The title in French when {@code french}, else in English. */
        public String title(boolean french) {
            return french ? titleFr : title;
        }

        /** The justification in French when {@code french}, else in English. */
        public String justification(boolean french) {
            return french ? justificationFr : justification;
        }
    }

    /** One filiere of the ranking. */
    public record FiliereRow(int rank, String material, String name, double score, double massKg, double spendEur,
            double risk, double originCoverage, double refinerCoverage, double recycledShare, double concentration,
            List<String> reasons, List<Component> components, List<Recommendation> recommendations,
            List<String> regulations, List<String> reasonsFr) {

        /** The reasons in French when {@code french}, else in English. */
        public List<String> reasons(boolean french) {
            return french ? reasonsFr : reasons;
        }

        /** Recommendations not in place (the gap). */
        public long gap() {
            return recommendations.stream().filter(r -> !r.inPlace()).count();
        }
    }

    /** One heatmap cell: a category's score at a stage, absent when not assessed. */
    public record HeatCell(String category, Optional<Double> score, String level) {
    }

    /** One heatmap row: a filiere's stage with its mass, known share and basis, then the category cells. */
    public record HeatRow(int rank, String material, String stage, double massKg, double knownShare, String basis,
            List<Map<String, Object>> countries, List<HeatCell> cells, String basisFr) {

        /** The basis in French when {@code french}, else in English. */
        public String basis(boolean french) {
            return french ? basisFr : basis;
        }
    }

    /** One roadmap action of the assessment. */
    public record RoadmapItem(String horizon, int order, String material, String kind, String id, String title,
            String justification, String dueDate, String titleFr, String justificationFr) {

        /** The title in French when {@code french}, else in English. */
        public String title(boolean french) {
            return french ? titleFr : title;
        }

        /** The justification in French when {@code french}, else in English. */
        public String justification(boolean french) {
            return french ? justificationFr : justification;
        }

        /** A stable key of the action across assessments: filiere, kind and id. */
        public String key() {
            return material + ":" + kind + ":" + id;
        }
    }

    /** Reads the view of a stored assessment's tree. */
    public static AssessmentView of(StoredAssessment stored, Map<String, Object> tree) {
        List<FiliereRow> ranking = new ArrayList<>();
        List<HeatRow> heat = new ArrayList<>();
        double mass = 0;
        double spend = 0;
        double origin = 0;
        double refiner = 0;
        for (Map<String, Object> f : Tree.maps(tree, "filieres")) {
            FiliereRow row = filiere(f);
            ranking.add(row);
            mass += row.massKg();
            spend += row.spendEur();
            origin += row.originCoverage() * row.massKg();
            refiner += row.refinerCoverage() * row.massKg();
            for (Map<String, Object> s : Tree.maps(f, "stages")) {
                List<HeatCell> cells = new ArrayList<>();
                for (String category : CATEGORIES) {
                    Optional<Map<String, Object>> c = Tree.maps(s, "categories").stream()
                            .filter(x -> category.equals(Tree.text(x, "category"))).findFirst();
                    cells.add(c.map(x -> new HeatCell(category, Optional.of(Tree.number(x, "score")), Tree.text(x, "level")))
                            .orElseGet(() -> new HeatCell(category, Optional.empty(), "none")));
                }
                heat.add(new HeatRow(row.rank(), row.material(), Tree.text(s, "stage"), Tree.number(s, "mass_kg"),
                        Tree.number(s, "known_share"), Tree.text(s, "basis"), Tree.maps(s, "countries"), cells,
                        Tree.french(s, "basis")));
            }
        }
        List<Map<String, Object>> bearing = Tree.maps(tree, "regulations").stream()
                .filter(r -> !"does_not_apply".equals(Tree.text(r, "outcome"))).toList();
        int apply = (int) bearing.stream().filter(r -> "applies".equals(Tree.text(r, "outcome"))).count();
        Figures figures = new Figures(mass, spend, mass == 0 ? 0 : origin / mass, mass == 0 ? 0 : refiner / mass,
                apply, bearing.size() - apply, ranking.size());
        List<RoadmapItem> roadmap = Tree.maps(tree, "roadmap").stream()
                .map(r -> new RoadmapItem(Tree.text(r, "phase"), (int) Tree.number(r, "order"), Tree.text(r, "material"),
                        Tree.text(r, "kind"), Tree.text(r, "id"), Tree.text(r, "title"), Tree.text(r, "justification"),
                        Tree.text(r, "due_date"), Tree.french(r, "title"), Tree.french(r, "justification")))
                .toList();
        return new AssessmentView(stored, Tree.text(tree, "company"), figures, ranking, heat, bearing, roadmap,
                Tree.maps(Tree.map(tree, "provenance"), "inputs"));
    }

    private static FiliereRow filiere(Map<String, Object> f) {
        List<Component> components = Tree.maps(f, "components").stream()
                .map(c -> new Component(Tree.text(c, "id"), Tree.number(c, "value"), Tree.number(c, "weight"),
                        Tree.number(c, "contribution")))
                .toList();
        List<Recommendation> recommendations = Tree.maps(f, "recommendations").stream()
                .map(AssessmentView::recommendation).toList();
        return new FiliereRow((int) Tree.number(f, "rank"), Tree.text(f, "material"), Tree.text(f, "name"),
                Tree.number(f, "priority_score"), Tree.number(f, "mass_kg"), Tree.number(f, "spend_eur"),
                Tree.number(f, "risk"), Tree.number(f, "origin_coverage"), Tree.number(f, "refiner_coverage"),
                Tree.number(f, "recycled_share"), Tree.number(f, "concentration"), Tree.texts(f, "reasons"),
                components, recommendations, Tree.texts(f, "regulations"), Tree.frenchTexts(f, "reasons"));
    }

    static Recommendation recommendation(Map<String, Object> r) {
        return new Recommendation(Tree.text(r, "kind"), Tree.text(r, "id"), Tree.text(r, "title"),
                Tree.text(r, "horizon"), Tree.text(r, "justification"), Tree.text(r, "regulation"),
                Tree.text(r, "due_date"), Tree.bool(r, "in_place"), Tree.french(r, "title"),
                Tree.french(r, "justification"));
    }

    /** The filiere of a mineral, when bought. */
    public Optional<FiliereRow> filiere(String material) {
        return ranking.stream().filter(f -> f.material().equals(material)).findFirst();
    }
}
