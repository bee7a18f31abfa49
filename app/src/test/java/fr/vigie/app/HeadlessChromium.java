package fr.vigie.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (nothing downloaded), for every browser
 * test: skipped when not installed, unless {@code VIGIE_REQUIRE_BROWSER=true} (CI), where a missing
 * browser fails the test.
 */
public final class HeadlessChromium {

    /** Debian's Chromium; {@code -Dvigie.test.chromium} names another binary. */
    public static final Path CHROMIUM = Path.of(System.getProperty("vigie.test.chromium", "/usr/bin/chromium"));
    /** Debian's chromedriver; {@code -Dvigie.test.chromedriver} names another one. */
    public static final Path CHROMEDRIVER =
            Path.of(System.getProperty("vigie.test.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** A new browser with a fresh profile under {@code target/} and the given window size. */
    public static ChromeDriver start(int width, int height) throws IOException {
        Path chromium = CHROMIUM;
        Path chromedriver = CHROMEDRIVER;
        boolean installed = Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
        String missing = "browser test needs " + chromium + " and " + chromedriver
                + " (Debian packages chromium and chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("VIGIE_REQUIRE_BROWSER"))) {
            assertThat(installed).as(missing + ", and VIGIE_REQUIRE_BROWSER=true").isTrue();
        }
        Assumptions.assumeTrue(installed, "skipped: " + missing);
        Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + width + "," + height, "--lang=en-US",
                "--hide-scrollbars", "--user-data-dir=" + profile);
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
