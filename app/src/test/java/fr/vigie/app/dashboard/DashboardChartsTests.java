package fr.vigie.app.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.vigie.app.assessment.AssessmentView;
import fr.vigie.app.assessment.AssessmentView.Component;
import fr.vigie.app.assessment.AssessmentView.FiliereRow;
import fr.vigie.app.assessment.AssessmentView.HeatCell;
import fr.vigie.app.assessment.AssessmentView.HeatRow;
import fr.vigie.app.assessment.StoredAssessment;
import fr.vigie.engine.assessment.Assessment.CountryWeight;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known answers of the dashboard's chart data. Scenario: cobalt, 10 t bought, its mine country known
 * for 40% (DR Congo from the ledger and the world mix 70%, Australia from the world mix 30%), refined in
 * China (known, 100%); copper, 5 t of which 1 t recycled, mine country unknown (Chile from the world
 * mix), 4 t at extraction and 1 t at recycling. Names are the message keys (the naming of the test).
 */
class DashboardChartsTests {

    private static final Map<String, String> NUMERIC = Map.of("COD", "180", "AUS", "036", "CHL", "152", "CHN", "156");
    private static final DashboardCharts.Naming NAMING = new DashboardCharts.Naming(id -> "mineral:" + id,
            code -> "country:" + code, code -> Optional.ofNullable(NUMERIC.get(code)), key -> key);

    @Test
    void stagesSplitTheMassByKnownEstimatedAndRecycled() {
        DashboardCharts charts = DashboardCharts.of(view(7), List.of(view(7)), NAMING, Locale.ENGLISH);

        assertThat(charts.stages().names()).containsExactly("stage.extraction", "stage.refining", "stage.recycling");
        // extraction: cobalt 10 t x 40% known = 4 t known, 6 t estimated; copper 4 t, none known: 4 t estimated
        assertThat(charts.stages().series().get(0).values()).containsExactly(4.0, 10.0, 0.0);
        assertThat(charts.stages().series().get(1).values()).containsExactly(10.0, 0.0, 0.0);
        assertThat(charts.stages().series().get(2).values()).containsExactly(0.0, 0.0, 1.0);
    }

    @Test
    void categoriesCountEachSupplyChainsMassOnceAtItsHighestLevel() {
        DashboardCharts charts = DashboardCharts.of(view(7), List.of(view(7)), NAMING, Locale.ENGLISH);

        // columns: environmental, human rights, socio-economic and political
        // cobalt (10 t): high (0.7 > low 0.3), very high (0.85), high (0.6 at refining, not assessed at extraction)
        // copper (5 t): medium, high (recycling; not assessed at extraction), very low
        Map<String, List<Double>> byLevel = new java.util.LinkedHashMap<>();
        charts.categories().levels().forEach(s -> byLevel.put(s.id(), s.values()));
        assertThat(byLevel).containsExactly(Map.entry("very_low", List.of(0.0, 0.0, 5.0)),
                Map.entry("low", List.of(0.0, 0.0, 0.0)), Map.entry("medium", List.of(5.0, 0.0, 0.0)),
                Map.entry("high", List.of(10.0, 5.0, 10.0)), Map.entry("very_high", List.of(0.0, 10.0, 0.0)),
                Map.entry("none", List.of(0.0, 0.0, 0.0)));
    }

    @Test
    void sourcingGivesEachCountrysMassByMineAndRefiningWithItsBasis() {
        DashboardCharts.Sourcing sourcing = DashboardCharts.of(view(7), List.of(view(7)), NAMING, Locale.ENGLISH)
                .sourcing();

        // origin: DR Congo 10 t x 70% = 7 t, Australia 3 t, Chile 4 t x 100% = 4 t; refining: China 10 t
        assertThat(sourcing.originT()).isEqualTo(14.0);
        assertThat(sourcing.refiningT()).isEqualTo(10.0);
        assertThat(sourcing.countries()).containsExactly(
                new DashboardCharts.Country("156", "country:CHN", 0.0, "", 10.0, "heat.source.ledger"),
                new DashboardCharts.Country("180", "country:COD", 7.0, "heat.source.ledger + heat.source.world", 0.0, ""),
                new DashboardCharts.Country("152", "country:CHL", 4.0, "heat.source.world", 0.0, ""),
                new DashboardCharts.Country("036", "country:AUS", 3.0, "heat.source.world", 0.0, ""));
    }

