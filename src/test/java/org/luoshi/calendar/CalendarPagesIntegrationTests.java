package org.luoshi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** The calendar page without a browser: who sees which forms, and a refused form shown again with its reasons. */
@IntegrationTest
class CalendarPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Messages messages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyoneSeesTheYearTheDistrictOfficeAlsoItsForms() {
		for (String reader : List.of("demo-town", "demo-leader", "demo-auditor", "demo-sysadmin")) {
			String page = PageSession.text(PageSession.signIn(port, reader).get("/calendar?year=2026"));
			assertThat(page).as(reader).contains("id=\"day-2026-10-01\"", "国办发明电〔2025〕7号").doesNotContain("calendar-day-form");
		}
		String office = PageSession.text(PageSession.signIn(port, "demo-admin").get("/calendar?year=2026&date=2026-10-10"));
		assertThat(PageSession.between(office, "id=\"calendar-arrangement\"", "</ul>").replaceAll("<[^>]+>", "").replaceAll("\\s+", ""))
			.contains("元旦：1月1日至1月3日放假，共3天；1月4日（周日）上班", "春节：2月15日至2月23日放假，共9天；2月14日（周六）、2月28日（周六）上班",
					"清明节：4月4日至4月6日放假，共3天", "国庆节：10月1日至10月7日放假，共7天；9月20日（周日）、10月10日（周六）上班");
		assertThat(PageSession.between(office, "<form class=\"card card-body mb-3\" id=\"calendar-day-form\"", "</form>"))
			.contains("value=\"2026-10-10\"", "<option value=\"MAKEUP_WORKDAY\" selected=\"selected\"", "value=\"国庆节\"");
		assertThat(office).doesNotContain("calendar-year-form").doesNotContain("calendar-remove-year");
		assertThat(PageSession.signIn(port, "demo-town").get("/calendar").statusCode()).isEqualTo(200);
		assertThat(PageSession.anonymous(port).get("/calendar").statusCode()).as("to the sign-in page").isEqualTo(302);
	}

	@Test
	void aYearNotPublishedIsSaidToCountPlainWeekends() {
		String page = PageSession.text(PageSession.signIn(port, "demo-admin").get("/calendar?year=2027"));
		assertThat(page).contains("id=\"calendar-unpublished\"", HtmlUtils.htmlEscape(messages.zh("calendar.unpublished.title", "2027")),
				"id=\"calendar-year-form\"");
		assertThat(PageSession.between(page, "id=\"day-2027-01-01\"", "</a>")).contains("data-kind=\"WORKDAY\"");
		String invalid = PageSession.text(PageSession.signIn(port, "demo-town").get("/calendar?year=abc"));
		assertThat(invalid).contains("id=\"calendar-invalid-year\"");
	}

	@Test
	void aRefusedChangeIsShownAgainWithItsReasonsAndChangesNothing() {
		PageSession office = PageSession.signIn(port, "demo-admin");
		HttpResponse<byte[]> refused = office.post("/calendar/days", "/calendar?year=2026", List.of(Map.entry("year", "2026"),
				Map.entry("from", "2026-10-08"), Map.entry("to", ""), Map.entry("kind", "MAKEUP_WORKDAY"), Map.entry("name", "")));
		assertThat(refused.statusCode()).isEqualTo(200);
		String page = PageSession.text(refused);
		assertThat(PageSession.between(page, "id=\"kind-error\"", "</div>"))
			.contains(HtmlUtils.htmlEscape(messages.zh("calendar.validation.makeup.weekday", "2026-10-08")));
		assertThat(PageSession.between(page, "id=\"name-error\"", "</div>")).contains(messages.zh("validation.required"));
		assertThat(PageSession.between(page, "id=\"from\"", ">")).contains("value=\"2026-10-08\"");
		assertThat(jdbc.sql("SELECT count(*) FROM calendar_day WHERE day = DATE '2026-10-08'").query(Long.class).single()).isZero();

		HttpResponse<byte[]> badYear = office.post("/calendar/years", "/calendar?year=2027",
				List.of(Map.entry("year", "2026"), Map.entry("notice", ""), Map.entry("sourceUrl", "")));
		assertThat(PageSession.between(PageSession.text(badYear), "id=\"new-year-error\"", "</div>"))
			.contains(messages.zh("calendar.validation.year.exists", "2026"));
	}

	@Test
	void onlyTheDistrictOfficePostsChanges() {
		PageSession town = PageSession.signIn(port, "demo-town");
		HttpResponse<byte[]> refused = town.post("/calendar/days", "/calendar", List.of(Map.entry("year", "2026"),
				Map.entry("from", "2026-12-25"), Map.entry("kind", "HOLIDAY"), Map.entry("name", "圣诞节")));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(town.post("/calendar/years/2026/remove", "/calendar").statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("SELECT count(*) FROM calendar_day WHERE day = DATE '2026-12-25'").query(Long.class).single()).isZero();
	}
}
