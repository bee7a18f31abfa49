package fr.vigie.app.account;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random bytes for masking the CSRF token of every rendered form, from one DRBG generator per
 * thread. Spring Security's default masking draws from one shared {@code NativePRNG}, whose reads
 * all take one lock of the JVM: under load, request threads queued on it (the dashboard's
 * 50-connection benchmark, docs/performance.md). Each thread's generator is a {@code DRBG} (NIST SP
 * 800-90A) seeded by the JDK from the system's entropy, so the bytes are as unpredictable as the
 * shared generator's. Only {@link #nextBytes(byte[])} is used by the masking and routed per thread.
 */
final class PerThreadSecureRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final transient ThreadLocal<SecureRandom> generators = ThreadLocal.withInitial(PerThreadSecureRandom::drbg);

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no DRBG secure random generator", e);
        }
    }

    @Override
    public void nextBytes(byte[] bytes) {
        generators.get().nextBytes(bytes);
    }
}