    @Test
    void rankingHeatmapAndTrendCarryTheAssessmentsNumbers() {
        DashboardCharts charts = DashboardCharts.of(view(7), List.of(view(3), view(7)), NAMING, Locale.ENGLISH);

        assertThat(charts.ranking().names()).containsExactly("mineral:cobalt", "mineral:copper");
        assertThat(charts.ranking().scores()).containsExactly(0.6, 0.45);
        assertThat(charts.ranking().components()).extracting(DashboardCharts.Series::id).containsExactly("volume", "risk");
        assertThat(charts.ranking().components().get(0).values()).containsExactly(0.2, 0.25);
        assertThat(charts.ranking().components().get(0).name()).isEqualTo("component.volume");

        assertThat(charts.heat().rows()).containsExactly("mineral:cobalt · stage.extraction",
                "mineral:cobalt · stage.refining", "mineral:copper · stage.extraction", "mineral:copper · stage.recycling");
        assertThat(charts.heat().cells()).hasSize(12).contains(
                new DashboardCharts.HeatCell(1, 0, 0.85, "very_high", "level.very_high"),
                new DashboardCharts.HeatCell(2, 0, null, "none", "wsdash.chart.notAssessed"));

        // two assessments, oldest first: 15 t, coverages of the figures, highest score 0.6
        assertThat(charts.trend().points()).containsExactly(
                new DashboardCharts.Point(3, "#3 1 December 2026", 15.0, 0.267, 0.667, 0.6),
                new DashboardCharts.Point(7, "#7 1 December 2026", 15.0, 0.267, 0.667, 0.6));
    }

    @Test
    void theJsonOfTheChartsCannotCloseItsScriptElement() {
        assertThat(DashboardViews.scriptSafe("{\"name\":\"</script><b>\"}"))
                .isEqualTo("{\"name\":\"\\u003c/script>\\u003cb>\"}");
    }

    private static AssessmentView view(long id) {
        StoredAssessment stored = new StoredAssessment(id, 1, 1, Instant.parse("2026-12-01T10:00:00Z"), "analyst",
                LocalDate.of(2026, 12, 1), "default", "default", "test", List.of());
        FiliereRow cobalt = filiere(1, "cobalt", 0.6, 10_000, List.of(new Component("volume", 1, 0.2, 0.2),
                new Component("risk", 0.8, 0.5, 0.4)));
        FiliereRow copper = filiere(2, "copper", 0.45, 5_000, List.of(new Component("volume", 0.5, 0.5, 0.25),
                new Component("risk", 0.4, 0.5, 0.2)));
        List<HeatRow> heat = List.of(
                new HeatRow(1, "cobalt", "extraction", 10_000, 0.4, Text.of("basis"),
                        List.of(new CountryWeight("COD", 0.7, "ledger+world"), new CountryWeight("AUS", 0.3, "world")),
                        cells(0.7, "high", 0.85, "very_high", null, null)),
                new HeatRow(1, "cobalt", "refining", 10_000, 1.0, Text.of("basis"),
                        List.of(new CountryWeight("CHN", 1.0, "ledger")), cells(0.3, "low", 0.5, "medium", 0.6, "high")),
                new HeatRow(2, "copper", "extraction", 4_000, 0, Text.of("basis"),
                        List.of(new CountryWeight("CHL", 1.0, "world")), cells(0.5, "medium", null, null, 0.1, "very_low")),
                new HeatRow(2, "copper", "recycling", 1_000, 0, Text.of("basis"), List.of(),
                        cells(null, null, 0.6, "high", null, null)));
        // coverage: origin (10 t x 40% + 0) / 15 t = 0.267, refiner (10 t x 100% + 0) / 15 t = 0.667
        AssessmentView.Figures figures = new AssessmentView.Figures(15_000, 0, 4.0 / 15, 10.0 / 15, 0, 0, 2);
        return new AssessmentView(stored, "Company", figures, List.of(cobalt, copper), heat, List.of(), List.of(),
                List.of());
    }

    private static FiliereRow filiere(int rank, String material, double score, double massKg, List<Component> components) {
        return new FiliereRow(rank, material, Term.of("mineral", material), score, massKg, 0, 0, 0, 0, 0, 0, List.of(),
                components, List.of(), List.of());
    }

    private static List<HeatCell> cells(Double environmental, String l1, Double humanRights, String l2, Double socio,
            String l3) {
        return List.of(cell("environmental", environmental, l1), cell("human_rights", humanRights, l2),
                cell("socio_economic_political", socio, l3));
    }

    private static HeatCell cell(String category, Double score, String level) {
        return new HeatCell(category, Optional.ofNullable(score), score == null ? "none" : level);
    }
}
