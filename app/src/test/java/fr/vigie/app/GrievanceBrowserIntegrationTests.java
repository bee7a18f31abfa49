package fr.vigie.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's headless Chromium) on the grievance mechanism: a visitor without an account
 * opens the workspace's intake page in French, switches to English, sends an anonymous report and gets
 * its receipt code; the workspace ADMIN designates themself case handler on the members page, opens
 * the case, acknowledges it and answers; the visitor follows the case with the code and reads the
 * answer. Screenshots go to target/screenshots/. Skipped when the browser is not installed, unless
 * {@code VIGIE_REQUIRE_BROWSER=true} (CI).
 */
@VigieIntegrationTest
class GrievanceBrowserIntegrationTests extends BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;

    GrievanceBrowserIntegrationTests() {
        super(1200, 900, Duration.ofSeconds(60));
    }

    @Test
    void aVisitorReportsWithoutAccountAndACaseHandlerAnswers() throws Exception {
        String admin = WorkspaceFixtures.newName("browser-grievance");
        long workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, admin, Role.ANALYST,
                WorkspaceRole.ADMIN);
        String base = "http://localhost:" + port;
        String intake = base + "/grievance/" + workspaces.grievanceKey(workspace);

        // no login: the page in French, then in English through its language link
        browser.get(intake + "?lang=fr");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("grievance-heading"))).getText())
                .startsWith("Signaler une situation à");
        assertThat(new Select(browser.findElement(By.id("category"))).getOptions())
                .extracting(o -> o.getText()).contains("Travail des enfants ou travail forcé", "Conflit ou groupes armés");
        screenshot("grievance-intake-fr.png");
        browser.findElement(By.id("lang-en")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("grievance-heading"))).getText())
                .startsWith("Raise a concern with");
        assertThat(browser.findElement(By.id("grievance-privacy")).getText()).contains("no tracking");
        // the honeypot field is out of sight
        assertThat(browser.findElement(By.id("website")).isDisplayed()).isFalse();

        new Select(browser.findElement(By.id("category"))).selectByValue("health_safety");
        browser.findElement(By.id("country")).sendKeys("Peru");
        browser.findElement(By.id("mineral")).sendKeys("tin");
        browser.findElement(By.id("description")).sendKeys("The smelter's workers have no masks.");
        assertThat(browser.findElement(By.id("anonymous")).isSelected()).isTrue();
        browser.findElement(By.id("grievance-submit")).click();
        String receipt = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code"))).getText();
        assertThat(receipt).matches("([0-9A-Z]{4}-){7}[0-9A-Z]{4}");
        assertThat(browser.getCurrentUrl()).doesNotContain(receipt);
        screenshot("grievance-receipt-en.png");

        // the case handler: designated on the members page, then opens and acknowledges the case
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(admin);
        browser.findElement(By.id("password")).sendKeys("password-" + admin);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        browser.get(base + "/workspaces/" + workspace + "/members");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-handler-" + admin))).getText())
                .isEqualTo("No");
        browser.findElement(By.id("toggle-case-handler-" + admin)).click();
        // the members page is sent again: wait for the new one's answer (not for the old element to go,
        // which Chromium may report as an inspector error rather than a stale element while the page changes)
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBe(By.id("case-handler-" + admin), "Yes"));
        browser.findElement(By.id("tab-grievances")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases")));
        assertThat(browser.findElement(By.cssSelector("#cases tbody")).getText()).contains("Health and safety", "Peru",
                "Tin", "Received");
        assertThat(browser.findElement(By.id("stats-byCategory")).getText()).contains("Health and safety: 1");
        screenshot("grievance-cases-en.png");
        browser.findElement(By.cssSelector("#cases tbody a")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-description"))).getText())
                .isEqualTo("The smelter's workers have no masks.");
        assertThat(browser.findElement(By.id("case-anonymous")).getText()).startsWith("Yes");
        new Select(browser.findElement(By.id("move-status"))).selectByValue("acknowledged");
        browser.findElement(By.id("move-submit")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-message"))).getText())
                .isEqualTo("Case moved to: Acknowledged.");
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("Acknowledged");
        browser.findElement(By.id("reply")).sendKeys("We are sending an auditor next week.");
        browser.findElement(By.id("reply-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "We are sending an auditor"));
        assertThat(browser.findElement(By.id("case-audit")).getText()).contains("Case viewed", "Status changed",
                "Message sent");
        screenshot("grievance-case-en.png");
        // the whole audit trail, from the case list, in French: every view and change, and its CSV
        browser.get(base + "/workspaces/" + workspace + "/grievances?lang=fr");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-all"))).click();
        wait.until(ExpectedConditions.urlContains("/grievances/audit"));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-lead"))).getText())
                .startsWith("Chaque consultation et chaque modification");
        assertThat(browser.findElement(By.cssSelector("#audit tbody")).getText()).contains("Journal d'audit consulté",
                "Liste des dossiers consultée", "Dossier consulté", "Statut modifié", "Message envoyé");
        assertThat(browser.findElement(By.id("audit-csv")).getAttribute("href"))
                .endsWith("/workspaces/" + workspace + "/grievances/audit.csv");
        screenshot("grievance-audit-fr.png");
        browser.findElement(By.id("audit-cases")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases")));
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));

        // the visitor follows the case with the code, in French, and answers
        browser.get(intake + "/follow?lang=fr");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt"))).sendKeys(receipt);
        browser.findElement(By.id("follow-submit")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status"))).getText())
                .isEqualTo("Réception accusée");
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("Chargé du dossier", "We are sending an auditor next week.").doesNotContain(admin);
        browser.findElement(By.id("message")).sendKeys("Merci.");
        browser.findElement(By.id("send-message")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("message-sent"))).getText())
                .isEqualTo("Votre message a été envoyé.");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Vous", "Merci.");
        assertThat(browser.getCurrentUrl()).doesNotContain(receipt);
        screenshot("grievance-follow-fr.png");
    }

    private void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of(System.getProperty(
                WorkspaceBrowserIntegrationTests.SCREENSHOTS, "target/screenshots")));
        Files.write(directory.resolve(name), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
