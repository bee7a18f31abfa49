package fr.vigie.app;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.vigie.app.workspace.Workspaces;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security review finding 10 (no Content Security Policy): every page, opened in headless Chromium
 * with the policy the server sends, must run without a single policy violation (an inline script,
 * event-handler attribute or foreign resource would be blocked and reported here), and its scripts
 * must still work (the maps are drawn).
 */
@VigieIntegrationTest
class ContentSecurityPolicyBrowserSecurityIntegrationTests {

    /** Collects the page's policy violations; scripts added through the DevTools protocol are not subject to the page's policy. */
    private static final String RECORDER = "window.__violations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);"
            + "});";

    @LocalServerPort
    int port;
    @Autowired
    Workspaces workspaces;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = HeadlessChromium.start(1280, 860);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageRunsUnderThePolicyWithoutAViolation() {
        String base = "http://localhost:" + port;
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(VigieIntegrationTest.ADMIN_USERNAME);
        browser.findElement(By.id("password")).sendKeys(VigieIntegrationTest.ADMIN_PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        long demo = workspaces.findByName("Groupe Industriel Exemple SA (demo)").orElseThrow().id();
        List<String> pages = new ArrayList<>(List.of("/", "/workspaces", "/minerals", "/minerals/cobalt", "/countries",
                "/countries/CD", "/regulations", "/methodology", "/methodology/new", "/admin/users"));
        for (String section : List.of("", "/profile", "/ledgers", "/assessments", "/roadmap", "/regulations",
                "/declarations", "/members", "/solutions", "/reports", "/delete")) {
            pages.add("/workspaces/" + demo + section);
        }
        List<String> violations = new ArrayList<>();
        for (String page : pages) {
            browser.get(base + page);
            wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
            Object found = browser.executeScript("return window.__violations");
            if (found instanceof List<?> list && !list.isEmpty()) {
                violations.add(page + ": " + list);
            }
        }
        browser.get(base + "/minerals/cobalt");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map-extraction svg path")));
        Object found = browser.executeScript("return window.__violations");
        assertThat(found).asList().isEmpty();
        assertThat(violations).isEmpty();
    }
}
