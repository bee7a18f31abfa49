package fr.vigie.app;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser loads a workspace's RMI smelter list on the declarations page: a malformed file is
 * refused with its line and column, a good one is shown with its name; in English and in French.
 * Skipped when the browser is not installed, unless {@code VIGIE_REQUIRE_BROWSER=true}.
 */
@VigieIntegrationTest
class SmelterListBrowserIntegrationTests extends BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Workspaces workspaces;

    SmelterListBrowserIntegrationTests() {
        super(1200, 900, Duration.ofSeconds(60));
    }

    @Test
    void analystLoadsTheSmelterListInBothLanguages() throws Exception {
        String analyst = WorkspaceFixtures.newName("browser-smelters");
        long workspace = WorkspaceFixtures.workspaceWithMember(accounts, workspaces, analyst, Role.ANALYST,
                WorkspaceRole.ANALYST);
        String base = "http://localhost:" + port;
        browser.get(base + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys(analyst);
        browser.findElement(By.id("password")).sendKeys("password-" + analyst);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

        browser.get(base + "/workspaces/" + workspace + "/declarations?lang=en");
        assertThat(browser.findElement(By.id("smelter-list-none")).getText()).contains("No smelter list loaded");
        Path bad = Path.of("target", "smelters-bad.csv").toAbsolutePath();
        Files.writeString(bad, "Smelter ID,Metal,Standard Smelter Name,Country Location,RMAP Status\n"
                + "CID000001,Gold,Alpha Gold Refinery,Germany,Conformant\nABC-12,Gold,Broken Id,Germany,Conformant\n");
        browser.findElement(By.id("smelter-list-file")).sendKeys(bad.toString());
        browser.findElement(By.id("smelter-list-upload")).click();
        String refused = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("smelter-list-outcome"))).getText();
        assertThat(refused).contains("smelters-bad.csv was refused").contains("line 3, column Smelter ID");
        assertThat(browser.findElements(By.id("smelter-list-current"))).isEmpty();

        Path good = Path.of("target", "rmi-smelters.csv").toAbsolutePath();
        Files.writeString(good, "Smelter ID,Metal,Standard Smelter Name,Country Location,RMAP Status\n"
                + "CID000001,Gold,Alpha Gold Refinery,Germany,Conformant\nCID000002,Tin,Beta Tin,Indonesia,Active\n");
        browser.findElement(By.id("smelter-list-file")).sendKeys(good.toString());
        browser.findElement(By.id("smelter-list-upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("smelter-list-current")));
        assertThat(browser.findElement(By.id("smelter-list-outcome")).getText()).contains("rmi-smelters.csv loaded: 2 smelters");
        assertThat(browser.findElement(By.id("smelter-list-current")).getText())
                .contains("Smelter list in use: rmi-smelters.csv").contains(analyst);

        browser.get(base + "/workspaces/" + workspace + "/declarations?lang=fr");
        assertThat(browser.findElement(By.id("smelter-list-heading")).getText()).isEqualTo("Liste des fonderies de la RMI");
        assertThat(browser.findElement(By.id("smelter-list-current")).getText())
                .contains("Liste de fonderies utilisée : rmi-smelters.csv").contains("2 fonderies");
    }
}
