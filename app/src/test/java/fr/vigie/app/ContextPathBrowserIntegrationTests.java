package fr.vigie.app;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vigie deployed under a servlet context path ({@code server.servlet.context-path=/vigie}, as behind a
 * reverse proxy at {@code https://intranet.example/vigie}), on a real server. Over HTTP, as the demo
 * user (a reader: the kept sections of readers) and as the administrator (an editor: the forms, the
 * administration pages, the grievance cases of which it is made a handler): every main page, in English and in French, writes every local address of its
 * links, images, scripts, forms and htmx requests under {@code /vigie/}, and every distinct local
 * address a page links to (GET only: links, scripts, images, style sheets, the maps' shapes; not the
 * logout, not the forms, which need their fields) answers without an error. In headless Chromium: log in under {@code /vigie}, open the dashboard, its charts
 * are drawn with no script error and every static file loaded. One class, one more application
 * context (its own embedded PostgreSQL): both checks share it.
 */
@VigieIntegrationTest
@TestPropertySource(properties = "server.servlet.context-path=" + ContextPathBrowserIntegrationTests.CONTEXT_PATH)
class ContextPathBrowserIntegrationTests {

    static final String CONTEXT_PATH = "/vigie";
    /** The shared demo workspace's name ({@code DemoWorkspace.NAME}), with an assessment at start. */
    static final String DEMO = "Groupe Industriel Exemple SA (demo)";

    /**
     * The main pages ({@code {ws}}: the demo workspace, {@code {assessment}}: its latest assessment), the
     * list of bench/web-dashboard.sh with {@code PAGES=all} and the other pages of the workspace tabs and
     * of the navigation.
     */
    static final List<String> PAGES = List.of("/", "/workspaces", "/workspaces/{ws}", "/workspaces/{ws}/roadmap",
            "/workspaces/{ws}/roadmap/history", "/workspaces/{ws}/assessments", "/workspaces/{ws}/assessments/{assessment}",
            "/workspaces/{ws}/ledgers", "/workspaces/{ws}/profile", "/workspaces/{ws}/regulations",
            "/workspaces/{ws}/solutions", "/workspaces/{ws}/due-diligence", "/workspaces/{ws}/due-diligence/history",
            "/workspaces/{ws}/reports", "/workspaces/{ws}/suppliers", "/workspaces/{ws}/campaigns",
            "/workspaces/{ws}/declarations", "/workspaces/{ws}/members", "/minerals", "/minerals/cobalt", "/countries",
            "/countries/CD", "/regulations", "/regulations/as-of", "/methodology", "/account/password");
    /**
     * The administrator's pages besides {@link #PAGES}: it is made a case handler of the demo workspace,
     * which has a grievance report filed through its public form ({@code {key}}).
     */
    static final List<String> ADMIN_PAGES = List.of("/admin/users", "/admin/first-run", "/methodology/new",
            "/workspaces/{ws}/grievances", "/workspaces/{ws}/grievances/audit", "/grievance/{key}");

    /**
     * Addresses in attributes (double-quoted, as Thymeleaf writes them): links, sources, htmx requests,
     * the maps' shapes. A form's {@code action} is read with its method ({@link #FORM}).
     */
    private static final Pattern ADDRESS =
            Pattern.compile("\\s(href|src|formaction|hx-get|hx-post|hx-put|hx-patch|hx-delete|data-geo)=\"([^\"]*)\"");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>");
    private static final Pattern ACTION = Pattern.compile("\\saction=\"([^\"]*)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private static final Pattern FIRST_ID = Pattern.compile("^\\[\\{\"id\":(\\d+)");

    /** Records the page's script errors, failed static files and failed requests before any script runs. */
    private static final String RECORDER = "window.__errors = [];"
            + "window.addEventListener('error', function (e) {"
            + "  var t = e.target;"
            + "  window.__errors.push(t && t !== window ? 'not loaded: ' + (t.src || t.href) : 'error: ' + e.message);"
            + "}, true);"
            + "window.addEventListener('unhandledrejection', function (e) { window.__errors.push('rejected: ' + e.reason); });"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__errors.push('policy: ' + e.violatedDirective + ' ' + e.blockedURI);"
            + "});";

    @LocalServerPort
    int port;
    @Autowired
    Workspaces workspaces;

    @Test
    void everyMainPageWritesItsAddressesUnderTheContextPathAndEachAnswers() throws Exception {
        long ws = workspaces.findByName(DEMO).orElseThrow().id();
        Session demo = login("demo", "demo");
        Session admin = login(VigieIntegrationTest.ADMIN_USERNAME, VigieIntegrationTest.ADMIN_PASSWORD);
        // the grievance case list answers the workspace's case handlers only: the administrator becomes one,
        // and a report is filed through the public form, so that the list has a case to link
        workspaces.putMember(ws, VigieIntegrationTest.ADMIN_USERNAME, WorkspaceRole.ADMIN);
        workspaces.setCaseHandler(ws, VigieIntegrationTest.ADMIN_USERNAME, true);
        String key = workspaces.grievanceKey(ws);
        fileGrievance(root() + "grievance/" + key);
        Matcher first = FIRST_ID.matcher(demo.get(root() + "api/workspaces/" + ws + "/assessments").body());
        assertThat(first.find()).as("the demo workspace's assessments").isTrue();
        String assessment = first.group(1);

        List<String> misplaced = new ArrayList<>();
        // each local address to follow, with the session of the first page that linked it
        Map<URI, Session> linked = new LinkedHashMap<>();
        Map<String, String> pages = new LinkedHashMap<>();
        // the administrator first: a link both see is followed as the one who may open most
        for (Session session : List.of(admin, demo)) {
            List<String> paths = new ArrayList<>(PAGES);
            if (session == admin) {
                paths.addAll(ADMIN_PAGES);
            }
            for (String path : paths) {
                for (String lang : List.of("en", "fr")) {
                    String address = root() + path.substring(1).replace("{ws}", String.valueOf(ws))
                            .replace("{assessment}", assessment).replace("{key}", key) + "?lang=" + lang;
                    HttpResponse<String> page = session.getFollowing(address, misplaced);
                    String where = session.username + " " + path + " (" + lang + ")";
                    assertThat(page.statusCode()).as(where).isEqualTo(200);
                    pages.put(session.username + " " + path.replace("{ws}", String.valueOf(ws)) + " " + lang, page.body());
                    for (URI local : addresses(page, where, misplaced)) {
                        linked.putIfAbsent(local, session);
                    }
                }
            }
        }
        assertThat(misplaced).as("addresses outside " + CONTEXT_PATH + "/").isEmpty();

        // the kept sections were there, their links written under the context path
        String w = CONTEXT_PATH + "/workspaces/" + ws;
        assertThat(pages.get("demo / en")).contains("href=\"" + w + "\"", "href=\"" + w + "/roadmap\"");
        assertThat(pages.get("demo " + "/workspaces/" + ws + "/reports fr"))
                .contains("src=\"" + w + "/reports/", "href=\"" + w + "/regulations#text-");
        assertThat(pages.get("demo " + "/workspaces/" + ws + "/due-diligence en"))
                .contains("href=\"" + w + "/due-diligence?scope=");
        assertThat(pages.get("admin " + "/workspaces/" + ws + "/due-diligence en"))
                .contains("href=\"" + w + "/due-diligence?scope=");
        assertThat(pages.get("demo /regulations fr")).contains("href=\"" + CONTEXT_PATH + "/minerals/cobalt\"");
        // the dashboard's kept figures (their link to the texts that apply) and roadmap progress
        assertThat(pages.get("demo " + "/workspaces/" + ws + " en"))
                .contains("<p><a href=\"" + w + "/regulations\"", "href=\"" + w + "/roadmap\" id=\"progress-total\"");
        assertThat(pages.get("demo /workspaces en")).contains("href=\"" + CONTEXT_PATH + "/minerals\"");
        assertThat(pages.get("admin " + "/workspaces/" + ws + "/grievances fr")).contains("href=\"" + w + "/grievances/");

        // one level down: every distinct local address answers (GET only, logout left out)
        List<String> failed = new ArrayList<>();
        for (Map.Entry<URI, Session> link : linked.entrySet()) {
            HttpResponse<String> answer = link.getValue().getFollowing(link.getKey().toString(), misplaced);
            if (answer.statusCode() >= 400) {
                failed.add(answer.statusCode() + " " + link.getKey() + " (" + link.getValue().username + ")");
            }
        }
        assertThat(linked.keySet()).as("local addresses followed").hasSizeGreaterThan(100);
        assertThat(failed).as("local addresses that do not answer").isEmpty();
        assertThat(misplaced).as("redirections outside " + CONTEXT_PATH + "/").isEmpty();

        // the load balancer's health check, and what the API creates, under the context path too
        HttpClient script = HttpClient.newHttpClient();
        assertThat(script.send(HttpRequest.newBuilder(URI.create(root() + "actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        String credentials = Base64.getEncoder().encodeToString((VigieIntegrationTest.ADMIN_USERNAME + ":"
                + VigieIntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = script.send(HttpRequest.newBuilder(URI.create(root() + "api/workspaces"))
                .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Under a context path\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .matches(Pattern.quote(CONTEXT_PATH) + "/api/workspaces/\\d+"));
    }

    @Test
    void theDashboardDrawsItsChartsUnderTheContextPath() throws IOException {
        long ws = workspaces.findByName(DEMO).orElseThrow().id();
        ChromeDriver browser = HeadlessChromium.start(1280, 1000);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
            browser.get(root() + "login?lang=en");
            browser.findElement(By.id("username")).sendKeys("demo");
            browser.findElement(By.id("password")).sendKeys("demo");
            browser.findElement(By.id("login")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
            assertThat(browser.getCurrentUrl()).startsWith(root());
            assertThat(errors(browser)).as("home page").asList().isEmpty();

            // to the dashboard through the kept card of the home page
            browser.findElement(By.cssSelector("#portfolio-" + ws + " h3 a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("charts-heading")));
            assertThat(browser.getCurrentUrl()).isEqualTo(root() + "workspaces/" + ws);
            for (String chart : List.of("ranking", "stages", "categories", "heat", "trend", "origin", "refining")) {
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-" + chart + " svg path")));
                assertThat(browser.findElement(By.id("chart-" + chart)).isDisplayed()).as(chart).isTrue();
            }
            // the style sheet applied, and every static file of the page came from under the context path
            assertThat(browser.executeScript("return document.styleSheets.length")).isNotEqualTo(0L);
            Object resources = browser.executeScript("return performance.getEntriesByType('resource')"
                    + ".map(function (r) { return r.name + ' ' + r.responseStatus; })");
            assertThat(resources).asList().isNotEmpty().allSatisfy(r -> assertThat(r.toString())
                    .startsWith(root()).endsWith(" 200"));
            assertThat(resources).asList().anySatisfy(r -> assertThat(r.toString()).contains("/assets/js/dashboard"))
                    .anySatisfy(r -> assertThat(r.toString()).contains("/assets/vendor/echarts/"))
                    .anySatisfy(r -> assertThat(r.toString()).contains("/assets/data/world-110m"));
            assertThat(errors(browser)).as("dashboard").asList().isEmpty();
        } finally {
            browser.quit();
        }
    }

    /** The application's root address: {@code http://localhost:<port>/vigie/}. */
    private String root() {
        return "http://localhost:" + port + CONTEXT_PATH + "/";
    }

    private static Object errors(ChromeDriver browser) {
        return browser.executeScript("return window.__errors");
    }

    /**
     * The local addresses of the page to follow; an address of the page outside the context path is
     * added to {@code misplaced}.
     */
    private Set<URI> addresses(HttpResponse<String> page, String where, List<String> misplaced) {
        Set<URI> follow = new LinkedHashSet<>();
        Matcher m = ADDRESS.matcher(page.body());
        while (m.find()) {
            String attribute = m.group(1);
            boolean get = Set.of("href", "src", "hx-get", "data-geo").contains(attribute);
            local(page.uri(), m.group(2), where + " " + attribute, misplaced).filter(u -> get).ifPresent(follow::add);
        }
        // a form's address is checked, not followed: a form sent with GET needs its fields
        Matcher forms = FORM.matcher(page.body());
        while (forms.find()) {
            Matcher action = ACTION.matcher(forms.group(1));
            if (action.find()) {
                local(page.uri(), action.group(1), where + " form", misplaced);
            }
        }
        return follow;
    }

    /**
     * The address {@code value} written in the page at {@code base}, resolved, without its fragment, when
     * it is local (this server) and not the logout; empty for another site, a fragment of the page, a
     * data address. A local address outside the context path is added to {@code misplaced}.
     */
    private Optional<URI> local(URI base, String value, String where, List<String> misplaced) {
        String address = value.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
        String server = "http://localhost:" + port + "/";
        boolean elsewhere = address.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !address.startsWith(server);
        if (address.isEmpty() || address.startsWith("#") || address.startsWith("//") || elsewhere) {
            return Optional.empty();
        }
        if (address.startsWith("/") && !address.startsWith(CONTEXT_PATH + "/")) {
            misplaced.add(where + ": " + value);
            return Optional.empty();
        }
        // a query alone ("?lang=fr", the language switch) is the page's own path with that query
        URI resolved = address.startsWith("?")
                ? URI.create(base.toString().replaceFirst("[?#].*$", "") + address)
                : base.resolve(address.replace(" ", "%20"));
        if (!resolved.getRawPath().startsWith(CONTEXT_PATH + "/")) {
            misplaced.add(where + ": " + value);
            return Optional.empty();
        }
        if (resolved.getRawPath().equals(CONTEXT_PATH + "/logout")) {
            return Optional.empty();
        }
        return Optional.of(URI.create(resolved.toString().replaceFirst("#.*$", "")));
    }

    /** Files an anonymous grievance report through the public form at {@code address}, as anyone can. */
    private void fileGrievance(String address) throws IOException, InterruptedException {
        Session anyone = new Session("anyone");
        HttpResponse<String> form = anyone.get(address + "?lang=en");
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the grievance form's CSRF token").isTrue();
        String body = "category=environment&country=CD&mineral=cobalt&anonymous=true&description="
                + URLEncoder.encode("River pollution downstream of a cobalt mine, seen in October.", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = anyone.client.send(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("grievance filed").isIn(200, 201, 302, 303);
    }

    /** Logs a user in over HTTP, through the login page's form, under the context path. */
    private Session login(String username, String password) throws IOException, InterruptedException {
        Session session = new Session(username);
        HttpResponse<String> form = session.get(root() + "login?lang=en");
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        assertThat(form.body()).contains("action=\"" + CONTEXT_PATH + "/login\"");
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = session.client.send(HttpRequest.newBuilder(URI.create(root() + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(username + " logged in").isEqualTo(302);
        // the session cookie goes to Vigie's path only, not to the other applications of the site
        assertThat(answer.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").containsIgnoringCase("Path=" + CONTEXT_PATH + ";"));
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith(root())
                .doesNotContain("error"));
        return session;
    }

    /** A user's HTTP client with its own cookies (session, language), following no redirection by itself. */
    private final class Session {

        final String username;
        final HttpClient client;

        Session(String username) {
            this.username = username;
            this.client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        }

        HttpResponse<String> get(String address) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(120)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /**
         * The answer at {@code address} after its redirections (at most five), each of which must lead
         * under the context path (else added to {@code misplaced}).
         */
        HttpResponse<String> getFollowing(String address, List<String> misplaced) throws IOException, InterruptedException {
            HttpResponse<String> answer = get(address);
            for (int i = 0; i < 5 && answer.statusCode() / 100 == 3; i++) {
                String location = answer.headers().firstValue("Location").orElseThrow();
                URI next = answer.uri().resolve(location);
                if (!next.toString().startsWith(root())) {
                    misplaced.add("redirection of " + address + " to " + location);
                    return answer;
                }
                answer = get(next.toString());
            }
            return answer;
        }
    }
}
