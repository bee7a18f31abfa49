package fr.vigie.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account and per client address (the throttling of NIST SP
 * 800-63B-4 section 3.2.2): after {@value #ACCOUNT_FREE_FAILURES} failed logins in a row for an
 * account, or {@value #CLIENT_FREE_FAILURES} from one client address, every further attempt for that
 * account or from that address is refused without checking the password until a waiting time has
 * passed; the time starts at {@link #FIRST_WAIT} and doubles with each further failure, up to
 * {@link #MAX_WAIT}. A successful login clears the account's count (not the address's). Failures are
 * forgotten {@link #FORGET_AFTER} after the last one.
 *
 * <p>Counts are kept in this instance's memory: with several instances behind a load balancer each
 * instance throttles on its own, which multiplies the attempts an attacker gets by the number of
 * instances, still bounded.
 */
@Component
public class LoginThrottle {

    static final int ACCOUNT_FREE_FAILURES = 5;
    static final int CLIENT_FREE_FAILURES = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_ENTRIES = 100_000;

    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> clients = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Failed attempts in a row and when the last one happened. */
    private record Failures(int count, Instant last) {
    }

    /**
     * How long a login for {@code username} from {@code client} must still wait, if it must.
     *
     * @param username as typed (case and surrounding spaces ignored); may be empty
     * @param client   the client address
     */
    public Optional<Duration> waitFor(String username, String client) {
        Instant now = clock.instant();
        Duration wait = max(remaining(accounts.get(key(username)), ACCOUNT_FREE_FAILURES, now),
                remaining(clients.get(client), CLIENT_FREE_FAILURES, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Records a failed login. */
    public void failed(String username, String client) {
        Instant now = clock.instant();
        if (accounts.size() > MAX_ENTRIES || clients.size() > MAX_ENTRIES) {
            forgetOld(now);
        }
        accounts.merge(key(username), new Failures(1, now), (old, one) -> next(old, now));
        clients.merge(client, new Failures(1, now), (old, one) -> next(old, now));
    }

    /** Records a successful login: the account's failures are cleared. */
    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    private static Failures next(Failures old, Instant now) {
        return old.last().plus(FORGET_AFTER).isBefore(now) ? new Failures(1, now) : new Failures(old.count() + 1, now);
    }

    private static Duration remaining(Failures failures, int free, Instant now) {
        if (failures == null || failures.count() < free || failures.last().plus(FORGET_AFTER).isBefore(now)) {
            return Duration.ZERO;
        }
        Duration until = Duration.between(now, failures.last().plus(waitAfter(failures.count() - free + 1)));
        return until.isNegative() ? Duration.ZERO : until;
    }

    /** The wait after the n-th failure beyond the free ones (n >= 1): 30 s, 60 s, 120 s, ... at most 15 min. */
    static Duration waitAfter(int n) {
        if (n >= 10) {
            return MAX_WAIT;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << (n - 1));
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private void forgetOld(Instant now) {
        accounts.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        clients.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
