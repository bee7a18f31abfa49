package fr.vigie.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.workspace.Workspaces;
import fr.vigie.app.workspace.WorkspaceRole;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's headless Chromium and chromedriver) goes through a company workspace as
 * an analyst: logs in, uploads the example ledger and reads the import report, runs an assessment,
 * opens the dashboard, moves a roadmap action with the keyboard (htmx, in place), downloads the PDF
 * report, switches to French and back. Screenshots of the ledger import report, the dashboard and the
 * roadmap are written to target/screenshots/ (docs/screenshots/ with
 * {@code -Dvigie.test.screenshots=../docs/screenshots}). Skipped when the browser is not installed, unless
 * {@code VIGIE_REQUIRE_BROWSER=true} (CI).
 */
@VigieIntegrationTest
class WorkspaceBrowserIntegrationTests extends BrowserTest {

    static final String DEMO_WORKSPACE = "Groupe Industriel Exemple SA (demo)";
    /**
     * Where the screenshots go: {@code target/screenshots} unless this system property names another
     * directory; {@code -Dvigie.test.screenshots=../docs/screenshots} refreshes the committed ones.
     */
    static final String SCREENSHOTS = "vigie.test.screenshots";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;

    WorkspaceBrowserIntegrationTests() {
        super(1200, 900, Duration.ofSeconds(60));
    }

