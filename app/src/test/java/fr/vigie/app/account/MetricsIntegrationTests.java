package fr.vigie.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import fr.vigie.app.VigieIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /actuator/prometheus} over HTTP as a Prometheus server reads it (HTTP Basic): ADMIN and
 * METRICS users read it; a viewer, an analyst and anonymous do not; a METRICS user reads nothing else.
 */
@VigieIntegrationTest
class MetricsIntegrationTests {

    private static final String PASSWORD = "metrics-test-password";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    private String user(Role role) {
        String name = "m-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(accounts.create(name, PASSWORD, role)).isInstanceOf(Accounts.CreateOutcome.Created.class);
        return name;
    }

    private HttpResponse<String> get(String path, String username, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void adminAndMetricsUsersReadThePrometheusMetrics() throws Exception {
        for (String name : new String[] {VigieIntegrationTest.ADMIN_USERNAME, user(Role.METRICS)}) {
            String password = name.equals(VigieIntegrationTest.ADMIN_USERNAME)
                    ? VigieIntegrationTest.ADMIN_PASSWORD : PASSWORD;
            HttpResponse<String> response = get("/actuator/prometheus", name, password);

            assertThat(response.statusCode()).as(name).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(response.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds",
                    "hikaricp_connections_active");
        }
    }

    @Test
    void othersDoNotReadTheMetrics() throws Exception {
        assertThat(get("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", user(Role.VIEWER), PASSWORD).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", user(Role.ANALYST), PASSWORD).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "nobody-" + UUID.randomUUID(), PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void aMetricsUserReadsNothingElse() throws Exception {
        String metrics = user(Role.METRICS);

        assertThat(get("/actuator/info", metrics, PASSWORD).statusCode()).isEqualTo(403);
        assertThat(get("/api/workspaces", metrics, PASSWORD).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
    }
}
