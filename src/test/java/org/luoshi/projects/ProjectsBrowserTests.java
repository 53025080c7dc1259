package org.luoshi.projects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.BrowserTest;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The district office on a phone: the key projects with their investment against plan, a project's page with its chart
 * and the blocker already under supervision with its task's light; it records a new blocker and raises it into a task,
 * whose light then shows. A town's handler reporting more than the project's total is told why, and keeps what it typed.
 */
@IntegrationTest
class ProjectsBrowserTests extends BrowserTest {

	@Autowired
	Messages messages;

	@AfterEach
	void desktopWindowAgain() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void theOfficeRaisesABlockerIntoATaskOnAPhoneAndSeesItsLight() {
		browser.manage().window().setSize(new Dimension(390, 844));
		signIn("demo-admin");
		open("/projects?period=2026-11");
		assertThat(browser.findElements(By.cssSelector(".project-row"))).hasSizeGreaterThanOrEqualTo(6);
		assertThat(find(By.id("project-total-share")).getText()).endsWith("%");
		fitsThePhone();
		click(browser.findElements(By.cssSelector(".project-row a")).stream().filter(a -> a.getText().equals("区文化中心")).findFirst().orElseThrow());
		assertThat(find(By.id("project-name")).getText()).isEqualTo("区文化中心");
		assertThat(find(By.id("projects-chart")).findElements(By.tagName("canvas"))).isNotEmpty();
		WebElement underSupervision = browser.findElements(By.cssSelector(".blocker[data-status=RAISED]")).get(0);
		assertThat(underSupervision.findElements(By.cssSelector(".light .light-name"))).singleElement()
			.satisfies(light -> assertThat(light.getText()).isIn(messages.zh("supervision.light.GREEN"), messages.zh("supervision.light.YELLOW"),
					messages.zh("supervision.light.RED")));
		fitsThePhone();

		int raisedBefore = browser.findElements(By.cssSelector(".blocker[data-status=RAISED]")).size();
		find(By.id("blocker-text")).sendKeys("周边道路封闭施工需交警部门审批");
		click(By.id("blocker-submit"));
		assertThat(find(By.id("projects-flash")).getText()).isEqualTo(messages.zh("projects.blocker.saved"));
		WebElement open = browser.findElements(By.cssSelector(".blocker[data-status=OPEN]")).stream()
			.filter(b -> b.getText().contains("交警部门审批")).findFirst().orElseThrow();
		click(open.findElement(By.cssSelector(".blocker-raise button")));
		assertThat(find(By.id("projects-flash")).getText()).isEqualTo(messages.zh("projects.blocker.raised"));
		assertThat(browser.findElements(By.cssSelector(".blocker[data-status=RAISED]"))).hasSize(raisedBefore + 1);
		WebElement raised = browser.findElements(By.cssSelector(".blocker[data-status=RAISED]")).stream()
			.filter(b -> b.getText().contains("交警部门审批")).findFirst().orElseThrow();
		assertThat(raised.findElement(By.cssSelector(".light .light-name")).getText()).isEqualTo(messages.zh("supervision.light.GREEN"));
		assertThat(raised.findElements(By.cssSelector(".blocker-raise"))).isEmpty();
		fitsThePhone();
		click(raised.findElement(By.cssSelector(".blocker-task-link")));
		assertThat(find(By.id("task-source-project")).getAttribute("href")).contains("/projects/");
	}

	@Test
	void aTownsHandlerIsToldWhyAMonthIsRefusedAndKeepsWhatItTyped() {
		signIn("demo-town");
		open("/projects");
		click(browser.findElements(By.cssSelector(".project-row a")).get(0));
		find(By.id("investment-amount")).sendKeys("99999999");
		click(By.id("investment-submit"));
		assertThat(find(By.id("projects-problems")).getText()).contains("超过总投资");
		assertThat(find(By.id("investment-amount")).getAttribute("value")).isEqualTo("99999999");
		assertThat(browser.findElements(By.id("project-edit"))).isEmpty();
	}

	@Test
	void aNameFromAReportOpensTheFormPrefilledAndAMissingLeadUnitIsNamed() {
		signIn("demo-admin");
		open("/projects/new?name=荷塘康溪产业园&town=440703102&fromReport=1");
		assertThat(find(By.id("projects-from-report")).getText()).isEqualTo(messages.zh("projects.from-report"));
		assertThat(find(By.id("project-name-input")).getAttribute("value")).isEqualTo("荷塘康溪产业园");
		assertThat(new org.openqa.selenium.support.ui.Select(find(By.id("project-town-input"))).getFirstSelectedOption().getText()).isEqualTo("荷塘镇");
		find(By.id("project-total")).sendKeys("-5");
		click(By.id("project-submit"));
		assertThat(find(By.id("projects-problems")).getText()).contains(messages.zh("validation.required"), messages.zh("projects.amount.positive"));
		assertThat(find(By.id("project-name-input")).getAttribute("value")).isEqualTo("荷塘康溪产业园");
	}

	private void fitsThePhone() {
		long width = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as("no sideways scrolling on a phone: " + browser.getCurrentUrl()).isLessThanOrEqualTo(390);
	}
}
