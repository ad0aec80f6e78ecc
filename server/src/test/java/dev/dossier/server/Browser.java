package dev.dossier.server;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, which never downloads a browser of its own here: the
 * environment says so and the executable is {@value #CHROMIUM}. Tests skip when it is missing
 * ({@code apt-get install chromium}).
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final List<String> ARGS = List.of(
      "--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update", "--disable-sync", "--no-first-run");

  final Playwright playwright;
  final com.microsoft.playwright.Browser browser;

  private Browser() {
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(CHROMIUM)).setArgs(ARGS).setHeadless(true));
  }

  static boolean available() {
    return Files.isExecutable(Path.of(CHROMIUM));
  }

  static String skipMessage() {
    return "Chromium is not installed at " + CHROMIUM + ": browser tests skipped (apt-get install -y chromium; .ci/run installs it)";
  }

  static Browser launch() {
    return new Browser();
  }

  com.microsoft.playwright.BrowserContext context(int width, int height) {
    return browser.newContext(new NewContextOptions().setViewportSize(width, height).setDeviceScaleFactor(1));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
