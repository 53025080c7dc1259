package org.luoshi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole application on a random port, driven by Debian's headless Chromium.
 * Where Chromium is not installed the tests are skipped, saying so — unless {@code LUOSHI_REQUIRE_BROWSER}
 * is set (CI), where they fail.
 */
@IntegrationTest
public abstract class BrowserTest {

	static final String CHROMIUM = "/usr/bin/chromium";
	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	protected static WebDriver browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
		if (!installed && System.getenv("LUOSHI_REQUIRE_BROWSER") != null) {
			throw new IllegalStateException("LUOSHI_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
		}
		Assumptions.assumeTrue(installed, "Browser tests skipped: install chromium and chromium-driver (Debian) to run them");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
				"--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + Files.createTempDirectory("luoshi-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build();
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofMillis(0));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	/**
	 * Every page a browser test visits runs under the Content-Security-Policy: whatever it refused (an inline script,
	 * handler or style attribute, an eval) shows in the console and fails the test that caused it.
	 */
	@AfterEach
	void nothingRefusedByTheContentSecurityPolicy() {
		if (browser != null) {
			List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
				.map(LogEntry::getMessage)
				.filter(message -> message.contains("Content Security Policy"))
				.toList();
			assertThat(refused).as("refused by the Content-Security-Policy").isEmpty();
		}
	}

	@BeforeEach
	void freshSession() {
		if (browser != null) {
			open("/login");
			browser.manage().deleteAllCookies();
		}
	}

	protected void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	/** Signs in through the login form with the demo password. */
	protected void signIn(String username) {
		signIn(username, TestDatabaseEnvironment.DEMO_PASSWORD);
	}

	protected void signIn(String username, String password) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("login-submit")).click();
		waitFor(driver -> !driver.getCurrentUrl().endsWith("/login"));
	}

	protected WebElement find(By by) {
		return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * Clicks where a person would: scrolled to the middle of the window first, so that the sticky header or the phone
	 * tab bar never sits over the element.
	 */
	protected void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	protected void click(By by) {
		click(waitFor(ExpectedConditions.elementToBeClickable(by)));
	}

	protected <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
	}

	protected String pageText() {
		return browser.findElement(By.tagName("body")).getText();
	}
}
