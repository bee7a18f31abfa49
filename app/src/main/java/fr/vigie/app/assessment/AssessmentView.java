package fr.vigie.app.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.kernel.Localized;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.RiskCategory;

/**
 * What the pages and the PDF show of one stored assessment, read from the engine's typed model (the
 * same one the exports read, whatever the schema version it was stored with): key figures, the
 * ranking with reasons and score components, the risk heatmap (filiere x stage x category), the texts
 * that bear on the company and the roadmap. Texts stay keys with arguments: a page renders them in
 * its reader's language ({@code ${texts.render(...)}}), so one view serves every language.
 *
 * @param stored      the assessment's record
 * @param company     company name
 * @param figures     key figures
 * @param ranking     filieres, rank 1 first
 * @param heatmap     one row per filiere and stage
 * @param regulations texts that apply or may apply
 * @param roadmap     actions, in roadmap order
 * @param inputs      input files (role, name, sha256)
 */
public record AssessmentView(StoredAssessment stored, String company, Figures figures, List<FiliereRow> ranking,
        List<HeatRow> heatmap, List<Assessment.RegulationLine> regulations, List<RoadmapItem> roadmap,
        List<Assessment.InputFile> inputs) {

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

    /** A recommendation with its in-place mark. */
    public record Recommendation(String kind, String id, Localized title, String horizon, Text justification,
            String regulation, String dueDate, boolean inPlace) {
    }

    /** One filiere of the ranking. */
    public record FiliereRow(int rank, String material, Localized name, double score, double massKg, double spendEur,
            double risk, double originCoverage, double refinerCoverage, double recycledShare, double concentration,
            List<Text> reasons, List<Component> components, List<Recommendation> recommendations,
            List<String> regulations) {

        /** Recommendations not in place (the gap). */
        public long gap() {
            return recommendations.stream().filter(r -> !r.inPlace()).count();
        }
    }

    /** One heatmap cell: a category's score at a stage, absent when not assessed. */
    public record HeatCell(String category, Optional<Double> score, String level) {
    }

    /** One heatmap row: a filiere's stage with its mass, known share and basis, then the category cells. */
    public record HeatRow(int rank, String material, String stage, double massKg, double knownShare, Text basis,
            List<Assessment.CountryWeight> countries, List<HeatCell> cells) {
    }

    /** One roadmap action of the assessment. */
    public record RoadmapItem(String horizon, int order, String material, String kind, String id, Localized title,
            Text justification, String dueDate) {

        /** A stable key of the action across assessments: filiere, kind and id. */
        public String key() {
            return material + ":" + kind + ":" + id;
        }
    }

    /** The view of a stored assessment. */
    public static AssessmentView of(StoredAssessment stored, Assessment a) {
        List<FiliereRow> ranking = new ArrayList<>();
        List<HeatRow> heat = new ArrayList<>();
        double mass = 0;
        double spend = 0;
        double origin = 0;
        double refiner = 0;
        for (Assessment.Filiere f : a.filieres()) {
            FiliereRow row = filiere(f);
            ranking.add(row);
            mass += row.massKg();
            spend += row.spendEur();
            origin += row.originCoverage() * row.massKg();
            refiner += row.refinerCoverage() * row.massKg();
            for (Assessment.StageExposure s : f.stages()) {
                List<HeatCell> cells = new ArrayList<>();
                for (RiskCategory category : RiskCategory.values()) {
                    String id = category.name().toLowerCase(java.util.Locale.ROOT);
                    cells.add(s.category(category)
                            .map(x -> new HeatCell(id, Optional.of(x.score()), x.level().id()))
                            .orElseGet(() -> new HeatCell(id, Optional.empty(), "none")));
                }
                heat.add(new HeatRow(row.rank(), row.material(), s.stage().id(), s.massKg(), s.knownShare(), s.basis(),
                        s.countries(), cells));
            }
        }
        List<Assessment.RegulationLine> bearing = a.regulations().stream()
                .filter(Assessment.RegulationLine::bearsOnCompany).toList();
        int apply = (int) bearing.stream().filter(r -> "applies".equals(r.outcome())).count();
        Figures figures = new Figures(mass, spend, mass == 0 ? 0 : origin / mass, mass == 0 ? 0 : refiner / mass,
                apply, bearing.size() - apply, ranking.size());
        List<RoadmapItem> roadmap = a.roadmap().stream()
                .map(r -> new RoadmapItem(r.phase().id(), r.order(), r.material(), kind(r.kind()), r.id(), r.title(),
                        r.justification(), r.dueDate().toString()))
                .toList();
        return new AssessmentView(stored, a.company(), figures, ranking, heat, bearing, roadmap,
                a.provenance().inputs());
    }

    private static String kind(Assessment.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static FiliereRow filiere(Assessment.Filiere f) {
        List<Component> components = f.components().stream()
                .map(c -> new Component(c.id(), c.value(), c.weight(), c.contribution()))
                .toList();
        List<Recommendation> recommendations = f.recommendations().stream()
                .map(AssessmentView::recommendation).toList();
        return new FiliereRow(f.rank(), f.material(), f.name(), f.priorityScore(), f.massKg(), f.spendEur(), f.risk(),
                f.originCoverage(), f.refinerCoverage(), f.recycledShare(), f.concentration(), f.reasons(), components,
                recommendations, f.regulations());
    }

    static Recommendation recommendation(Assessment.Recommendation r) {
        return new Recommendation(kind(r.kind()), r.id(), r.title(), r.horizon().id(), r.justification(),
                r.regulation().orElse(""), r.dueDate().map(Object::toString).orElse(""), r.inPlace());
    }

    /** The filiere of a mineral, when bought. */
    public Optional<FiliereRow> filiere(String material) {
        return ranking.stream().filter(f -> f.material().equals(material)).findFirst();
    }
}
