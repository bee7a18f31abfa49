package fr.vigie.app;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium per test ({@link HeadlessChromium}), started before each test and quit after
 * it, with a wait of the subclass's patience: the set-up every browser test shares.
 */
public abstract class BrowserTest {

    private final int width;
    private final int height;
    private final Duration patience;

    /** The browser of the running test. */
    protected ChromeDriver browser;
    /** Waits on {@link #browser} for at most the patience given. */
    protected WebDriverWait wait;

    protected BrowserTest(int width, int height, Duration patience) {
        this.width = width;
        this.height = height;
        this.patience = patience;
    }

    @BeforeEach
    void startBrowser() throws IOException {
        browser = HeadlessChromium.start(width, height);
        wait = new WebDriverWait(browser, patience);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
