package fr.vigie.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's headless Chromium and chromedriver) logs in as the demo user, reads the
 * first page in French then in English, is refused the administrators' page, and logs out. Skipped when the browser is not installed,
 * unless {@code VIGIE_REQUIRE_BROWSER=true} (CI), where it fails instead.
 */
@VigieIntegrationTest
class BrowserIntegrationTests extends BrowserTest {

    @LocalServerPort
    int port;

    BrowserIntegrationTests() {
        super(1280, 900, Duration.ofSeconds(30));
    }

    @Test
    void demoUserLogsInReadsTheFirstPageInFrenchAndEnglishAndLogsOut() throws IOException {
        String base = "http://localhost:" + port;
        browser.get(base + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElement(By.id("demo-username")).getText()).isEqualTo("demo");
        screenshot("login.png");

        browser.findElement(By.id("username")).sendKeys("demo");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

        browser.findElement(By.linkText("FR")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tableau de bord"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.id("logout")).getText()).isEqualTo("Se déconnecter");
        screenshot("dashboard-fr.png");

        browser.findElement(By.linkText("EN")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
        assertThat(browser.findElement(By.cssSelector("h2#next-steps")).getText()).isEqualTo("Next steps");
        screenshot("dashboard-en.png");

        browser.get(base + "/admin/users");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Access denied"));

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        browser.get(base + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "screenshots"));
        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(directory.resolve(name), png);
    }
}
