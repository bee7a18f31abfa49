package fr.vigie.app.grievance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The workflow policy, the receipt codes, the per-client rate limit and the statistics, without Spring. */
class GrievanceRulesTests {

    @Test
    void onlyTheWorkflowsMovesAreAllowedAndClosingNeedsAnOutcome() {
        assertThat(GrievanceWorkflow.decide(GrievanceStatus.RECEIVED, GrievanceStatus.ACKNOWLEDGED, null))
                .isEqualTo(new GrievanceWorkflow.Decision.Allowed(GrievanceStatus.ACKNOWLEDGED, null));
        // a case is acknowledged before anything else happens to it
        for (GrievanceStatus to : List.of(GrievanceStatus.UNDER_ASSESSMENT, GrievanceStatus.REMEDIATION,
                GrievanceStatus.CLOSED, GrievanceStatus.RECEIVED)) {
            assertThat(GrievanceWorkflow.decide(GrievanceStatus.RECEIVED, to, "done"))
                    .isInstanceOfSatisfying(GrievanceWorkflow.Decision.Refused.class, r -> {
                        assertThat(r.problem().code()).isEqualTo("grievance-transition");
                        assertThat(r.problem().args()).containsExactly("received", to.id());
                        assertThat(r.problem().path()).isEqualTo("status");
                    });
        }
        assertThat(GrievanceWorkflow.decide(GrievanceStatus.UNDER_ASSESSMENT, GrievanceStatus.REMEDIATION, null))
                .isInstanceOf(GrievanceWorkflow.Decision.Allowed.class);
        assertThat(GrievanceWorkflow.decide(GrievanceStatus.REMEDIATION, GrievanceStatus.UNDER_ASSESSMENT, null))
                .isInstanceOf(GrievanceWorkflow.Decision.Refused.class);
        assertThat(GrievanceWorkflow.decide(GrievanceStatus.REMEDIATION, GrievanceStatus.CLOSED, "  "))
                .isInstanceOfSatisfying(GrievanceWorkflow.Decision.Refused.class,
                        r -> assertThat(r.problem().code()).isEqualTo("grievance-outcome"));
        assertThat(GrievanceWorkflow.decide(GrievanceStatus.REMEDIATION, GrievanceStatus.CLOSED, " Supplier audited "))
                .isEqualTo(new GrievanceWorkflow.Decision.Allowed(GrievanceStatus.CLOSED, "Supplier audited"));
        assertThat(GrievanceWorkflow.decide(GrievanceStatus.CLOSED, GrievanceStatus.ACKNOWLEDGED, null))
                .isInstanceOf(GrievanceWorkflow.Decision.Refused.class);
    }

