package fr.vigie.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.roadmap.Roadmap;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page in a real browser, in English and in French: the portfolio of the user's workspaces,
 * one without any assessment and one assessed from the three-line test ledger (cobalt, tin, copper:
 * 3 supply chains), with one roadmap action past its due date and no campaign.
 */
@VigieIntegrationTest
class HomePortfolioBrowserIntegrationTests extends BrowserTest {

    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "en", Map.of("heading", "Your workspaces", "none", "No assessment yet", "campaigns", "no campaign yet",
                    "date", "Assessment of ", "chains", "Supply chains"),
            "fr", Map.of("heading", "Vos espaces", "none", "Pas encore d'évaluation", "campaigns",
                    "aucune campagne pour l'instant", "date", "Évaluation du ", "chains", "Filières"));

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    Roadmap roadmap;
    @Autowired
    JdbcClient jdbc;

    HomePortfolioBrowserIntegrationTests() {
        super(1200, 900, Duration.ofSeconds(60));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theHomePageShowsEachWorkspaceWithItsFigures(String lang) throws Exception {
        Map<String, String> text = TEXTS.get(lang);
        String analyst = WorkspaceFixtures.newName("home-" + lang);
        long assessed = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        String emptyName = WorkspaceFixtures.newName("Empty");
        long empty = ((Workspaces.CreateOutcome.Created) workspaces.create(emptyName, "name: \"" + emptyName + "\"\n",
                "test")).workspace().id();
        workspaces.putMember(empty, analyst, WorkspaceRole.VIEWER);

        String base = "http://localhost:" + port;
        browser.get(base + "/login?lang=" + lang);
        browser.findElement(By.id("username")).sendKeys(analyst);
        browser.findElement(By.id("password")).sendKeys("password-" + analyst);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

        Path ledger = Path.of("target", "home-" + lang + ".csv").toAbsolutePath();
        Files.writeString(ledger, WorkspaceFixtures.LEDGER);
        browser.get(base + "/workspaces/" + assessed + "/ledgers");
        browser.findElement(By.id("ledger-file")).sendKeys(ledger.toString());
        browser.findElement(By.id("ledger-upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-imported")));
        browser.findElement(By.id("tab-assessments")).click();
        browser.findElement(By.id("run-assessment")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("export-pdf")));

        WorkspaceGrant grant = new WorkspaceGrant(workspaces.find(assessed).orElseThrow(), analyst, WorkspaceRole.ANALYST);
        var late = (Roadmap.UpdateOutcome.Updated) roadmap.add(grant, new Roadmap.Content("Ask the refiner for its audit", "", Roadmap.COMPANY_LEVEL, Optional.empty()),
                new Roadmap.Change("short", Optional.empty(), Optional.of(LocalDate.now().plusDays(10)), "todo"));
        roadmap.add(grant, new Roadmap.Content("Map the tin smelters", "", Roadmap.COMPANY_LEVEL, Optional.empty()),
                new Roadmap.Change("short", Optional.empty(), Optional.of(LocalDate.now().plusDays(10)), "todo"));
        // one of them is now past its due date
        jdbc.sql("update roadmap_action set due_date = ? where id = ?")
                .params(LocalDate.now().minusDays(3), late.action().id()).update();

        browser.get(base + "/?lang=" + lang);
        assertThat(browser.findElement(By.id("portfolio-heading")).getText()).isEqualTo(text.get("heading"));
        WebElement card = browser.findElement(By.id("portfolio-" + assessed));
        assertThat(card.findElement(By.cssSelector(".filieres")).getText()).isEqualTo("3");
        assertThat(card.findElement(By.cssSelector(".top")).getText()).isNotBlank().isNotEqualTo("-");
        assertThat(Integer.parseInt(card.findElement(By.cssSelector(".high-risk")).getText())).isBetween(0, 3);
        assertThat(Integer.parseInt(card.findElement(By.cssSelector(".alerts")).getText())).isNotNegative();
        assertThat(card.findElement(By.cssSelector(".overdue")).getText()).isEqualTo("1");
        assertThat(card.findElement(By.cssSelector(".campaigns")).getText()).isEqualTo(text.get("campaigns"));
        assertThat(card.getText()).contains(text.get("chains"), text.get("date") + LocalDate.now().format(
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(lang))));
        WebElement none = browser.findElement(By.id("portfolio-" + empty));
        assertThat(none.findElement(By.cssSelector(".no-assessment")).getText()).startsWith(text.get("none"));
        assertThat(browser.getPageSource()).doesNotContain("Nothing to show yet", "??");
        screenshot("home-" + lang + ".png");
    }

    private void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of(System.getProperty(WorkspaceBrowserIntegrationTests.SCREENSHOTS,
                "target/screenshots")));
        Files.write(directory.resolve(name), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
