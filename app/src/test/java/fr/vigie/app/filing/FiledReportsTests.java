package fr.vigie.app.filing;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import fr.vigie.app.grievance.GrievanceStatistics;
import fr.vigie.engine.filing.GrievanceSummary;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.country.Country;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the grievance statistics become the engine's summary (known answers, worked by hand). */
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
}