    @Test
    void analystImportsAssessesReadsTheDashboardMovesAnActionAndDownloadsThePdf() throws Exception {
        String analyst = "browser-analyst";
        accounts.create(analyst, "browser-analyst-password", Role.ANALYST);
        long demo = workspaces.findByName(DEMO_WORKSPACE).orElseThrow().id();
        workspaces.putMember(demo, analyst, WorkspaceRole.ANALYST);
        String base = "http://localhost:" + port;

        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(analyst);
        browser.findElement(By.id("password")).sendKeys("browser-analyst-password");
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

        // the workspace list, then the ledger section
        browser.findElement(By.id("nav-workspaces")).click();
        browser.findElement(By.linkText(DEMO_WORKSPACE)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tab-ledgers"))).click();
        // a file with bad lines first: nothing imported, each line with its reason
        Path bad = Path.of("target", "achats-errones.csv").toAbsolutePath();
        Files.writeString(bad, "item,material,mass_kg,origin_country\npack,cobalt,120,CD\nsolder,unobtainium,5,\n"
                + "cable,copper,-3,\nmagnet,neodymium,12,Atlantis\n");
        browser.findElement(By.id("ledger-file")).sendKeys(bad.toString());
        browser.findElement(By.id("ledger-upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-errors")));
        assertThat(browser.findElement(By.id("ledger-rejected")).getText()).contains("Nothing was imported");
        assertThat(browser.findElements(By.cssSelector("#report-errors tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
        screenshot("ledger-import-rejected.png");
        browser.findElement(By.id("ledger-file")).sendKeys(exampleLedger().toString());
        browser.findElement(By.id("ledger-upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-report")));
        assertThat(browser.findElement(By.id("ledger-imported")).getText()).contains("imported");
        assertThat(browser.findElement(By.id("report-accepted")).getText()).isEqualTo("10");
        assertThat(browser.findElement(By.id("report-invalid")).getText()).isEqualTo("0");
        screenshot("ledger-import.png");

        // run an assessment: its report page
        browser.findElement(By.id("tab-assessments")).click();
        browser.findElement(By.id("run-assessment")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("export-pdf")));
        String assessmentUrl = browser.getCurrentUrl();

        // the dashboard: figures, charts each with its table, ranking and heatmap behind "Explain";
        // a figure's explanation opens with the keyboard
        browser.findElement(By.id("tab-dashboard")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ranking")));
        assertChartsDrawnWithTheirTables();
        assertThat(browser.findElements(By.cssSelector("#ranking tbody tr"))).hasSizeGreaterThan(3);
        assertThat(browser.findElements(By.cssSelector("#heatmap td.level"))).isNotEmpty();
        assertThat(browser.findElement(By.id("ranking")).isDisplayed()).isFalse();
        browser.findElement(By.cssSelector("#explain-ranking summary")).click();
        assertThat(browser.findElement(By.id("ranking")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#table-ranking thead")).getAttribute("textContent"))
                .contains("Supply chain", "Volume", "Risk exposure");
        scrollTo("charts-heading");
        screenshot("dashboard.png");
        scrollTo("card-sourcing");
        screenshot("dashboard-sourcing.png");
        WebElement summary = browser.findElement(By.cssSelector("#figure-volume summary"));
        summary.sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.cssSelector("#figure-volume details")).getAttribute("open") != null);
        assertThat(browser.findElement(By.cssSelector("#figure-volume details")).getText()).contains("groupe-industriel.csv");
        scrollTo("card-heat");
        screenshot("dashboard-heatmap.png");

        // the roadmap: move the first short-term action to long term, in progress, with the keyboard (htmx)
        browser.findElement(By.id("tab-roadmap")).click();
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#horizon-short article.action")));
        String id = card.getAttribute("id").substring("action-".length());
        browser.findElement(By.id("edit-" + id)).sendKeys(Keys.ENTER);
        browser.findElement(By.id("owner-" + id)).sendKeys("Claire (purchasing)");
        new Select(browser.findElement(By.id("status-" + id))).selectByValue("in_progress");
        new Select(browser.findElement(By.id("horizon-select-" + id))).selectByValue("long");
        browser.findElement(By.id("save-" + id)).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#horizon-long #action-" + id)));
        assertThat(browser.findElement(By.id("board-status")).getText()).isEqualTo("The action is saved.");
        // swapped in place by htmx: no page load (the plain form would redirect to .../roadmap#action-{id})
        assertThat(browser.getCurrentUrl()).endsWith("/roadmap");
        assertThat(browser.findElement(By.id("owner-" + id)).getAttribute("value")).isEqualTo("Claire (purchasing)");
        scrollTo("main");
        screenshot("roadmap.png");
        browser.findElement(By.id("roadmap-history")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit"), "Claire (purchasing)"));

        // the PDF report, with the browser's session
        browser.get(assessmentUrl);
        String pdfUrl = browser.findElement(By.id("export-pdf")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfUrl))
                .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // French and back
        browser.findElement(By.id("tab-dashboard")).click();
        browser.findElement(By.linkText("FR")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Tableau de bord :"));
        assertThat(browser.findElement(By.id("ranking-heading")).getText()).isEqualTo("Les filières à traiter en premier");
        assertChartsDrawnWithTheirTables();
        assertThat(browser.findElement(By.cssSelector("#table-ranking thead")).getAttribute("textContent"))
                .contains("Filière", "Score");
        assertThat(browser.findElement(By.id("charts-heading")).getText()).isEqualTo("En un coup d'œil");
        scrollTo("charts-heading");
        screenshot("dashboard-fr.png");
        browser.findElement(By.linkText("EN")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard:"));
        Cookie lang = browser.manage().getCookieNamed("vigie-lang");
        assertThat(List.of(lang.getValue())).containsExactly("en");
    }

    /** Every chart of the dashboard is drawn (an SVG with shapes) and has its data table. */
    private void assertChartsDrawnWithTheirTables() {
        for (String chart : List.of("ranking", "stages", "categories", "heat", "trend", "origin", "refining")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-" + chart + " svg path")));
            assertThat(browser.findElement(By.id("chart-" + chart)).isDisplayed()).as(chart).isTrue();
        }
        for (String table : List.of("ranking", "stages", "categories", "sourcing", "trend")) {
            assertThat(browser.findElements(By.cssSelector("#table-" + table + " tbody tr"))).as(table).isNotEmpty();
        }
        // the heatmap chart's table is the heatmap under "Explain the heatmap"
        assertThat(browser.findElements(By.cssSelector("#explain-heatmap #heatmap tbody tr"))).isNotEmpty();
    }

    private static Path exampleLedger() throws IOException {
        Path file = Path.of("target", "groupe-industriel.csv").toAbsolutePath();
        try (InputStream in = WorkspaceBrowserIntegrationTests.class
                .getResourceAsStream("/demo/ledgers/groupe-industriel.csv")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private void scrollTo(String id) {
        ((ChromeDriver) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of(System.getProperty(SCREENSHOTS, "target/screenshots")));
        Files.write(directory.resolve(name), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
