package org.luoshi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.web.Times;
import org.luoshi.support.ApiClient;
import org.luoshi.support.ApiClient.Answer;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** {@code /api/v1/calendar}: everyone signed in reads it, the district office changes it, bad input is refused in words. */
@IntegrationTest
class CalendarApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Messages messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Times times;

	@Test
	void everyoneSignedInReadsTheCalendarAndNobodyElse() {
		for (String reader : List.of("demo-town", "demo-dept", "demo-leader", "demo-auditor", "demo-sysadmin", "demo-secadmin", "demo-admin")) {
			ApiClient api = ApiClient.signIn(port, reader);
			assertThat(api.get("/api/v1/calendar").status()).as(reader).isEqualTo(200);
			assertThat(api.get("/api/v1/calendar/days/2026-10-01").json().path("kind").asString()).as(reader).isEqualTo("HOLIDAY");
		}
		ApiClient anonymous = ApiClient.anonymous(port);
		assertThat(anonymous.get("/api/v1/calendar").status()).isEqualTo(401);
		assertThat(anonymous.get("/api/v1/calendar/deadline?start=2026-09-30&workingDays=1").status()).isEqualTo(401);
	}

	@Test
	void readsTheYearsADayADeadlineAndACount() {
		ApiClient api = ApiClient.signIn(port, "demo-town");
		JsonNode years = api.get("/api/v1/calendar").json();
		assertThat(years.valueStream().map(year -> year.path("year").asInt()).toList()).contains(2024, 2025, 2026);
		JsonNode shipped2026 = years.valueStream().filter(year -> year.path("year").asInt() == 2026).findFirst().orElseThrow();
		assertThat(shipped2026.path("notice").asString()).isEqualTo("国办发明电〔2025〕7号");
		assertThat(shipped2026.path("holidays").asInt()).isEqualTo(33);
		assertThat(shipped2026.path("makeupWorkdays").asInt()).isEqualTo(6);

		JsonNode year = api.get("/api/v1/calendar/2026").json();
		assertThat(year.path("published").asBoolean()).isTrue();
		assertThat(year.path("workingDays").asLong()).isEqualTo(248);
		assertThat(year.path("sourceUrl").asString()).startsWith("https://www.gov.cn/");
		assertThat(year.path("days").size()).isEqualTo(39);
		assertThat(year.path("days").get(0).toString()).isEqualTo("{\"date\":\"2026-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\",\"origin\":\"NOTICE\"}");

		JsonNode unpublished = api.get("/api/v1/calendar/2027").json();
		assertThat(unpublished.path("published").asBoolean()).isFalse();
		assertThat(unpublished.path("days").size()).isZero();
		assertThat(unpublished.path("workingDays").asLong()).as("2027's weekdays, nothing more").isEqualTo(261);

		assertThat(api.get("/api/v1/calendar/days/2026-10-10").json().toString())
			.isEqualTo("{\"date\":\"2026-10-10\",\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"国庆节\",\"working\":true,\"published\":true}");
		assertThat(api.get("/api/v1/calendar/days/2027-10-01").json().toString())
			.isEqualTo("{\"date\":\"2027-10-01\",\"kind\":\"WORKDAY\",\"name\":null,\"working\":true,\"published\":false}");
		assertThat(api.get("/api/v1/calendar/deadline?start=2026-09-30&workingDays=3").json().toString())
			.isEqualTo("{\"start\":\"2026-09-30\",\"workingDays\":3,\"due\":\"2026-10-10\",\"published\":true}");
		assertThat(api.get("/api/v1/calendar/between?from=2026-09-30&to=2026-10-12").json().path("workingDays").asLong()).isEqualTo(4);
		assertThat(api.get("/api/v1/calendar/between?from=2026-12-30&to=2027-01-05").json().path("published").asBoolean()).isFalse();
	}

	@Test
	void refusesUnreadableQuestionsWithTheReasonOnEachField() {
		ApiClient api = ApiClient.signIn(port, "demo-town");
		Answer deadline = api.get("/api/v1/calendar/deadline?start=2026-9-30&workingDays=0");
		assertThat(deadline.status()).isEqualTo(400);
		assertThat(errors(deadline)).containsExactly(
				Map.entry("start", messages.zh("calendar.validation.date.format")),
				Map.entry("workingDays", messages.zh("calendar.validation.limit", "2500")));
		Answer inEnglish = api.inLanguage("en").get("/api/v1/calendar/deadline?start=2026-09-30");
		assertThat(errors(inEnglish)).containsExactly(Map.entry("workingDays", messages.en("validation.required")));
		assertThat(errors(api.get("/api/v1/calendar/abc"))).containsExactly(Map.entry("year", messages.zh("calendar.validation.year.format")));
		assertThat(errors(api.get("/api/v1/calendar/1999"))).containsExactly(Map.entry("year", messages.zh("calendar.validation.year.range", "2000", "2100")));
		assertThat(errors(api.get("/api/v1/calendar/days/2026-13-01"))).containsExactly(Map.entry("date", messages.zh("calendar.validation.date.format")));
		assertThat(api.get("/api/v1/calendar/between?from=2026-01-01").status()).isEqualTo(400);
	}

	@Test
	void onlyTheDistrictOfficeChangesTheCalendar() {
		Map<String, String> christmas = Map.of("from", "2026-12-25", "kind", "HOLIDAY", "name", "圣诞节");
		for (String refused : List.of("demo-town", "demo-leader", "demo-sysadmin", "demo-auditor")) {
			ApiClient api = ApiClient.signIn(port, refused);
			assertThat(api.post("/api/v1/calendar/days", christmas).status()).as(refused).isEqualTo(403);
			assertThat(api.delete("/api/v1/calendar/days/2026-10-10").status()).as(refused).isEqualTo(403);
			assertThat(api.post("/api/v1/calendar", Map.of("year", 2028)).status()).as(refused).isEqualTo(403);
			assertThat(api.delete("/api/v1/calendar/2026").status()).as(refused).isEqualTo(403);
		}
		assertThat(ApiClient.anonymous(port).post("/api/v1/calendar/days", christmas).status()).isEqualTo(401);
		assertThat(ApiClient.signIn(port, "demo-town").get("/api/v1/calendar/days/2026-12-25").json().path("kind").asString()).isEqualTo("WORKDAY");
	}

	@Test
	void theDistrictOfficeSetsDaysAndYears() {
		ApiClient office = ApiClient.signIn(port, "demo-admin");
		Answer set = office.post("/api/v1/calendar/days", Map.of("from", "2026-12-31", "kind", "HOLIDAY", "name", "本区调休"));
		assertThat(set.status()).isEqualTo(200);
		assertThat(set.json().get(0).toString())
			.isEqualTo("{\"date\":\"2026-12-31\",\"kind\":\"HOLIDAY\",\"name\":\"本区调休\",\"working\":false,\"published\":true}");
		assertThat(office.get("/api/v1/calendar/deadline?start=2026-12-30&workingDays=1").json().path("due").asString())
			.as("2027-01-01 is a plain Friday until 2027's notice is entered").isEqualTo("2027-01-01");
		assertThat(office.delete("/api/v1/calendar/days/2026-12-31").status()).isEqualTo(204);
		assertThat(office.delete("/api/v1/calendar/days/2026-12-31").status()).as("an ordinary day already").isEqualTo(404);
		assertThat(office.get("/api/v1/calendar/days/2026-12-31").json().path("kind").asString()).isEqualTo("WORKDAY");

		int future = times.today().getYear() + 2;
		try {
			Answer added = office.post("/api/v1/calendar", Map.of("year", future, "notice", "国办发明电〔2099〕1号", "sourceUrl", ""));
			assertThat(added.status()).isEqualTo(201);
			assertThat(added.json().path("published").asBoolean()).isTrue();
			assertThat(added.json().path("origin").asString()).isEqualTo("DISTRICT");
			assertThat(errors(office.post("/api/v1/calendar", Map.of("year", future))))
				.containsExactly(Map.entry("year", messages.zh("calendar.validation.year.exists", String.valueOf(future))));
			assertThat(office.delete("/api/v1/calendar/" + future).status()).isEqualTo(204);
			assertThat(office.get("/api/v1/calendar/" + future).json().path("published").asBoolean()).isFalse();
		}
		finally {
			jdbc.sql("DELETE FROM calendar_year WHERE year = ? AND origin = 'DISTRICT'").param(future).update();
		}
		assertThat(errors(office.delete("/api/v1/calendar/2026")))
			.containsExactly(Map.entry("year", messages.zh("calendar.validation.year.shipped", "2026")));
	}

	@Test
	void refusesABadChangeWholeAndSaysWhyInTheCallersLanguage() {
		ApiClient office = ApiClient.signIn(port, "demo-admin");
		Answer weekday = office.post("/api/v1/calendar/days", Map.of("from", "2026-10-08", "to", "2026-10-10", "kind", "MAKEUP_WORKDAY", "name", "国庆节"));
		assertThat(weekday.status()).isEqualTo(400);
		assertThat(weekday.contentType()).startsWith("application/problem+json");
		assertThat(errors(weekday)).containsExactly(Map.entry("kind", messages.zh("calendar.validation.makeup.weekday", "2026-10-08")));
		assertThat(messages.zh("calendar.validation.makeup.weekday", "2026-10-08")).isEqualTo("调休上班只能设在周六或周日：2026-10-08 不是周末。");
		Answer english = office.inLanguage("en").post("/api/v1/calendar/days", Map.of("from", "2030-10-01", "kind", "HOLIDAY"));
		assertThat(errors(english)).containsExactly(
				Map.entry("name", messages.en("validation.required")),
				Map.entry("from", messages.en("calendar.validation.year.missing", "2030")));
		assertThat(office.get("/api/v1/calendar/days/2026-10-09").json().path("kind").asString()).as("nothing changed").isEqualTo("WORKDAY");
	}

	private static List<Map.Entry<String, String>> errors(Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		return answer.json().path("errors").valueStream()
			.map(error -> Map.entry(error.path("field").asString(), error.path("message").asString()))
			.toList();
	}
}
