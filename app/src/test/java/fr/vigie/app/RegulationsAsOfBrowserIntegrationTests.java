package fr.vigie.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regulations "as of" page in a real browser (headless Chromium): reached from the catalogue,
 * it shows the date the knowledge base was checked, every text with its as-of date and
 * verification status, and the changes in the data; a date narrows the changes; the same page in
 * French. Screenshots go to {@code target/screenshots/}.
 */
@VigieIntegrationTest
class RegulationsAsOfBrowserIntegrationTests extends BrowserTest {

    @LocalServerPort
    int port;

    RegulationsAsOfBrowserIntegrationTests() {
        super(1280, 900, Duration.ofSeconds(30));
    }

    @Test
    void userSeesWhenTheDataWasCheckedAndWhatChangedInEnglishAndFrench() throws IOException {
        String base = "http://localhost:" + port;
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys("demo");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

        browser.get(base + "/regulations");
        browser.findElement(By.id("regulations-asof-link")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Regulations as of"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Regulations as of 4 December 2026");
        // every text of the catalogue with its verification status
        assertThat(browser.findElements(By.cssSelector("#asof-texts tbody tr"))).hasSize(16);
        assertThat(browser.findElement(By.id("asof-eu-russia-gold-sanctions")).getText())
                .contains("EU sanctions on Russian-origin gold", "some facts to verify");
        // all the changes, newest first, each with its kind and source
        WebElement first = browser.findElements(By.cssSelector("#asof-changes li")).get(0);
        assertThat(first.getText()).contains("2026", "new text", "Source");
        assertThat(browser.findElements(By.cssSelector("#asof-changes li[data-text='eu-crma'][data-kind='moved_date']")))
                .isNotEmpty();
        screenshot("regulations-as-of.png");

        // a date narrows the list: nothing of 2025 remains after 1 December 2026
        WebElement since = browser.findElement(By.id("asof-since"));
        browser.executeScript("arguments[0].value = '2026-12-01'", since);
        browser.findElement(By.id("asof-show")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("asof-changes-heading"), "Changes since"));
        assertThat(browser.findElements(By.cssSelector("#asof-changes li[data-text='eu-batteries']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#asof-changes li[data-kind='new_text']"))).hasSize(3);

        // the same page in French
        browser.get(base + "/regulations/as-of?since=2026-12-01&lang=fr");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Réglementation à jour au"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Réglementation à jour au 4 décembre 2026");
        assertThat(browser.findElement(By.id("asof-changes")).getText())
                .contains("nouveau texte", "Nouveau texte : ODiTr suisse", "date déplacée");
        assertThat(browser.getPageSource()).doesNotContain("??");
        screenshot("regulations-as-of-fr.png");
    }

    private void screenshot(String name) throws IOException {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve(name), png);
    }
}
