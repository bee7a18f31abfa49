package fr.vigie.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security review finding 5 (no throttling): 600 wrong passwords were processed, then the right one
 * worked. Known-answer waits: 5 free failures per account, then 30 s doubling to 15 min at most.
 */
class LoginThrottleSecurityTests {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void anAccountWaitsAfterFiveFailuresAndTheWaitDoubles() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("Alice", "10.0.0." + i);
            assertThat(throttle.waitFor("alice", "10.0.0.99")).as("after failure " + i).isEmpty();
        }
        throttle.failed("alice ", "10.0.0.5");
        // 5th failure at 10:00:00: wait 30 s, whatever the client
        assertThat(throttle.waitFor("ALICE", "10.0.0.99")).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.waitFor("alice", "10.0.0.99")).contains(Duration.ofSeconds(20));
        clock.advance(Duration.ofSeconds(20));
        assertThat(throttle.waitFor("alice", "10.0.0.99")).isEmpty();
        // 6th failure: 60 s; 7th: 120 s
        throttle.failed("alice", "10.0.0.6");
        assertThat(throttle.waitFor("alice", "10.0.0.99")).contains(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        throttle.failed("alice", "10.0.0.7");
        assertThat(throttle.waitFor("alice", "10.0.0.99")).contains(Duration.ofSeconds(120));
        // other accounts are not affected
        assertThat(throttle.waitFor("bob", "10.0.0.99")).isEmpty();
    }

    @Test
    void theWaitStopsAtFifteenMinutes() {
        assertThat(LoginThrottle.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.waitAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(LoginThrottle.waitAfter(6)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.waitAfter(600)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aClientTryingManyAccountsWaitsAfterTwentyFailures() {
        for (int i = 1; i <= 19; i++) {
            throttle.failed("user" + i, "192.0.2.1");
        }
        assertThat(throttle.waitFor("someone", "192.0.2.1")).isEmpty();
        throttle.failed("user20", "192.0.2.1");
        assertThat(throttle.waitFor("someone", "192.0.2.1")).contains(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("someone", "192.0.2.2")).isEmpty();
    }

    @Test
    void successClearsTheAccountAndOldFailuresAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("carol", "10.1.0." + i);
        }
        throttle.succeeded("carol");
        throttle.failed("carol", "10.1.0.9");
        assertThat(throttle.waitFor("carol", "10.1.0.10")).isEmpty();
        for (int i = 0; i < 5; i++) {
            throttle.failed("dave", "10.2.0." + i);
        }
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        throttle.failed("dave", "10.2.0.9");
        assertThat(throttle.waitFor("dave", "10.2.0.10")).isEmpty();
    }
}