    @Test
    void receiptCodesCarry160RandomBitsAndAreReadLeniently() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = ReceiptCodes.generate();
            assertThat(code).matches("([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}");
            assertThat(seen.add(code)).isTrue();
        }
        String code = ReceiptCodes.generate();
        String typed = " " + code.toLowerCase().replace("-", " ") + " ";
        assertThat(ReceiptCodes.hash(typed)).isEqualTo(ReceiptCodes.hash(code));
        assertThat(ReceiptCodes.hash(code).orElseThrow()).hasSize(64).doesNotContain(code);
        assertThat(ReceiptCodes.hash("not a code")).isEmpty();
        assertThat(ReceiptCodes.hash(code.substring(1))).isEmpty();
    }

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aClientGetsItsBurstThenOneRequestPerRefillPeriodAndOthersAreNotAffected() {
        Hand clock = new Hand();
        ClientRateLimit limit = new ClientRateLimit(3, Duration.ofMinutes(10), clock);
        // a burst of 3, then refused
        assertThat(limit.tryAcquire("198.51.100.7")).isTrue();
        assertThat(limit.tryAcquire("198.51.100.7")).isTrue();
        assertThat(limit.tryAcquire("198.51.100.7")).isTrue();
        assertThat(limit.tryAcquire("198.51.100.7")).isFalse();
        // another client has its own bucket
        assertThat(limit.tryAcquire("198.51.100.8")).isTrue();
        // 9 minutes: still less than one token; 10 minutes: exactly one
        clock.now = clock.now.plus(Duration.ofMinutes(9));
        assertThat(limit.tryAcquire("198.51.100.7")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        // the refused request at 9 min left 0.9 tokens; at 19 min the bucket holds 0.9 + 1.0 = 1.9: one request
        assertThat(limit.tryAcquire("198.51.100.7")).isTrue();
        assertThat(limit.tryAcquire("198.51.100.7")).isFalse();
        // after a long pause the bucket is full again, never above its capacity
        clock.now = clock.now.plus(Duration.ofDays(1));
        assertThat(limit.tryAcquire("198.51.100.7")).isTrue();
        assertThat(limit.tryAcquire("198.51.100.7")).isTrue();
        assertThat(limit.tryAcquire("198.51.100.7")).isTrue();
        assertThat(limit.tryAcquire("198.51.100.7")).isFalse();
        assertThat(limit.secondsPerToken()).isEqualTo(600);
    }

    @Test
    void statisticsCountByDimensionAndMeasureTheTimeToAcknowledge() {
        Instant t0 = Instant.parse("2026-03-01T08:00:00Z");
        Duration week = Duration.ofDays(7);
        List<Grievances.Summary> cases = List.of(
                // acknowledged after 10 h
                new Grievances.Summary(1, GrievanceCategory.HUMAN_RIGHTS, "CD", "Cobalt", GrievanceStatus.ACKNOWLEDGED,
                        t0, t0.plus(week), t0.plusSeconds(10 * 3600)),
                // acknowledged after 30 h
                new Grievances.Summary(2, GrievanceCategory.HUMAN_RIGHTS, "cd ", "cobalt", GrievanceStatus.CLOSED,
                        t0, t0.plus(week), t0.plusSeconds(30 * 3600)),
                // acknowledged after 200 h: past the 168 h deadline
                new Grievances.Summary(3, GrievanceCategory.ENVIRONMENT, "PE", "tin", GrievanceStatus.REMEDIATION,
                        t0, t0.plus(week), t0.plusSeconds(200 * 3600)),
                // not acknowledged, received 8 days before "now": overdue
                new Grievances.Summary(4, GrievanceCategory.OTHER, null, null, GrievanceStatus.RECEIVED,
                        t0, t0.plus(week), null),
                // not acknowledged, received 1 day before "now": not overdue
                new Grievances.Summary(5, GrievanceCategory.OTHER, null, null, GrievanceStatus.RECEIVED,
                        t0.plus(Duration.ofDays(7)), t0.plus(Duration.ofDays(14)), null));
        GrievanceStatistics stats = GrievanceStatistics.of(cases, t0.plus(Duration.ofDays(8)));
        assertThat(stats.cases()).isEqualTo(5);
        assertThat(stats.byCategory()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("human_rights", 2, "environment", 1, "other", 2));
        assertThat(stats.byCountry()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("cd", 2, "pe", 1, "", 2));
        assertThat(stats.byMineral()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("cobalt", 2, "tin", 1, "", 2));
        assertThat(stats.byStatus()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("acknowledged", 1, "closed", 1, "remediation", 1, "received", 2));
        assertThat(stats.acknowledged()).isEqualTo(3);
        // mean (10 + 30 + 200) / 3 = 80 h; median of 10, 30, 200 = 30 h
        assertThat(stats.meanHoursToAck()).isEqualTo(80.0);
        assertThat(stats.medianHoursToAck()).isEqualTo(30.0);
        // case 3 (acknowledged late) and case 4 (still waiting past its deadline)
        assertThat(stats.overdue()).isEqualTo(2);
        // an even count: the median is the mean of the two middle values, (10 + 30) / 2 = 20 h
        assertThat(GrievanceStatistics.of(cases.subList(0, 2), t0).medianHoursToAck()).isEqualTo(20.0);
        assertThat(GrievanceStatistics.of(List.of(), t0).meanHoursToAck()).isNull();
    }
}
