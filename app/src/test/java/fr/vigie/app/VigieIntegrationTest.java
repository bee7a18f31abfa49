package fr.vigie.app;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The application on a random port with its own embedded PostgreSQL in a fresh data directory under
 * {@code target/it-data/} (one per test run, shared by the test classes carrying this annotation,
 * which therefore use their own usernames), demo mode on, a known administrator password, and a 2 s
 * longest wait for an import's turn.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vigie.data-dir=target/it-data/shared-${random.uuid}",
        "vigie.demo.enabled=true",
        "vigie.admin.username=" + VigieIntegrationTest.ADMIN_USERNAME,
        "vigie.admin.password=" + VigieIntegrationTest.ADMIN_PASSWORD,
        // tests that fill the import queue wait 2 s for a turn, not 30
        "vigie.imports.max-wait=2s"})
@AutoConfigureMockMvc
public @interface VigieIntegrationTest {

    /** The first administrator's name in these tests. */
    String ADMIN_USERNAME = "admin";
    /** The first administrator's password in these tests. */
    String ADMIN_PASSWORD = "admin-password-for-tests";
}
