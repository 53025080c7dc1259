package org.luoshi.enterprise.demands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.EnterpriseFixtures;
import org.luoshi.enterprise.demands.internal.DemandCategoryAdministration;
import org.luoshi.enterprise.demands.internal.DemandCategoryAdministration.NewCategory;
import org.luoshi.enterprise.demands.DemandCommands.RaiseDemand;
import org.luoshi.enterprise.demands.DemandCommands.TakeStep;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demand desk in a browser: the enterprise raises a demand on its phone, its town signs for it and answers on a
 * phone, the enterprise rates the answer on its phone; the office decides a return and raises the demands heard on a
 * visit in one step; every demand page fits a 390 px phone.
 */
@IntegrationTest
class DemandBrowserTests extends BrowserTest {

	@Autowired
	DemandManagement demands;

	@Autowired
	EnterpriseFixtures fixtures;

	@Autowired
	Messages messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemandCategoryAdministration administration;

	@AfterEach
	void desktopWindowAgain() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void anEnterpriseRaisesItsTownAnswersAndTheEnterpriseRatesAllOnPhones() {
		browser.manage().window().setSize(new Dimension(390, 844));
		String title = "招聘电工" + System.nanoTime();
		signIn("demo-enterprise");
		open("/portal");
		assertThat(pageText()).contains(messages.zh("demand.portal.title"));
		open("/demands/new");
		assertThat(browser.findElements(By.id("demand-enterprise"))).as("its own enterprise, not chosen").isEmpty();
		new Select(find(By.id("demand-type"))).selectByValue("HELP");
		new Select(find(By.id("demand-category"))).selectByValue(String.valueOf(category("LABOUR_HIRING")));
		find(By.id("demand-content")).sendKeys("扩产需要招聘五名持证电工。");
		click(By.id("demand-submit"));
		assertThat(find(By.id("demand-problems")).getText()).contains(messages.zh("demand.title.required"));
		assertThat(find(By.id("demand-content")).getAttribute("value")).isEqualTo("扩产需要招聘五名持证电工。");
		find(By.id("demand-title")).sendKeys(title);
		assertWithinPhone();
		click(By.id("demand-submit"));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("demand-page")));
		long id = Long.parseLong(find(By.id("demand-page")).getAttribute("data-demand-id"));
		assertThat(find(By.id("demand-status")).getText()).isEqualTo(messages.zh("demand.status.ASSIGNED"));
		assertThat(find(By.id("demand-unit")).getText()).isEqualTo("棠下镇");
		assertWithinPhone();

		signIn("demo-town");
		open("/demands?view=mine");
		click(By.cssSelector("#demand-" + id + " .demand-link"));
		take("SIGN", null);
		assertThat(find(By.id("demand-status")).getText()).isEqualTo(messages.zh("demand.status.IN_PROGRESS"));
		take("ANSWER", "已对接镇人力资源服务站，下周组织专场招聘。");
		assertThat(find(By.id("demand-status")).getText()).isEqualTo(messages.zh("demand.status.ANSWERED"));
		assertWithinPhone();

		signIn("demo-enterprise");
		open("/demands/" + id);
		click(By.id("demand-open-RATE"));
		click(waitFor(ExpectedConditions.elementToBeClickable(By.id("rating-UNSATISFIED"))));
		click(By.id("resolved-false"));
		click(By.id("demand-submit-RATE"));
		assertThat(find(By.id("demand-problems")).getText()).contains(messages.zh("demand.rating.unsatisfied.reason"));
		assertThat(find(By.id("demand-status")).getText()).isEqualTo(messages.zh("demand.status.ANSWERED"));
		click(waitFor(ExpectedConditions.elementToBeClickable(By.id("rating-SATISFIED"))));
		click(By.id("resolved-true"));
		click(By.id("demand-submit-RATE"));
		waitFor(ExpectedConditions.textToBe(By.id("demand-status"), messages.zh("demand.status.CLOSED")));
		assertThat(find(By.id("demand-rating")).getText()).contains(messages.zh("demand.rating.SATISFIED"));
		assertThat(browser.findElements(By.cssSelector("#demand-timeline .timeline-entry")).stream().map(e -> e.getAttribute("data-kind")).toList())
			.containsExactly("rated-satisfied", "answered", "signed", "raised");
		assertWithinPhone();
	}

	@Test
	void theOfficeDecidesAReturnAndRaisesTheDemandsHeardOnAVisitInOneStep() {
		var enterprise = jdbc.sql("SELECT id FROM enterprise WHERE name = '朝光通信有限公司'").query(Long.class).single();
		DemandDetails raised = demands.raise(new RaiseDemand(enterprise, "CONSULTATION", category("LEGAL"), "仲裁测试" + System.nanoTime(),
				"合同争议咨询。", null, null, "HOTLINE", null, null), fixtures.office());
		demands.take(raised.id(), TakeStep.of(DemandStep.RETURN, "属于商事仲裁事项"), fixtures.justice());
		long development = fixtures.unit("区发改局");

		signIn("demo-admin");
		open("/demands?view=mine");
		click(By.cssSelector("#demand-" + raised.id() + " .demand-link"));
		click(By.id("demand-open-ARBITRATE"));
		click(waitFor(ExpectedConditions.elementToBeClickable(By.id("upheld-true"))));
		new Select(find(By.id("unit-ARBITRATE"))).selectByValue(String.valueOf(development));
		find(By.id("text-ARBITRATE")).sendKeys("涉及产业政策，由发改局办理");
		click(By.id("demand-submit-ARBITRATE"));
		waitFor(ExpectedConditions.textToBe(By.id("demand-status"), messages.zh("demand.status.ASSIGNED")));
		assertThat(find(By.id("demand-unit")).getText()).isEqualTo("区发改局");

		long visit = jdbc.sql("SELECT id FROM visit WHERE kind = 'CPPCC' ORDER BY id LIMIT 1").query(Long.class).single();
		open("/visits/" + visit);
		click(By.id("visit-demands-raise"));
		String title = "走访诉求" + System.nanoTime();
		new Select(find(By.id("row-enterprise-0"))).selectByValue(String.valueOf(enterprise));
		new Select(find(By.id("row-category-0"))).selectByValue(String.valueOf(category("UTILITIES")));
		find(By.id("row-title-0")).sendKeys(title);
		find(By.id("row-content-0")).sendKeys("希望协调增加变压器容量。");
		find(By.id("row-title-1")).sendKeys("只有标题的一行");
		click(By.id("visit-demands-submit"));
		assertThat(find(By.id("demand-problems")).getText()).contains(messages.zh("demand.content.required"));
		assertThat(jdbc.sql("SELECT count(*) FROM demand WHERE title = ?").param(title).query(Long.class).single()).as("all rows or none").isZero();
		find(By.id("row-title-1")).clear();
		click(By.id("visit-demands-submit"));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("demand-visit-filter")));
		assertThat(find(By.id("demand-flash")).getText()).contains("1");
		assertThat(find(By.id("demand-table")).getText()).contains(title);
		assertThat(jdbc.sql("SELECT source FROM demand WHERE title = ? AND visit_id = ?").params(title, visit).query(String.class).single())
			.isEqualTo("VISIT");
	}

	@Test
	void theDeskGivesOneTownItsOwnRouteAndTakesItBack() {
		long added = administration.add(new NewCategory(category("APPROVAL"), "占道施工" + System.nanoTime() % 100000, null, 5),
				fixtures.office()).id();
		long unit = jdbc.sql("SELECT id FROM unit WHERE short_name = '区发改局'").query(Long.class).single();
		signIn("demo-admin");
		open("/demands/categories#category-" + added);
		click(By.cssSelector("#town-routes-" + added + " summary"));
		new Select(waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("town-route-town-" + added))))
			.selectByValue(EnterpriseFixtures.HETANG);
		new Select(find(By.id("town-route-unit-" + added))).selectByValue(String.valueOf(unit));
		click(By.id("town-route-add-" + added));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("category-flash")));
		assertThat(find(By.id("town-routes-" + added)).getText()).contains("荷塘镇").contains("区发改局");

		click(By.id("town-route-remove-" + added + "-" + EnterpriseFixtures.HETANG));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("category-flash")));
		assertThat(browser.findElements(By.id("town-route-remove-" + added + "-" + EnterpriseFixtures.HETANG))).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM demand_route WHERE category_id = ?").param(added).query(Integer.class).single()).isZero();
	}

	@Test
	void everyDemandPageFitsAPhone() {
		signIn("demo-admin");
		browser.manage().window().setSize(new Dimension(390, 844));
		long visit = jdbc.sql("SELECT id FROM visit WHERE kind = 'CPPCC' ORDER BY id LIMIT 1").query(Long.class).single();
		List<String> tooWide = new ArrayList<>();
		List<String> paths = new ArrayList<>(List.of("/demands", "/demands?view=overdue", "/demands/new", "/demands/rates", "/demands/categories",
				"/demands/from-visit/" + visit));
		jdbc.sql("SELECT id FROM demand ORDER BY id LIMIT 10").query(Long.class).list().forEach(id -> paths.add("/demands/" + id));
		for (String path : paths) {
			open(path);
			find(By.tagName("h1"));
			long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
			if (width > 390) {
				tooWide.add(path + " is " + width + " px wide");
			}
		}
		assertThat(tooWide).isEmpty();
	}

	private void take(String step, String text) {
		click(By.id("demand-open-" + step));
		if (text != null) {
			waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("text-" + step))).sendKeys(text);
		}
		click(waitFor(ExpectedConditions.elementToBeClickable(By.id("demand-submit-" + step))));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("demand-flash")));
	}

	private long category(String code) {
		return jdbc.sql("SELECT id FROM demand_category WHERE code = ?").param(code).query(Long.class).single();
	}

	private void assertWithinPhone() {
		long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as("no sideways scrolling on a phone: " + browser.getCurrentUrl()).isLessThanOrEqualTo(390);
	}
}
