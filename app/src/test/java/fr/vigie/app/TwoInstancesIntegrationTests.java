package fr.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.app.database.DatabaseLocks;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Vigie instances on one PostgreSQL server (here a PostgreSQL started by the test, used by both
 * as an external database), as behind a load balancer: started at the same time (one migrates and
 * creates the first administrator, the other waits), a user logs in on one and goes on with the same
 * session cookie on the other, uploads a ledger through one and assesses it through the other;
 * scheduled clean-up runs on one instance at a time.
 */
class TwoInstancesIntegrationTests {

    private static final String ADMIN_PASSWORD = "two-instances-admin-password";

    private static EmbeddedPostgres server;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() throws Exception {
        server = EmbeddedPostgres.builder().setDataDirectory(TestApplications.newDataDirectory("two-instances-db"))
                .start();
        String url = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres";
        List<CompletableFuture<ConfigurableApplicationContext>> starting = List.of("one", "two").stream()
                .map(name -> CompletableFuture.supplyAsync(() -> TestApplications.start(
                        TestApplications.newDataDirectory("two-instances-" + name),
                        "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--vigie.admin.password=" + ADMIN_PASSWORD)))
                .toList();
        first = starting.get(0).join();
        second = starting.get(1).join();
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext app : new ConfigurableApplicationContext[] {first, second}) {
            if (app != null) {
                app.close();
            }
        }
        if (server != null) {
            server.close();
        }
    }

    private static String base(ConfigurableApplicationContext app) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @Test
    void bothInstancesStartedOnTheOneDatabaseWithOneAdministrator() {
        assertThat(JdbcClient.create(server.getPostgresDatabase())
                .sql("select count(*) from app_user where role = 'ADMIN'").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aSessionStartedOnOneInstanceContinuesOnTheOther() throws Exception {
        String cookie = logIn(first);

        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base(second) + "/workspaces"))
                .header("Cookie", cookie).build());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("admin");
        // without the cookie the second instance asks for a login
        assertThat(send(HttpRequest.newBuilder(URI.create(base(second) + "/workspaces")).build()).statusCode())
                .isEqualTo(302);
    }

    @Test
    void aLedgerUploadedThroughOneInstanceIsAssessedThroughTheOther() throws Exception {
        String cookie = logIn(first);
        String token = csrfToken(second, cookie); // the session's token, read on the other instance
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base(first) + "/api/workspaces"))
                .header("Cookie", cookie).header("X-CSRF-TOKEN", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Two instances " + UUID.randomUUID() + "\"}"))
                .build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created.body());
        assertThat(id.find()).isTrue();
        String workspace = base(second) + "/api/workspaces/" + id.group(1);

        HttpResponse<String> profile = send(HttpRequest.newBuilder(URI.create(workspace + "/profile"))
                .header("Cookie", cookie).header("X-CSRF-TOKEN", token).header("Content-Type", "application/yaml")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        Files.readString(Path.of("..", "examples", "profiles", "french-industrial-group.yaml"))))
                .build());
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);

        String boundary = "----vigie" + UUID.randomUUID();
        byte[] ledger = Files.readAllBytes(Path.of("..", "examples", "ledgers", "groupe-industriel.csv"));
        HttpResponse<String> uploaded = send(HttpRequest.newBuilder(URI.create(
                        base(first) + "/api/workspaces/" + id.group(1) + "/ledgers"))
                .header("Cookie", cookie).header("X-CSRF-TOKEN", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "groupe-industriel.csv", ledger)))
                .build());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

        HttpResponse<String> assessed = send(HttpRequest.newBuilder(URI.create(workspace + "/assessments"))
                .header("Cookie", cookie).header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(201);
        assertThat(assessed.body()).contains("\"ledgerId\"");
    }

    @Test
    void aScheduledCleanUpRunsOnOneInstanceAtATime() throws Exception {
        DatabaseLocks firstLocks = first.getBean(DatabaseLocks.class);
        DatabaseLocks secondLocks = second.getBean(DatabaseLocks.class);
        CompletableFuture<Boolean> secondTried = new CompletableFuture<>();

        boolean firstRan = firstLocks.runIfFree(DatabaseLocks.SESSION_CLEANUP,
                () -> secondTried.complete(secondLocks.runIfFree(DatabaseLocks.SESSION_CLEANUP, () -> { })));

        assertThat(firstRan).isTrue();
        assertThat(secondTried.join()).as("the second instance skips while the first holds the lock").isFalse();
        assertThat(secondLocks.runIfFree(DatabaseLocks.SESSION_CLEANUP, () -> { })).as("released").isTrue();
    }

    /** Logs in as the administrator through the login form; returns the session cookie ({@code name=value}). */
    private String logIn(ConfigurableApplicationContext app) throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base(app) + "/login")).build());
        String cookie = sessionCookie(form);
        String token = hiddenCsrf(form.body());
        HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(base(app) + "/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                        + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build());
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return sessionCookie(done);
    }

    private String csrfToken(ConfigurableApplicationContext app, String cookie) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base(app) + "/workspaces"))
                .header("Cookie", cookie).build());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        return meta.find() ? meta.group(1) : hiddenCsrf(page.body());
    }

    private static String hiddenCsrf(String html) {
        Matcher hidden = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(hidden.find()).as("a CSRF token in the page").isTrue();
        return hidden.group(1);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }
}
