package org.luoshi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A leader opens the dashboard on a phone: every part arrives on its own, the one the leader may not see says so in its
 * box, a town's tile and a red figure lead to their lists; at a desk the towns sort by a column and by another
 * indicator, a part that fails shows a small box and leaves the others, and the A4 snapshot downloads as a PDF.
 */
@IntegrationTest
class DashboardBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@AfterEach
	void desktopWindowAgain() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void aLeaderSeesEveryPartOnAPhoneAndDrillsDownToTheLists() {
		browser.manage().window().setSize(new Dimension(390, 844));
		signIn("demo-leader");
		open("/dashboard?period=2026-10");
		partsArrived();
		assertThat(find(By.id("gdp-growth")).getText()).contains("4.80%");
		assertThat(find(By.id("dashboard-legal")).getText()).contains(messages.zh("dashboard.part.title.legal"));
		assertThat(find(By.id("projects-open-blockers")).findElements(By.cssSelector("[data-light]"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#town-grid .town-tile"))).hasSizeGreaterThanOrEqualTo(6);
		fitsThePhone();

		click(find(By.id("town-440703102")));
		waitFor(ExpectedConditions.urlMatches(".*/economy/indicators/\\d+\\?period=2026-10&place=440703102$"));
		assertThat(find(By.id("place-440703102")).getText()).contains("荷塘镇");

		open("/dashboard?period=2026-10");
		String red = find(By.cssSelector("#tasks-red .figure-value")).getText();
		click(find(By.id("tasks-red")));
		waitFor(ExpectedConditions.urlMatches(".*/supervision/tasks\\?light=RED$"));
		assertThat(browser.findElements(By.cssSelector("#task-results tr.task-row")))
			.as("the list behind the red figure " + red + " shows red tasks only")
			.isNotEmpty()
			.allSatisfy(row -> assertThat(row.getAttribute("data-light")).isEqualTo("RED"));
		fitsThePhone();
	}

	@Test
	void atADeskTheTownsSortAndChangeIndicatorAFailingPartStaysAloneAndTheSnapshotDownloads() throws Exception {
		signIn("demo-admin");
		open("/dashboard?period=2026-10");
		partsArrived();
		assertThat(find(By.id("dashboard-legal")).getText()).contains(messages.zh("dashboard.part.title.legal"));

		// Sorted by attainment, largest first, then the other way round.
		WebElement attainment = find(By.cssSelector("#town-table th:nth-child(5) button"));
		click(attainment);
		List<Double> descending = column(5);
		assertThat(descending).isSortedAccordingTo((a, b) -> Double.compare(b, a)).hasSizeGreaterThanOrEqualTo(6);
		click(find(By.cssSelector("#town-table th:nth-child(5) button")));
		assertThat(column(5)).isSorted();

		// Another indicator: the part reloads itself alone.
		// (The towns have no figures of retail sales in the demo: their tiles come back without a light.)
		((JavascriptExecutor) browser).executeScript("var s = document.getElementById('towns-indicator'); s.value = 'RETAIL_SALES';"
				+ " s.dispatchEvent(new Event('change', {bubbles: true}));");
		waitFor(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
				"return document.querySelectorAll('#town-grid .town-tile.tile-none').length")).intValue() >= 6);
		assertThat(find(By.cssSelector("#towns-indicator option[value='RETAIL_SALES']")).isSelected()).isTrue();
		assertThat(find(By.id("dashboard-gdp")).isDisplayed()).isTrue();

		// A part whose answer fails shows a small box; the others stay as they are.
		((JavascriptExecutor) browser).executeScript(
				"htmx.ajax('GET', '/dashboard/parts/no-such-part', {source: '#part-demands', target: '#part-demands'})");
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("part-demands"), messages.zh("dashboard.part.failed")));
		assertThat(find(By.id("dashboard-tasks")).isDisplayed()).isTrue();

		String pdf = find(By.id("dashboard-snapshot")).getAttribute("href");
		HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf)).header("Cookie", cookies()).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(download.body().length).isGreaterThan(3000);
		try (PDDocument document = Loader.loadPDF(download.body())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains("地区生产总值", "4.80%");
		}
	}

	private void partsArrived() {
		for (String part : List.of("gdp", "towns", "tasks", "demands", "legal", "projects")) {
			waitFor(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-" + part)));
		}
	}

	private List<Double> column(int column) {
		return browser.findElements(By.cssSelector("#town-table tbody tr td:nth-child(" + column + ")")).stream()
			.map(cell -> cell.getAttribute("data-value"))
			.map(value -> value == null || value.isEmpty() ? Double.NEGATIVE_INFINITY : Double.parseDouble(value))
			.toList();
	}

	private void fitsThePhone() {
		long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as("no sideways scrolling on a phone: " + browser.getCurrentUrl()).isLessThanOrEqualTo(390);
	}

	private String cookies() {
		StringBuilder header = new StringBuilder();
		for (Cookie cookie : browser.manage().getCookies()) {
			header.append(cookie.getName()).append('=').append(cookie.getValue()).append("; ");
		}
		return header.toString();
	}
}
