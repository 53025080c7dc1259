package org.luoshi.enterprise.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.EnterpriseFixtures;
import org.luoshi.enterprise.visits.internal.VisitInput;
import org.luoshi.enterprise.visits.internal.VisitService;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * What people read of a visit's history: on the enterprise's 360° page a visit stands on its day, which has no time of
 * day; on the visit's page an edit names the fields it changed by their labels, in the reader's language.
 */
@IntegrationTest
class VisitTimelineIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	VisitService visits;

	@Autowired
	EnterpriseFixtures people;

	@Autowired
	Messages messages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVisitOnTheEnterprisesPageShowsItsDayWithoutATime() {
		LocalDate day = today().plusDays(3);
		long id = visits.plan(input(day, "了解企业用工情况"), people.tangxia()).visit().id();

		String page = PageSession.text(PageSession.signIn(port, "demo-town").get("/enterprises/" + laser()));
		String entry = entryAround(page, "href=\"/visits/" + id + "\"");
		assertThat(entry).contains("data-source=\"visit\"").contains(day.toString()).doesNotContain("00:00");

		JsonNode timeline = ApiClient.signIn(port, "demo-town").get("/api/v1/enterprises/" + laser() + "/timeline").json();
		JsonNode visit = timeline.valueStream().filter(e -> e.get("link").asString().equals("/visits/" + id)).findFirst().orElseThrow();
		assertThat(visit.get("day").asString()).isEqualTo(day.toString());
		assertThat(timeline.valueStream().filter(e -> e.get("source").asString().equals("registry")).findFirst().orElseThrow().path("day").isNull())
			.as("a moment keeps its time").isTrue();
	}

	@Test
	void anEditNamesTheFieldsItChangedByTheirLabelsInTheReadersLanguage() {
		LocalDate day = today().plusDays(4);
		long id = visits.plan(input(day, "了解企业用工情况"), people.tangxia()).visit().id();
		visits.edit(id, 0, input(day.plusDays(1), "了解企业融资需求"), people.tangxia());

		PageSession town = PageSession.signIn(port, "demo-town");
		String zh = PageSession.between(PageSession.text(town.get("/visits/" + id)), "data-kind=\"EDITED\"", "</li>");
		assertThat(zh).contains(messages.zh("visits.field.plannedDate")).contains(messages.zh("visits.field.purpose"))
			.doesNotContain("plannedDate").doesNotContain("purpose");
		String en = PageSession.between(PageSession.text(town.get("/visits/" + id + "?lang=en")), "data-kind=\"EDITED\"", "</li>");
		assertThat(en).contains(messages.en("visits.field.plannedDate")).contains(messages.en("visits.field.purpose"))
			.doesNotContain("plannedDate").doesNotContain("purpose");

		JsonNode edited = ApiClient.signIn(port, "demo-town").get("/api/v1/visits/" + id + "/timeline").json().get(1);
		assertThat(edited.get("kind").asString()).isEqualTo("EDITED");
		assertThat(edited.get("fields").valueStream().map(JsonNode::asString).toList()).containsExactly("plannedDate", "purpose");
	}

	/** The timeline entry ({@code <li>…</li>}) of the page that holds {@code marker}. */
	private static String entryAround(String page, String marker) {
		int at = page.indexOf(marker);
		assertThat(at).as(marker).isNotNegative();
		return page.substring(page.lastIndexOf("<li", at), page.indexOf("</li>", at));
	}

	private VisitInput input(LocalDate day, String purpose) {
		return new VisitInput("LEADER", day.toString(), null, "黄国栋", "副区长", List.of(), people.unit("棠下镇"), purpose, null,
				List.of(new VisitInput.Covered(laser(), null)));
	}

	private long laser() {
		return jdbc.sql("SELECT id FROM enterprise WHERE name = '江门市棠下激光科技有限公司'").query(Long.class).single();
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}
}
