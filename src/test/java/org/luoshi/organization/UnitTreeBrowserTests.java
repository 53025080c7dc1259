package org.luoshi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.organization.OrganizationFixtures.unique;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

class UnitTreeBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@Test
	void administratorCreatesRenamesMovesAndDeactivatesAnOffice() {
		signIn("demo-sysadmin");
		open("/admin/units");
		select("区发改局");

		String name = unique("营商环境科");
		find(By.id("tab-child-button")).click();
		type(By.id("child-name"), name);
		type(By.id("child-shortName"), "营商科");
		new Select(find(By.id("child-type"))).selectByValue("OFFICE");
		find(By.id("child-save")).click();
		waitFor(ExpectedConditions.textToBe(By.id("unit-title"), name));
		assertThat(find(By.id("flash")).getText()).isEqualTo(messages.zh("organization.unit.created"));
		assertThat(find(By.id("unit-ancestors")).getText()).contains("区发改局");

		String renamed = name + "（优化营商环境）";
		type(By.id("edit-name"), renamed);
		find(By.id("unit-save")).click();
		waitFor(ExpectedConditions.textToBe(By.id("unit-title"), renamed));
		assertThat(find(By.id("flash")).getText()).isEqualTo(messages.zh("flash.saved"));

		find(By.id("tab-move-button")).click();
		Select parents = new Select(find(By.id("move-parentId")));
		parents.selectByVisibleText(parents.getOptions().stream().map(WebElement::getText).filter(text -> text.strip().equals("区工信局"))
			.findFirst().orElseThrow());
		find(By.id("move-save")).click();
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-ancestors"), "区工信局"));
		assertThat(find(By.id("unit-ancestors")).getText()).doesNotContain("区发改局");

		find(By.id("tab-status-button")).click();
		find(By.id("status-save")).click();
		waitFor(ExpectedConditions.alertIsPresent()).accept();
		waitFor(ExpectedConditions.textToBe(By.id("unit-status"), messages.zh("common.inactive")));
		WebElement link = find(By.xpath("//a[contains(@class, 'unit-link')][.//span[text()='营商科']]"));
		assertThat(link.getAttribute("class")).contains("inactive");
	}

	@Test
	void showsALocalizedErrorBesideABadDivisionCodeAndKeepsTheInput() {
		signIn("demo-sysadmin");
		open("/admin/units");
		select("区发改局");

		String name = unique("新镇");
		find(By.id("tab-child-button")).click();
		type(By.id("child-name"), name);
		new Select(find(By.id("child-type"))).selectByValue("TOWN");
		new Select(find(By.id("child-divisionCode"))).selectByValue("440704");
		find(By.id("child-save")).click();

		WebElement error = find(By.cssSelector("#tab-child .invalid-feedback"));
		assertThat(error.getText()).isEqualTo(messages.zh("organization.validation.division.level", "江海区"));
		assertThat(find(By.id("child-name")).getAttribute("value")).isEqualTo(name);
		assertThat(find(By.id("child-divisionCode")).getAttribute("class")).contains("is-invalid");

		open("/admin/units?lang=en");
		select("区发改局");
		find(By.id("tab-child-button")).click();
		type(By.id("child-name"), name);
		new Select(find(By.id("child-type"))).selectByValue("TOWN");
		find(By.id("child-save")).click();
		assertThat(find(By.cssSelector("#tab-child .invalid-feedback")).getText()).isEqualTo(messages.en("organization.validation.division.required"));
		open("/admin/units?lang=zh_CN");
	}

	@Test
	void staffListShowsPhonesMaskedAndTheEditPageShowsThemWhole() {
		signIn("demo-sysadmin");
		open("/admin/staff?q=%E8%B0%A2%E6%96%87%E5%8D%9A"); // q=谢文博

		List<WebElement> phones = waitFor(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector("#staff-table .staff-phone")));
		assertThat(phones).extracting(WebElement::getText).containsExactly("138****0106");

		open("/admin/staff");
		assertThat(find(By.id("staff-table")).getText()).doesNotContain("13802260106").contains("138****0106");

		click(By.xpath("//tr[td[text()='谢文博']]//a"));
		assertThat(find(By.id("staff-phone")).getAttribute("value")).isEqualTo("13802260106");
	}

	/** Clicks a unit in the tree and waits for its panel. */
	void select(String shortName) {
		find(By.xpath("//a[contains(@class, 'unit-link')][.//span[@class='unit-name' and text()='" + shortName + "']]")).click();
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-panel"), shortName));
		waitFor(ExpectedConditions.urlContains("unit="));
	}

	void type(By field, String text) {
		WebElement input = find(field);
		input.clear();
		input.sendKeys(text);
	}
}
