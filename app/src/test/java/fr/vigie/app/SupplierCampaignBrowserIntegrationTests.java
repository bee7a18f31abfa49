package fr.vigie.app;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.supplier.Outbox;
import fr.vigie.app.workspace.WorkspaceFixtures;
import fr.vigie.app.workspace.WorkspaceRole;
import fr.vigie.app.workspace.Workspaces;
import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.generate.Language;
import fr.vigie.engine.declaration.generate.SampleDeclarations;
import fr.vigie.engine.declaration.generate.TemplateWriter;
import fr.vigie.engine.declaration.Template;
import fr.vigie.engine.declaration.read.Layouts;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's headless Chromium) goes through a supplier campaign: an analyst adds a
 * French and an English supplier, starts a CMRT campaign and reads its board in English and French;
 * each supplier opens its portal link (taken from the outbox: the test application has no SMTP
 * server) and sees the page in its language, sends a declaration file and reads its findings at once;
 * the analyst rejects one answer with a comment. Screenshots go to target/screenshots/ (see
 * {@link WorkspaceBrowserIntegrationTests#SCREENSHOTS}). Skipped when the browser is not installed,
 * unless {@code VIGIE_REQUIRE_BROWSER=true} (CI).
 */
@VigieIntegrationTest
class SupplierCampaignBrowserIntegrationTests extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s/]+(/supplier/[A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;
    @Autowired
    Outbox outbox;

    SupplierCampaignBrowserIntegrationTests() {
        super(1200, 900, Duration.ofSeconds(60));
    }

    @Test
    void analystRunsACampaignAndSuppliersAnswerThroughThePortalInTheirLanguage() throws Exception {
        String analyst = WorkspaceFixtures.newName("browser-campaigns");
        long workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        String base = "http://localhost:" + port;
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(analyst);
        browser.findElement(By.id("password")).sendKeys("password-" + analyst);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

        // two suppliers through the form: a French one named by its country's French name, an English one
        browser.get(base + "/workspaces/" + workspace);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tab-suppliers"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("suppliers-none")));
        addSupplier("Fonderie Dupont", "Belgique", "achats@dupont.example", "fr");
        addSupplier("Acme Metals", "GB", "sales@acme.example", "en");
        assertThat(browser.findElements(By.cssSelector("#suppliers tbody tr"))).hasSize(2);
        assertThat(browser.findElement(By.id("suppliers")).getText()).contains("Belgium (BE)", "United Kingdom");

        // a campaign for both
        browser.findElement(By.id("tab-campaigns")).click();
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("campaign-template"))))
                .selectByValue("CMRT");
        browser.findElements(By.cssSelector("input[name=suppliers]")).forEach(c -> c.click());
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id("campaign-due")), LocalDate.now().plusDays(21).toString());
        browser.findElement(By.id("campaign-message")).sendKeys("Please use the latest template.");
        browser.findElement(By.id("campaign-send")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
        assertThat(browser.findElement(By.id("campaign-created")).getText()).isEqualTo("2 requests sent.");
        assertThat(statuses()).containsExactly("Requested", "Requested");
        String boardUrl = browser.getCurrentUrl();

        // each supplier's link, from the outbox (no SMTP server here)
        List<Outbox.Message> mails = outbox.list(workspace);
        assertThat(mails).hasSize(2);
        String french = link(mails.stream().filter(m -> m.recipient().equals("achats@dupont.example")).findFirst()
                .orElseThrow().body());
        String english = link(mails.stream().filter(m -> m.recipient().equals("sales@acme.example")).findFirst()
                .orElseThrow().body());

        // the French supplier's portal is in French; a file with red flags shows its findings at once
        browser.get(base + french);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portal-form")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("vous demande votre CMRT");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        browser.findElement(By.id("portal-file")).sendKeys(cmrt("cmrt-dupont.xlsx", 3, true).toString());
        browser.findElement(By.id("portal-upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portal-outcome")));
        assertThat(browser.findElement(By.id("portal-outcome")).getText()).contains("Votre fichier a été reçu et contrôlé");
        assertThat(browser.findElements(By.cssSelector(".portal-findings li"))).isNotEmpty();
        screenshot("supplier-portal-fr.png");

        // the English supplier's portal is in English
        browser.get(base + english);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portal-form")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("asks for your CMRT");
        assertThat(browser.findElement(By.id("portal-message")).getText()).contains("Please use the latest template.");
        browser.findElement(By.id("portal-file")).sendKeys(cmrt("cmrt-acme.xlsx", 4, false).toString());
        browser.findElement(By.id("portal-upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portal-outcome")));
        assertThat(browser.findElement(By.id("portal-outcome")).getText()).contains("Your file was received and checked");
        screenshot("supplier-portal.png");

        // the board, in English then in French (opening the portals did not change the analyst's language)
        browser.get(boardUrl);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
        assertThat(statuses()).containsExactly("Received", "Received");
        assertThat(browser.findElement(By.id("board")).getText()).contains("cmrt-dupont.xlsx", "cmrt-acme.xlsx");
        screenshot("campaign-board.png");
        browser.get(boardUrl + "?lang=fr");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
        assertThat(statuses()).containsExactly("Reçue", "Reçue");
        // reject the French supplier's answer (second row: suppliers by name) with a comment
        String row = browser.findElement(By.xpath("//table[@id='board']/tbody/tr[.//a[text()='Fonderie Dupont']]"))
                .getAttribute("id");
        String request = row.substring("request-".length());
        browser.findElement(By.id("comment-" + request)).sendKeys("Liste des fonderies incomplète");
        browser.findElement(By.id("reject-" + request)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("campaign-decided")));
        assertThat(statuses()).containsExactly("Reçue", "Refusée");
        screenshot("campaign-board-fr.png");
        browser.get(boardUrl + "?lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
        assertThat(statuses()).containsExactly("Received", "Rejected");
        assertThat(outbox.list(workspace).getFirst().body()).contains("Liste des fonderies incomplète");
    }

    private void addSupplier(String name, String country, String email, String language) {
        browser.findElement(By.id("supplier-name")).sendKeys(name);
        browser.findElement(By.id("supplier-country")).sendKeys(country);
        browser.findElement(By.id("supplier-email")).sendKeys(email);
        new Select(browser.findElement(By.id("supplier-language"))).selectByValue(language);
        browser.findElement(By.id("supplier-template-CMRT")).click();
        browser.findElement(By.id("supplier-add")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("supplier-saved")));
    }

    private List<String> statuses() {
        return browser.findElements(By.cssSelector("#board .request-status")).stream().map(e -> e.getText()).toList();
    }

    private static String link(String body) {
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("a portal link in %s", body).isTrue();
        return m.group(1);
    }

    private static Path cmrt(String name, long seed, boolean redFlags) throws IOException {
        Declaration d = SampleDeclarations.generate(Layouts.get(Template.CMRT, "6.4"), "6.4", Language.EN, seed, 12, LocalDate.now(),
                redFlags);
        Path file = Path.of("target", name).toAbsolutePath();
        try (Workbook wb = new TemplateWriter(Layouts.get(Template.CMRT, "6.4"), Language.EN).build(d, false);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            Files.write(file, out.toByteArray());
        }
        return file;
    }

    private void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of(System.getProperty(
                WorkspaceBrowserIntegrationTests.SCREENSHOTS, "target/screenshots")));
        Files.write(directory.resolve(name), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
