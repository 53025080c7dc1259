package org.luoshi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class SearchBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Test
	void searchesFromTheHeaderAndFiltersTheResultsByType() {
		signIn("demo-admin");
		find(By.id("header-search-input")).sendKeys("棠下" + Keys.ENTER);

		waitFor(ExpectedConditions.urlContains("/search?q="));
		List<WebElement> hits = find(By.id("search-results")).findElements(By.cssSelector(".search-hit"));
		assertThat(hits).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#search-results mark"))).isNotEmpty()
			.allSatisfy(mark -> assertThat(mark.getText()).startsWith("棠下"));
		assertThat(pageText()).contains("江门市蓬江区棠下镇人民政府").contains("梁家豪");

		find(By.cssSelector("#type-filters a[data-type='staff']")).click();
		waitFor(ExpectedConditions.urlContains("type=staff"));
		assertThat(find(By.id("search-results")).findElements(By.cssSelector(".search-hit")))
			.isNotEmpty()
			.allSatisfy(hit -> assertThat(hit.getAttribute("data-type")).isEqualTo("staff"));
		assertThat(find(By.id("search-input")).getAttribute("value")).isEqualTo("棠下");
	}

	@Test
	void explainsAnEmptyOrTooLongQueryInTheReadersLanguage() {
		signIn("demo-town");
		open("/search?q=");
		assertThat(find(By.id("search-problem")).getText()).isEqualTo(messages.zh("search.empty"));
		open("/search?lang=en&q=" + "x".repeat(101));
		assertThat(find(By.id("search-problem")).getText()).isEqualTo(messages.en("search.validation.q.too-long", 100));
		open("/search?q=zzzzqqqq");
		assertThat(find(By.id("search-nothing")).getText()).contains("zzzzqqqq");
	}
}
