package fr.vigie.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Text;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports page in a real browser (headless Chromium): before any assessment it says so and links
 * to the assessments; after one, in French then in English, it lists the four reports with their
 * texts, previews the chosen one in its sandboxed frame, and its download links give the files (a DOCX
 * fetched with the browser's session is read back). Screenshots go to {@code target/screenshots/}.
 */
@VigieIntegrationTest
class ReportsBrowserIntegrationTests extends BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;

    ReportsBrowserIntegrationTests() {
        super(1280, 1000, Duration.ofSeconds(60));
    }

    private static String title(String kind, Locale locale) {
        return Messages.of(locale).render(Text.of("filing." + kind + ".title"));
    }

    @Test
    void aMemberPreviewsAndDownloadsTheReportsInFrenchAndEnglish() throws Exception {
        String analyst = WorkspaceFixtures.newName("browser-reports");
        long workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        String base = "http://localhost:" + port;
        browser.get(base + "/login?lang=fr");
        browser.findElement(By.id("username")).sendKeys(analyst);
        browser.findElement(By.id("password")).sendKeys("password-" + analyst);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

        // no assessment yet: the page says so and leads to the assessments
        browser.get(base + "/workspaces/" + workspace);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-reports"))).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reports-none"))).getText())
                .contains("pas encore d'évaluation");
        assertThat(browser.findElements(By.id("preview-frame"))).isEmpty();
        screenshot("reports-none-fr.png");

        Path ledger = Path.of("target", "reports-ledger.csv").toAbsolutePath();
        Files.writeString(ledger, WorkspaceFixtures.LEDGER);
        browser.get(base + "/workspaces/" + workspace + "/ledgers");
        browser.findElement(By.id("ledger-file")).sendKeys(ledger.toString());
        browser.findElement(By.id("ledger-upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-imported")));
        browser.get(base + "/workspaces/" + workspace + "/reports");
        browser.findElement(By.id("reports-run")).click();
        browser.findElement(By.id("run-assessment")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("export-pdf")));

        // in French: the four reports, their texts, the first one previewed in its frame
        browser.findElement(By.id("tab-reports")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1"))).getText())
                .isEqualTo("Rapports à déposer ou publier");
        assertThat(browser.findElements(By.cssSelector("article.report-kind"))).hasSize(4);
        assertThat(browser.findElement(By.id("report-vigilance-plan")).getText())
                .contains("Plan de vigilance (chaînes d'approvisionnement en minerais)", "Exigé par",
                        "Word (DOCX)", "PDF", "HTML");
        assertThat(browser.findElement(By.id("regulation-eu-cmr-annual")).getAttribute("href"))
                .endsWith("/workspaces/" + workspace + "/regulations#text-eu-conflict-minerals");
        assertThat(browser.getPageSource()).doesNotContain("??");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("preview-frame")));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1"))).getText())
                .isEqualTo(title("vigilance-plan", Locale.FRENCH));
        browser.switchTo().defaultContent();
        screenshot("reports-fr.png");

        // another report's preview
        browser.findElement(By.id("preview-link-batteries-dd")).click();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("preview-frame")));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1"))).getText())
                .isEqualTo(title("batteries-dd", Locale.FRENCH));
        browser.switchTo().defaultContent();

        // the DOCX link with the browser's session: an attachment in French
        String href = browser.findElement(By.id("download-batteries-dd-docx")).getAttribute("href");
        HttpResponse<byte[]> docx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue()
                        + "; vigie-lang=fr").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("filename*=UTF-8''batteries-dd%20");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(new XWPFWordExtractor(document).getText()).contains(title("batteries-dd", Locale.FRENCH));
        }

        // in English
        browser.get(base + "/workspaces/" + workspace + "/reports?lang=en");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1"))).getText())
                .isEqualTo("Reports to file or publish");
        assertThat(browser.findElement(By.id("report-form-sd")).getText())
                .contains("US Form SD (draft)", "Required by", "Word (DOCX)");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("preview-frame")));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1"))).getText())
                .isEqualTo(title("vigilance-plan", Locale.ENGLISH));
        browser.switchTo().defaultContent();
        screenshot("reports-en.png");
    }

    private void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of(System.getProperty(WorkspaceBrowserIntegrationTests.SCREENSHOTS,
                "target/screenshots")));
        Files.write(directory.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
