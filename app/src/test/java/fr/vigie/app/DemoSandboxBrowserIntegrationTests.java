package fr.vigie.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import fr.vigie.app.workspace.Workspaces;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo user's journey in a real browser, in English and in French, as a newcomer makes it on a
 * demo server: log in with the public demo account, open the sandbox workspace made for it, import
 * the example ledger, run an assessment, see the dashboard's charts (each drawn, with its data
 * table), and create a roadmap action of its own. The shared demo workspace stays read-only (no
 * upload form there). Screenshots go to target/screenshots/ (docs/screenshots/ with
 * {@code -Dvigie.test.screenshots=../docs/screenshots}).
 */
@VigieIntegrationTest
class DemoSandboxBrowserIntegrationTests extends BrowserTest {

    /** The sandbox's name ({@code DemoWorkspace.SANDBOX_NAME}). */
    static final String SANDBOX = "Sandbox: try Vigie here (demo, reset at every start)";
    /** The shared demo workspace's name ({@code DemoWorkspace.NAME}). */
    static final String DEMO = "Groupe Industriel Exemple SA (demo)";

    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "en", Map.of("imported", "imported", "dashboard", "Dashboard:", "charts", "At a glance",
                    "action", "Ask our cobalt refiner for its RMAP audit report"),
            "fr", Map.of("imported", "importé", "dashboard", "Tableau de bord :", "charts", "En un coup d'œil",
                    "action", "Demander à notre affineur de cobalt son rapport d'audit RMAP"));

    @LocalServerPort
    int port;
    @Autowired
    Workspaces workspaces;

    DemoSandboxBrowserIntegrationTests() {
        super(1280, 1000, Duration.ofSeconds(90));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theDemoUserTriesTheWholeJourneyInItsSandbox(String lang) throws IOException {
        Map<String, String> text = TEXTS.get(lang);
        long sandbox = workspaces.findByName(SANDBOX).orElseThrow().id();
        long demo = workspaces.findByName(DEMO).orElseThrow().id();
        String base = "http://localhost:" + port;
        browser.get(base + "/login?lang=" + lang);
        browser.findElement(By.id("username")).sendKeys("demo");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

        // the shared demo workspace is read-only: no upload form
        browser.get(base + "/workspaces/" + demo + "/ledgers");
        assertThat(browser.findElements(By.id("ledger-upload"))).isEmpty();

        // the sandbox, from the list of workspaces
        browser.findElement(By.id("nav-workspaces")).click();
        browser.findElement(By.linkText(SANDBOX)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tab-ledgers"))).click();
        browser.findElement(By.id("ledger-file")).sendKeys(exampleLedger(lang).toString());
        browser.findElement(By.id("ledger-upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-imported")));
        assertThat(browser.findElement(By.id("ledger-imported")).getText()).contains(text.get("imported"));
        assertThat(browser.getCurrentUrl()).contains("/workspaces/" + sandbox + "/");

        browser.findElement(By.id("tab-assessments")).click();
        browser.findElement(By.id("run-assessment")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("export-pdf")));

        browser.findElement(By.id("tab-dashboard")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), text.get("dashboard")));
        assertThat(browser.findElement(By.id("charts-heading")).getText()).isEqualTo(text.get("charts"));
        for (String chart : List.of("ranking", "stages", "categories", "heat", "trend", "origin", "refining")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-" + chart + " svg path")));
            assertThat(browser.findElement(By.id("chart-" + chart)).isDisplayed()).as(chart).isTrue();
        }
        for (String table : List.of("ranking", "stages", "categories", "sourcing", "trend")) {
            assertThat(browser.findElements(By.cssSelector("#table-" + table + " tbody tr"))).as(table).isNotEmpty();
        }
        ((ChromeDriver) browser).executeScript("document.getElementById('charts-heading').scrollIntoView()");
        screenshot("sandbox-dashboard-" + lang + ".png");

        // an action of its own on the roadmap
        browser.findElement(By.id("tab-roadmap")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("add-form")));
        browser.findElement(By.id("new-title")).sendKeys(text.get("action"));
        new Select(browser.findElement(By.id("new-horizon"))).selectByValue("short");
        browser.findElement(By.id("add-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("horizon-short"), text.get("action")));
        assertThat(browser.getPageSource()).doesNotContain("??");
        screenshot("sandbox-roadmap-" + lang + ".png");
    }

    private static Path exampleLedger(String lang) throws IOException {
        Path file = Path.of("target", "sandbox-" + lang + "-groupe-industriel.csv").toAbsolutePath();
        try (InputStream in = DemoSandboxBrowserIntegrationTests.class
                .getResourceAsStream("/demo/ledgers/groupe-industriel.csv")) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of(System.getProperty(WorkspaceBrowserIntegrationTests.SCREENSHOTS,
                "target/screenshots")));
        Files.write(directory.resolve(name), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
