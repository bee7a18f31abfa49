package fr.vigie.app;

import java.time.Duration;
import java.util.Map;

import fr.vigie.app.account.Accounts;
import fr.vigie.app.account.Role;
import fr.vigie.app.workspace.WorkspaceFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user changes their own password in a real browser, in English and in French: from the link of
 * the user menu, a confirmation typed differently is refused (the field marked, the message next to
 * it), then the change succeeds and says so; after logging out the old password is refused and the
 * new one logs in.
 */
@VigieIntegrationTest
class PasswordChangeBrowserIntegrationTests extends BrowserTest {

    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "en", Map.of("heading", "Change my password", "different", "The two new passwords are different",
                    "changed", "Your password is changed.", "wrong", "Wrong username or password."),
            "fr", Map.of("heading", "Changer mon mot de passe", "different", "Les deux nouveaux mots de passe sont différents",
                    "changed", "Votre mot de passe est changé.", "wrong", "Identifiant ou mot de passe incorrect."));

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    PasswordChangeBrowserIntegrationTests() {
        super(1200, 1000, Duration.ofSeconds(60));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aUserChangesTheirPasswordFromTheUserMenu(String lang) {
        Map<String, String> text = TEXTS.get(lang);
        String name = WorkspaceFixtures.newName("changer-" + lang);
        String old = "the password given to " + name;
        String fresh = "a phrase of my own choosing for " + name;
        accounts.create(name, old, Role.VIEWER);
        String base = "http://localhost:" + port;
        logIn(base, lang, name, old);

        browser.findElement(By.id("account-password")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-password")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(text.get("heading"));
        browser.findElement(By.id("current-password")).sendKeys(old);
        browser.findElement(By.id("new-password")).sendKeys(fresh);
        browser.findElement(By.id("confirmation")).sendKeys(fresh + "?");
        browser.findElement(By.id("change-password")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#confirmation[aria-invalid='true']")));
        assertThat(browser.findElement(By.cssSelector("#confirmation ~ .field-error")).getText())
                .startsWith(text.get("different"));
        assertThat(browser.findElements(By.cssSelector("#new-password[aria-invalid='true']"))).isEmpty();
        // the passwords typed are not sent back
        assertThat(browser.findElement(By.id("current-password")).getAttribute("value")).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(fresh).doesNotContain("??");

        browser.findElement(By.id("current-password")).sendKeys(old);
        browser.findElement(By.id("new-password")).sendKeys(fresh);
        browser.findElement(By.id("confirmation")).sendKeys(fresh);
        browser.findElement(By.id("change-password")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-changed")));
        assertThat(browser.findElement(By.id("password-changed")).getText()).startsWith(text.get("changed"));
        assertThat(browser.getCurrentUrl()).endsWith("/account/password");

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        browser.get(base + "/login?lang=" + lang);
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(old);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.urlContains("/login?error"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(text.get("wrong"));
        logIn(base, lang, name, fresh);
        assertThat(browser.findElement(By.id("account-password")).getText()).isEqualTo(text.get("heading"));
    }

    private void logIn(String base, String lang, String username, String password) {
        browser.get(base + "/login?lang=" + lang);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }
}
