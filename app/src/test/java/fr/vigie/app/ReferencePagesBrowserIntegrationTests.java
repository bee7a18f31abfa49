package fr.vigie.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference pages in a real browser (headless Chromium): a mineral page with its two maps drawn
 * by ECharts, a map tooltip with the country name, an explanation opened with the keyboard; the
 * countries map switched to another category; a country page; the regulations page; the
 * methodology page; French and back; a tablet-width window. Screenshots go to {@code target/screenshots/}, and to
 * {@code docs/screenshots/} when the system property {@code vigie.screenshots.update} is
 * {@code true} (see docs/web-reference-pages.md).
 */
@VigieIntegrationTest
class ReferencePagesBrowserIntegrationTests extends BrowserTest {

    @LocalServerPort
    int port;

    ReferencePagesBrowserIntegrationTests() {
        super(1280, 860, Duration.ofSeconds(30));
    }

    @Test
    void demoUserReadsMineralCountryRegulationAndMethodologyPagesInEnglishAndFrench() throws IOException {
        String base = "http://localhost:" + port;
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys("demo");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

        // Minerals list, then cobalt from the navigation and the list
        browser.findElement(By.linkText("Minerals")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Minerals"));
        browser.findElement(By.linkText("Cobalt")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map-extraction svg path")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map-refining svg path")));
        assertThat(browser.findElements(By.cssSelector("#map-extraction svg path")).size()).isGreaterThan(100);
        screenshot("mineral-cobalt.png");

        // An explanation opened with the keyboard shows its inputs and sources
        WebElement summary = browser.findElement(By.cssSelector("#figures details.explain summary"));
        WebElement details = summary.findElement(By.xpath(".."));
        assertThat(details.getDomAttribute("open")).isNull();
        summary.sendKeys(Keys.ENTER);
        wait.until(d -> details.getDomAttribute("open") != null);
        assertThat(details.findElement(By.cssSelector(".explain-body")).getText())
                .contains("Herfindahl-Hirschman", "share", "source", "Congo");
        browser.executeScript("arguments[0].scrollIntoView()", details);
        screenshot("mineral-cobalt-explain.png");

        // The maps: tooltip with the country name and the share, in the page's language
        WebElement map = browser.findElement(By.id("map-extraction"));
        browser.executeScript("arguments[0].scrollIntoView()", map);
        showTooltip("map-extraction", "180");
        wait.until(ExpectedConditions.textMatches(By.id("map-extraction"), java.util.regex.Pattern.compile("Democratic Republic of the Congo: \\d+\\.\\d%")));
        screenshot("mineral-cobalt-maps.png");

        // Countries map, switched to the environmental category with the keyboard-usable form
        browser.findElement(By.linkText("Countries")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map-countries svg path")));
        new Select(browser.findElement(By.id("category"))).selectByValue("environmental");
        browser.findElement(By.id("show-category")).click();
        // htmx swaps the map section: an element read while it is being replaced is detached, so the
        // caption is looked up again until it reads as expected
        wait.until(d -> {
            try {
                return d.findElement(By.tagName("figcaption")).getText().contains("Environmental risk by country");
            } catch (org.openqa.selenium.WebDriverException detached) {
                return false;
            }
        });
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map-countries svg path")));
        assertThat(browser.findElements(By.cssSelector("#countries tbody tr")).size()).isGreaterThan(200);
        screenshot("countries-map.png");

        // A country page: indicators with contributions, missing data, production shares
        browser.get(base + "/countries/COD");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Congo"));
        assertThat(browser.findElement(By.id("indicators-human_rights")).getText()).contains("Contribution");
        assertThat(browser.findElement(By.id("production")).getText()).contains("Cobalt");
        // mining-specific signals: the US DoL goods, the EU CAHRA listing by region, conflict-years
        assertThat(browser.findElement(By.id("labour-flags")).getText()).contains("Cobalt ore (heterogenite)");
        assertThat(browser.findElement(By.id("cahra-status")).getText()).contains("26 region");
        assertThat(browser.findElement(By.id("conflict-years")).getText()).contains("2024");
        screenshot("country-cod.png");

        // Regulations catalogue
        browser.findElement(By.linkText("Regulations")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Regulations"));
        List<WebElement> texts = browser.findElements(By.cssSelector("#regulations tbody tr"));
        assertThat(texts.size()).isGreaterThanOrEqualTo(10);
        assertThat(browser.findElement(By.id("regulations")).getText()).contains("In force");
        screenshot("regulations.png");

        // Methodology: weights, thresholds, versions; a viewer cannot create a version
        browser.findElement(By.linkText("Methodology")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Risk methodology"));
        assertThat(browser.findElement(By.id("weights-human_rights")).getText()).contains("wgi_va");
        assertThat(browser.findElement(By.id("levels")).getText()).contains("Very high");
        assertThat(browser.findElements(By.id("new-methodology"))).isEmpty();
        screenshot("methodology.png");

        // French, then back to English
        browser.findElement(By.linkText("FR")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Méthodologie de risque"));
        browser.get(base + "/minerals/cobalt");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map-extraction svg path")));
        assertThat(browser.findElement(By.id("maps-heading")).getText()).isEqualTo("Où il est produit");
        assertThat(browser.findElement(By.cssSelector("table.countries")).getText()).containsPattern("\\d+,\\d[\\s\\u00a0\\u202f]%");
        showTooltip("map-extraction", "180");
        wait.until(ExpectedConditions.textMatches(By.id("map-extraction"), java.util.regex.Pattern.compile("République démocratique du Congo[\\s\\u00a0\\u202f]: \\d+,\\d[\\s\\u00a0\\u202f]%")));
        screenshot("mineral-cobalt-fr.png");
        browser.get(base + "/countries/COD");
        wait.until(ExpectedConditions.textToBe(By.id("due-diligence-heading"), "Signaux propres à la mine"));
        assertThat(browser.findElement(By.id("labour-flags")).getText()).contains("Travail des enfants");
        assertThat(browser.findElement(By.id("cahra-status")).getText()).contains("26 région");
        browser.get(base + "/minerals/cobalt");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map-extraction svg path")));
        browser.findElement(By.linkText("EN")).click();
        wait.until(ExpectedConditions.textToBe(By.id("maps-heading"), "Where it is produced"));

        // Tablet width: the page does not scroll sideways (wide tables scroll within their box)
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(800, 1100));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map-refining svg path")));
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        screenshot("mineral-cobalt-tablet.png");
    }

    /** Shows the map's tooltip of a country (ISO numeric code), as hovering it would. */
    private void showTooltip(String mapId, String numeric) {
        browser.executeScript("echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                + ".dispatchAction({type: 'showTip', seriesIndex: 0, name: arguments[1]})", mapId, numeric);
    }

    private void screenshot(String name) throws IOException {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve(name), png);
        if (Boolean.getBoolean("vigie.screenshots.update")) {
            Path docs = Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("screenshots");
            Files.write(Files.createDirectories(docs).resolve(name), png);
        }
    }
}
