package fr.vigie.app.grievance;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Token buckets per client, in memory only: a client spends one token per request and gets one back
 * every {@code refill}, up to {@code capacity}. A client is known by the HMAC-SHA256 of its address
 * under a random key drawn at start and never written anywhere, so the map holds no address and the
 * keys mean nothing after a restart. Full buckets are forgotten when the map grows large.
 */
final class ClientRateLimit {

    private static final int FORGET_ABOVE = 10_000;

    private final int capacity;
    private final Duration refill;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private record Bucket(double tokens, Instant at) {
    }

    ClientRateLimit(int capacity, Duration refill, Clock clock) {
        if (capacity < 1 || refill.isNegative() || refill.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a capacity >= 1 and a positive refill period");
        }
        this.capacity = capacity;
        this.refill = refill;
        this.clock = clock;
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        this.key = new SecretKeySpec(salt, "HmacSHA256");
    }

    /** Takes a token for the client at this address: false when its bucket is empty (refuse the request). */
    boolean tryAcquire(String address) {
        if (buckets.size() > FORGET_ABOVE) {
            Instant now = clock.instant();
            buckets.entrySet().removeIf(e -> level(e.getValue(), now) >= capacity);
        }
        boolean[] granted = {false};
        buckets.compute(client(address), (k, bucket) -> {
            Instant now = clock.instant();
            double tokens = bucket == null ? capacity : level(bucket, now);
            if (tokens >= 1) {
                granted[0] = true;
                tokens -= 1;
            }
            return new Bucket(tokens, now);
        });
        return granted[0];
    }

    /** How long until the next token, rounded up to whole seconds (for Retry-After). */
    long secondsPerToken() {
        return Math.max(1, (refill.toMillis() + 999) / 1000);
    }

    private double level(Bucket bucket, Instant now) {
        double elapsed = Duration.between(bucket.at(), now).toMillis();
        return Math.min(capacity, bucket.tokens() + elapsed / refill.toMillis());
    }

    private String client(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
