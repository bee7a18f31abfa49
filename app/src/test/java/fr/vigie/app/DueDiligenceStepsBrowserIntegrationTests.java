package fr.vigie.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (headless Chromium) records the OECD steps of a workspace, in English and in French:
 * opens the steps from the workspace's tabs, records tin's sub-step 1.D as implemented with an owner and
 * a linked roadmap action, attaches an evidence file (downloaded, never shown inline), sees the sub-step
 * counted as evidenced and tin's maturity rise, has a javascript: link refused naming the field, and
 * finds the changes in the history. A viewer sees the same page without any form. Screenshots go to
 * target/screenshots/.
 */
@VigieIntegrationTest
class DueDiligenceStepsBrowserIntegrationTests extends BrowserTest {

    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "en", Map.of("saved", "The sub-step is saved.", "added", "Evidence added.",
                    "evidenced", "implemented with evidence", "refused", "Not saved: Link:",
                    "heading", "OECD due diligence steps", "tin", "Tin supply chain (downstream)"),
            "fr", Map.of("saved", "La sous-étape est enregistrée.", "added", "Preuve ajoutée.",
                    "evidenced", "mise en œuvre et prouvée", "refused", "Non enregistré : Lien :",
                    "heading", "Étapes du devoir de diligence OCDE", "tin", "Filière Étain (aval)"));

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;

    DueDiligenceStepsBrowserIntegrationTests() {
        super(1200, 900, Duration.ofSeconds(60));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void recordASubStepWithEvidenceAndSeeTheMaturity(String lang) throws Exception {
        Map<String, String> text = TEXTS.get(lang);
        String analyst = WorkspaceFixtures.newName("steps-" + lang);
        String viewer = WorkspaceFixtures.newName("steps-viewer-" + lang);
        long workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        accounts.create(viewer, "password-" + viewer, Role.ANALYST);
        workspaces.putMember(workspace, viewer, WorkspaceRole.VIEWER);
        String base = "http://localhost:" + port;
        login(base, lang, analyst);

        Path ledger = Path.of("target", "steps-" + lang + ".csv").toAbsolutePath();
        Files.writeString(ledger, WorkspaceFixtures.LEDGER);
        browser.get(base + "/workspaces/" + workspace + "/ledgers");
        browser.findElement(By.id("ledger-file")).sendKeys(ledger.toString());
        browser.findElement(By.id("ledger-upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-imported")));
        browser.findElement(By.id("tab-assessments")).click();
        browser.findElement(By.id("run-assessment")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("export-pdf")));

        // the steps, from the workspace's tabs: the company and the three filieres, nothing recorded yet
        browser.findElement(By.id("tab-due-diligence")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dd-maturity")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(text.get("heading"));
        for (String scope : List.of("company", "cobalt", "tin", "copper")) {
            assertThat(browser.findElement(By.id("maturity-" + scope)).getText()).contains("0 / 100");
        }
        browser.findElement(By.cssSelector("#maturity-tin a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scope-heading"), text.get("tin")));

        // 1.D: implemented, owner, a roadmap action linked
        open("edit-1d");
        new Select(browser.findElement(By.id("status-1d"))).selectByValue("implemented");
        browser.findElement(By.id("owner-1d")).sendKeys("Claire (purchasing)");
        Select actions = new Select(browser.findElement(By.id("actions-select-1d")));
        String actionTitle = actions.getOptions().getFirst().getText();
        actions.selectByIndex(0);
        browser.findElement(By.id("save-1d")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dd-status"), text.get("saved")));
        assertThat(browser.findElement(By.id("substep-1d")).getText()).contains("Claire (purchasing)");
        assertThat(browser.findElement(By.id("actions-1d")).getText()).contains(actionTitle);

        // an evidence file: listed, downloaded as an attachment; the sub-step is now evidenced
        open("edit-1d");
        Path pdf = Path.of("target", "supplier-letter-" + lang + ".pdf").toAbsolutePath();
        Files.write(pdf, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.findElement(By.id("file-1d")).sendKeys(pdf.toString());
        browser.findElement(By.id("upload-1d")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dd-status"), text.get("added")));
        WebElement link = browser.findElement(By.linkText("supplier-letter-" + lang + ".pdf"));
        assertThat(link.getAttribute("download")).isNotNull();
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                        .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(browser.findElement(By.id("level-1d")).getText()).isEqualTo(text.get("evidenced"));
        // tin, downstream: step 1 has 3 of 15 points = 20, the others 0: (20 + 0 + 0 + 0 + 0) / 5 = 4
        assertThat(browser.findElement(By.id("maturity-tin")).getText()).contains("4 / 100");
        screenshot("due-diligence-steps-" + lang + ".png");

        // a javascript: link is refused, naming the field
        open("edit-1d");
        browser.findElement(By.id("url-1d")).sendKeys("javascript:alert(1)");
        browser.findElement(By.id("link-1d")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dd-status"), text.get("refused")));

        // the history lists who changed what
        browser.findElement(By.id("dd-history")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dd-audit"), analyst));
        assertThat(browser.findElement(By.id("dd-audit")).getText()).contains("supplier-letter-" + lang + ".pdf");

        // a viewer reads the same, without any form
        browser.manage().deleteAllCookies();
        login(base, lang, viewer);
        browser.get(base + "/workspaces/" + workspace + "/due-diligence?scope=tin");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("read-only-note")));
        assertThat(browser.findElement(By.id("level-1d")).getText()).isEqualTo(text.get("evidenced"));
        assertThat(browser.findElements(By.tagName("form")).stream()
                .filter(f -> f.getAttribute("action").contains("/due-diligence/"))).isEmpty();
    }

    private void login(String base, String lang, String name) {
        browser.get(base + "/login?lang=" + lang);
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys("password-" + name);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    /** Opens the disclosure of a summary (a click would close one the page opened). */
    private void open(String summaryId) {
        WebElement summary = browser.findElement(By.id(summaryId));
        WebElement details = summary.findElement(By.xpath(".."));
        if (details.getAttribute("open") == null) {
            summary.click();
        }
    }

    private void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of(System.getProperty(WorkspaceBrowserIntegrationTests.SCREENSHOTS,
                "target/screenshots")));
        Files.write(directory.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
