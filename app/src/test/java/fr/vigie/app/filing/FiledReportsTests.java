package fr.vigie.app.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.vigie.app.duediligence.StepsSummary;
import fr.vigie.app.grievance.GrievanceStatistics;
import fr.vigie.engine.filing.GrievanceSummary;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.country.Country;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the grievance statistics and the OECD steps register become the engine's summaries (known answers, worked by hand). */
class FiledReportsTests {

    private static final ReferenceData DATA = ReferenceData.loadDefault();

    @Test
    void grievanceStatisticsAreNamedByIdAndTheMedianIsInDays() {
        // Five cases: minerals typed "cobalt" (2), "tin" (1), "unobtainium" (1) and none (1); countries
        // typed "atlantis" (no such code or name: kept as typed), "cod" and "cd" (alpha-3 and alpha-2 of the
        // DR Congo, COD: 1 + 1), "peru" (PER: 1) and none (1). Three acknowledged after 12, 36 and 60
        // hours: median 36 h = 1.5 days.
        GrievanceStatistics stats = new GrievanceStatistics(5, Map.of("environment", 3, "other", 2),
                Map.of("", 1, "cobalt", 2, "tin", 1, "unobtainium", 1),
                Map.of("", 1, "atlantis", 1, "cod", 1, "cd", 1, "peru", 1),
                Map.of("received", 2, "acknowledged", 3), 3, 36.0, 36.0, 0);
        LocalDate from = LocalDate.of(2025, 12, 6);
        LocalDate to = LocalDate.of(2026, 12, 5);
        GrievanceSummary summary = FiledReports.grievanceSummary(stats, from, to,
                t -> DATA.minerals().find(t).map(m -> m.id().value()),
                t -> DATA.countries().find(t).map(Country::alpha3));
        assertThat(summary.from()).isEqualTo(from);
        assertThat(summary.to()).isEqualTo(to);
        assertThat(summary.cases()).isEqualTo(5);
        assertThat(summary.byCategory()).isEqualTo(Map.of("environment", 3, "other", 2));
        assertThat(summary.byStatus()).isEqualTo(Map.of("received", 2, "acknowledged", 3));
        assertThat(summary.byMineral()).isEqualTo(Map.of("cobalt", 2, "tin", 1, "unobtainium", 1));
        assertThat(summary.byCountry()).isEqualTo(Map.of("COD", 2, "PER", 1, "atlantis", 1));
        assertThat(summary.medianDaysToAcknowledge()).contains(1.5);
    }

    @Test
    void withoutAnAcknowledgedCaseThereIsNoMedian() {
        GrievanceStatistics none = new GrievanceStatistics(0, Map.of(), Map.of(), Map.of(), Map.of(), 0, null, null, 0);
        GrievanceSummary summary = FiledReports.grievanceSummary(none, LocalDate.of(2025, 12, 6),
                LocalDate.of(2026, 12, 5), t -> Optional.empty(), t -> Optional.empty());
        assertThat(summary.cases()).isZero();
        assertThat(summary.medianDaysToAcknowledge()).isEmpty();
        assertThat(summary.byCountry()).isEmpty();
    }

    private static StepsSummary.Step step(int number, Double maturity, int notStarted, int inProgress, int implemented,
            int evidenced, int notApplicable, int evidence) {
        return new StepsSummary.Step(number, Optional.ofNullable(maturity), Map.of("not_started", notStarted,
                "in_progress", inProgress, "implemented", implemented, "evidenced", evidenced,
                "not_applicable", notApplicable), evidence);
    }

    @Test
    void theStepsRegisterBecomesTheEngineSummary() {
        // Company step 1: 6 sub-steps, 1 not applicable, 2 evidenced, 1 implemented, 1 in progress, 1 not
        // started: followed 5, done 3, in progress 1, not started 1; maturity 62.5 in the register = 0.625;
        // 2 pieces of evidence. Step 4 all not applicable: followed 0, maturity 0 (none in the register).
        // Cobalt step 1: 1 in progress of 6 followed, maturity 5.6 -> 0.056.
        StepsSummary register = new StepsSummary("oecd-maturity", "2016", new StepsSummary.Scope("company", "downstream",
                30.0, "developing", List.of(step(1, 62.5, 1, 1, 1, 2, 1, 2), step(4, null, 0, 0, 0, 0, 3, 0))),
                List.of(new StepsSummary.Scope("cobalt", "downstream", 5.6, "initial",
                        List.of(step(1, 5.6, 5, 1, 0, 0, 0, 0)))));
        fr.vigie.engine.filing.StepsSummary summary = FiledReports.steps(register).orElseThrow();
        assertThat(summary.company()).containsExactly(
                new fr.vigie.engine.filing.StepsSummary.Step(1, 5, 3, 1, 1, 0.625, 2),
                new fr.vigie.engine.filing.StepsSummary.Step(4, 0, 0, 0, 0, 0.0, 0));
        assertThat(summary.filieres()).hasSize(1);
        assertThat(summary.filieres().getFirst().material()).isEqualTo("cobalt");
        fr.vigie.engine.filing.StepsSummary.Step cobalt = summary.filieres().getFirst().steps().getFirst();
        assertThat(List.of(cobalt.number(), cobalt.subSteps(), cobalt.done(), cobalt.inProgress(), cobalt.notStarted(),
                cobalt.evidence())).containsExactly(1, 6, 0, 1, 5, 0);
        assertThat(cobalt.maturity()).isCloseTo(0.056, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aRegisterWithNothingRecordedIsNoRegister() {
        // every sub-step not started or not applicable, no evidence: the report says the register is missing
        StepsSummary empty = new StepsSummary("oecd-maturity", "2016", new StepsSummary.Scope("company", "downstream",
                0.0, "initial", List.of(step(1, 0.0, 6, 0, 0, 0, 1, 0))), List.of());
        assertThat(FiledReports.steps(empty)).isEmpty();
        // one piece of evidence is a record
        StepsSummary evidenced = new StepsSummary("oecd-maturity", "2016", new StepsSummary.Scope("company",
                "downstream", 0.0, "initial", List.of(step(1, 0.0, 6, 0, 0, 0, 1, 1))), List.of());
        assertThat(FiledReports.steps(evidenced)).isPresent();
    }
}
