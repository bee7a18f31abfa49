package fr.vigie.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.app.TestApplications;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Finding: when the embedded PostgreSQL died, Vigie never restarted it, every request hung 30 s,
 * readiness stayed UP, logins said "wrong username or password" and the API answered 401. Here the
 * server process is killed (SIGKILL) under a running application.
 */
class DatabaseOutageIntegrationTests {

    private static final String PASSWORD = "outage-admin-password";

    private static ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        // the watchdog's own rounds are far apart: the test sees the outage, then runs one round itself
        app = TestApplications.start(TestApplications.newDataDirectory("outage"),
                "--vigie.admin.password=" + PASSWORD, "--vigie.database.watchdog-interval=1h");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anOutageIsReportedAsSuchQuicklyAndTheWatchdogRestartsTheServer() throws Exception {
        String session = logIn();
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
        EmbeddedDatabase database = app.getBean(EmbeddedDatabase.class);

        ProcessHandle server = database.process();
        server.destroyForcibly();
        server.onExit().get(30, TimeUnit.SECONDS);
        assertThat(database.running()).isFalse();

        long started = System.nanoTime();
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);

        HttpResponse<String> login = postLogin(PASSWORD);
        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.headers().firstValue("Location")).isEmpty();
        assertThat(login.body()).contains("Database unavailable").doesNotContain("Wrong username");

        HttpResponse<String> page = get("/workspaces", session);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Database unavailable");
        HttpResponse<String> french = http.send(HttpRequest.newBuilder(uri("/workspaces"))
                .header("Cookie", session + "; vigie-lang=fr").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(french.statusCode()).isEqualTo(503);
        assertThat(french.body()).contains("Base de données indisponible");

        HttpResponse<String> api = http.send(HttpRequest.newBuilder(uri("/api/workspaces"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.headers().firstValue("Retry-After")).contains("30");
        assertThat(api.body()).contains("database-unavailable");
        HttpResponse<String> apiWithSession = get("/api/workspaces", session);
        assertThat(apiWithSession.statusCode()).isEqualTo(503);
        assertThat(apiWithSession.body()).contains("database-unavailable");
        // eight requests, each bounded by the 3 s connection timeout instead of 30 s
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));

        assertThat(app.getBean(DatabaseWatchdog.class).check()).as("restarted").isTrue();

        assertThat(database.running()).isTrue();
        assertThat(database.process().pid()).isNotEqualTo(server.pid());
        // the pool makes new connections at its own pace (PostgreSQL replays its log first)
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (status("/actuator/health/readiness") != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
        assertThat(get("/workspaces", session).statusCode()).as("the session survived in the database").isEqualTo(200);
        assertThat(postLogin("not-the-password").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(postLogin(PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }

    @Test
    void aWatchdogRoundDoesNothingWhileTheServerRuns() {
        assertThat(app.getBean(DatabaseWatchdog.class).check()).isFalse();
    }

    private String logIn() throws Exception {
        HttpResponse<String> done = postLogin(PASSWORD);
        assertThat(done.statusCode()).isEqualTo(302);
        return done.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    /** Posts the login form (its CSRF token is read from the page, which needs no database). */
    private HttpResponse<String> postLogin(String password) throws Exception {
        HttpResponse<String> form = get("/login", null);
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse("");
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        String csrf = token.find() ? token.group(1) : "";
        return http.send(HttpRequest.newBuilder(uri("/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int status(String path) throws Exception {
        return get(path, null).statusCode();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort() + path);
    }
}
