package fr.vigie.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' first steps in a real browser, in English and in French: a new administrator
 * logs in and lands on them, creates the company's workspace, is refused a bad username (the field
 * marked), invites a colleague as analyst, reads the one-time password and how to turn off demo
 * mode, finishes and then reaches the home page; the colleague logs in with the password shown and
 * finds the workspace.
 */
@VigieIntegrationTest
class FirstRunBrowserIntegrationTests extends BrowserTest {

    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "en", Map.of("heading", "First steps", "created", "created", "demo", "Demo mode is on",
                    "invalid", "3 to 40 characters", "home", "Your workspaces"),
            "fr", Map.of("heading", "Premiers pas", "created", "créé", "demo", "Le mode démonstration est activé",
                    "invalid", "3 à 40 caractères", "home", "Vos espaces"));

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;

    FirstRunBrowserIntegrationTests() {
        super(1200, 1400, Duration.ofSeconds(60));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aNewAdministratorCreatesTheWorkspaceInvitesAColleagueAndFinishes(String lang) throws IOException {
        Map<String, String> text = TEXTS.get(lang);
        String admin = WorkspaceFixtures.newName("boss-" + lang);
        String adminPassword = "the first steps of " + admin;
        accounts.create(admin, adminPassword, Role.ADMIN);
        String base = "http://localhost:" + port;
        logIn(base, lang, admin, adminPassword);
        wait.until(ExpectedConditions.urlContains("/admin/first-run"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(text.get("heading"));
        assertThat(browser.findElement(By.id("demo-state")).getText()).startsWith(text.get("demo"));
        assertThat(browser.findElement(By.id("demo-off")).getText()).isEqualTo("VIGIE_DEMO=false");
        assertThat(browser.findElements(By.id("invite-needs-workspace")).size()
                + browser.findElements(By.id("invite-user")).size()).isOne();

        String company = WorkspaceFixtures.newName("Industrie " + lang);
        browser.findElement(By.id("ws-name")).sendKeys(company);
        browser.findElement(By.id("create-workspace")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("workspace-created")));
        assertThat(browser.findElement(By.id("workspace-created")).getText()).contains(company, text.get("created"));
        long id = workspaces.findByName(company).orElseThrow().id();
        assertThat(new Select(browser.findElement(By.id("invite-workspace"))).getFirstSelectedOption().getText())
                .isEqualTo(company);

        browser.findElement(By.id("invite-username")).sendKeys("Not valid!");
        browser.findElement(By.id("invite-user")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#invite-username[aria-invalid='true']")));
        assertThat(browser.findElement(By.cssSelector("#invite-username ~ .field-error")).getText())
                .contains(text.get("invalid"));

        String colleague = WorkspaceFixtures.newName("colleague-" + lang);
        browser.findElement(By.id("invite-username")).clear();
        browser.findElement(By.id("invite-username")).sendKeys(colleague);
        new Select(browser.findElement(By.id("invite-workspace"))).selectByVisibleText(company);
        new Select(browser.findElement(By.id("invite-role"))).selectByValue("ANALYST");
        browser.findElement(By.id("invite-user")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("invited-password")));
        String password = browser.findElement(By.id("invited-password")).getText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(15);
        assertThat(workspaces.memberRole(id, colleague)).contains(WorkspaceRole.ANALYST);
        assertThat(browser.getPageSource()).doesNotContain("??");
        screenshot("first-run-" + lang + ".png");

        browser.findElement(By.id("first-run-done")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio-heading")));
        assertThat(browser.findElement(By.id("portfolio-heading")).getText()).isEqualTo(text.get("home"));
        // the page stays in the administrator's menu
        assertThat(browser.findElement(By.id("nav-first-run")).getText()).isEqualTo(text.get("heading"));

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        logIn(base, lang, colleague, password);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio-" + id)));
        assertThat(browser.findElements(By.id("nav-first-run"))).isEmpty();
    }

    private void logIn(String base, String lang, String username, String password) {
        browser.get(base + "/login?lang=" + lang);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of(System.getProperty(WorkspaceBrowserIntegrationTests.SCREENSHOTS,
                "target/screenshots")));
        Files.write(directory.resolve(name), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
