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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (headless Chromium) uses the roadmap the company owns, in English and in French: adds
 * an action of its own, edits it with a comment, attaches an evidence file (downloaded, never shown
 * inline), sees generated actions retired with their reason after a ledger without tin is imported and
 * assessed, and removes its own action after the confirmation step. Screenshots go to
 * target/screenshots/ (see {@link WorkspaceBrowserIntegrationTests#SCREENSHOTS}).
 */
@VigieIntegrationTest
class RoadmapBrowserIntegrationTests extends BrowserTest {

    /** The texts checked, per language. */
    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "en", Map.of("added", "The action is added.", "saved", "The action is saved.",
                    "evidence", "The file is added.", "gone", "The mineral is no longer in the purchase ledger.",
                    "removed", "The action is removed; its history stays.", "inProgress", "In progress",
                    "obligationGone", "The obligation no longer applies to the company, or is in place."),
            "fr", Map.of("added", "L'action est ajoutée.", "saved", "L'action est enregistrée.",
                    "evidence", "Le fichier est ajouté.", "gone", "Le minerai n'est plus dans le registre d'achats.",
                    "removed", "L'action est supprimée ; son historique reste.", "inProgress", "En cours",
                    "obligationGone", "L'obligation ne s'applique plus à l'entreprise, ou elle est en place."));

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;

    RoadmapBrowserIntegrationTests() {
        super(1200, 900, Duration.ofSeconds(60));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void addEditEvidenceRetireAndRemoveARoadmapAction(String lang) throws Exception {
        Map<String, String> text = TEXTS.get(lang);
        String analyst = WorkspaceFixtures.newName("roadmap-" + lang);
        long workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        String base = "http://localhost:" + port;
        browser.get(base + "/login?lang=" + lang);
        browser.findElement(By.id("username")).sendKeys(analyst);
        browser.findElement(By.id("password")).sendKeys("password-" + analyst);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

        importAndAssess(base, workspace, ledgerFile("achats-" + lang + ".csv", WorkspaceFixtures.LEDGER));

        // add an action of the company's own
        browser.get(base + "/workspaces/" + workspace + "/roadmap");
        browser.findElement(By.id("new-title")).sendKeys("Write the sourcing clause into supplier contracts");
        new Select(browser.findElement(By.id("new-material"))).selectByValue("cobalt");
        new Select(browser.findElement(By.id("new-step"))).selectByValue("3");
        new Select(browser.findElement(By.id("new-horizon"))).selectByValue("medium");
        browser.findElement(By.id("new-owner")).sendKeys("Legal");
        browser.findElement(By.id("add-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-status"), text.get("added")));
        WebElement own = browser.findElement(By.cssSelector("#horizon-medium article.own"));
        String id = own.getAttribute("id").substring("action-".length());
        assertThat(own.getText()).contains("Write the sourcing clause into supplier contracts", "Legal");

        // edit it (htmx, in place) with a comment
        open("edit-" + id);
        WebElement title = browser.findElement(By.id("title-" + id));
        title.clear();
        title.sendKeys("Write the sourcing clause");
        new Select(browser.findElement(By.id("status-" + id))).selectByValue("in_progress");
        browser.findElement(By.id("edit-comment-" + id)).sendKeys("Draft sent to legal.");
        browser.findElement(By.id("save-" + id)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-status"), text.get("saved")));
        WebElement edited = browser.findElement(By.id("action-" + id));
        assertThat(edited.findElement(By.tagName("h3")).getText()).isEqualTo("Write the sourcing clause");
        assertThat(edited.getText()).contains(text.get("inProgress"));
        assertThat(browser.findElement(By.id("comment-list-" + id)).getAttribute("textContent")).contains("Draft sent to legal.");

        // attach an evidence file: listed, and downloaded as an attachment
        open("evidence-" + id);
        Path pdf = Path.of("target", "clause-" + lang + ".pdf").toAbsolutePath();
        Files.write(pdf, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.findElement(By.id("evidence-file-" + id)).sendKeys(pdf.toString());
        browser.findElement(By.id("evidence-upload-" + id)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-status"), text.get("evidence")));
        WebElement link = browser.findElement(By.linkText("clause-" + lang + ".pdf"));
        assertThat(link.getAttribute("download")).isNotNull();
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        screenshot("roadmap-own-action-" + lang + ".png");

        // a ledger without tin, assessed: the tin actions are retired with their reason
        importAndAssess(base, workspace, ledgerFile("achats-sans-etain-" + lang + ".csv", """
                item,material,mass_kg,origin_country,refiner_country,recycled_share
                pack A,cobalt,100,CD,CN,0.1
                cable,copper,20,,,
                """));
        browser.get(base + "/workspaces/" + workspace + "/roadmap");
        WebElement retired = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("retired-actions")));
        // tin's own actions go with tin; a text that applied only because of tin (the EU conflict
        // minerals regulation) no longer applies
        List<String> reasons = retired.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElement(By.className("reason")).getText()).toList();
        assertThat(reasons).contains(text.get("gone"))
                .allSatisfy(reason -> assertThat(reason).isIn(text.get("gone"), text.get("obligationGone")));
        assertThat(browser.findElement(By.id("action-" + id)).getText()).contains("Write the sourcing clause");
        ((ChromeDriver) browser).executeScript("document.getElementById('retired').scrollIntoView()");
        screenshot("roadmap-retired-" + lang + ".png");

        // remove the own action, after the confirmation step
        open("remove-" + id);
        browser.findElement(By.id("remove-confirm-" + id)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-status"), text.get("removed")));
        assertThat(browser.findElements(By.id("action-" + id))).isEmpty();
        browser.findElement(By.id("roadmap-history")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit"), "Write the sourcing clause"));
    }

    /** Opens the disclosure of a summary (a click would close one the page opened). */
    private void open(String summaryId) {
        WebElement summary = browser.findElement(By.id(summaryId));
        WebElement details = summary.findElement(By.xpath(".."));
        if (details.getAttribute("open") == null) {
            summary.click();
        }
    }

    private void importAndAssess(String base, long workspace, Path ledger) {
        browser.get(base + "/workspaces/" + workspace + "/ledgers");
        browser.findElement(By.id("ledger-file")).sendKeys(ledger.toString());
        browser.findElement(By.id("ledger-upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-imported")));
        browser.findElement(By.id("tab-assessments")).click();
        browser.findElement(By.id("run-assessment")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("export-pdf")));
    }

    private static Path ledgerFile(String name, String content) throws IOException {
        Path file = Path.of("target", name).toAbsolutePath();
        Files.writeString(file, content);
        return file;
    }

    private void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of(System.getProperty(WorkspaceBrowserIntegrationTests.SCREENSHOTS,
                "target/screenshots")));
        Files.write(directory.resolve(name), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
