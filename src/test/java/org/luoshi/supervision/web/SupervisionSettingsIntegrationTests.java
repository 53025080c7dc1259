package org.luoshi.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.support.PageSession.text;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.supervision.SupervisionFixtures;
import org.luoshi.supervision.internal.SettingsService;
import org.luoshi.supervision.internal.SupervisionSettings;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The settings page: for whole-district supervisors only, refusing what is wrong beside its field, never overwriting. */
@IntegrationTest
@Import(SupervisionFixtures.class)
class SupervisionSettingsIntegrationTests {

	@Autowired
	Messages messages;

	private static final String ACTION = "supervision.settings.changed";

	@LocalServerPort
	int port;

	@Autowired
	SupervisionFixtures fixtures;

	@Autowired
	SettingsService settings;

	@Autowired
	JdbcClient jdbc;

	SupervisionSettings original;

	@BeforeEach
	void remember() {
		original = settings.current();
	}

	/** Every other test applies the thresholds: they leave as they came. */
	@AfterEach
	void restore() {
		int version = settings.current().version();
		if (version != original.version()) {
			settings.update(original, version, fixtures.supervisor());
		}
	}

	@Test
	void onlyAWholeDistrictSupervisorGetsThePage() {
		assertThat(PageSession.signIn(port, "demo-admin").get("/supervision/settings").statusCode()).isEqualTo(200);
		for (String username : List.of("demo-leader", "demo-dept", "demo-town", "demo-auditor")) {
			assertThat(PageSession.signIn(port, username).get("/supervision/settings").statusCode()).as(username).isEqualTo(403);
		}
	}

	@Test
	void refusesValuesOutOfRangeBesideTheirFieldsAndChangesNothing() {
		long audited = audited();

		HttpResponse<byte[]> answer = PageSession.signIn(port, "demo-admin").post("/supervision/settings",
				form("0", "31", true, "3", "蓬督2026", original.version()));

		assertThat(answer.statusCode()).isEqualTo(200);
		String page = text(answer);
		assertThat(error(page, "dueSoonDays")).isEqualTo(messages.zh("supervision.settings.range", 1, 90));
		assertThat(error(page, "signWithinDays")).isEqualTo(messages.zh("supervision.settings.range", 1, 30));
		assertThat(error(page, "noticePrefix")).isEqualTo(messages.zh("supervision.settings.prefix.invalid"));
		assertThat(page).doesNotContain("id=\"remindEveryDays-error\"");
		assertThat(settings.current()).isEqualTo(original);
		assertThat(audited()).isEqualTo(audited);
	}

	@Test
	void saysWhatIsNotAWholeNumberOfDays() {
		String page = text(PageSession.signIn(port, "demo-admin").post("/supervision/settings",
				form("7", "三", true, "", "蓬督", original.version())));

		assertThat(error(page, "signWithinDays")).isEqualTo(messages.zh("boards.settings.days.invalid"));
		assertThat(error(page, "remindEveryDays")).isEqualTo(messages.zh("validation.required"));
		assertThat(settings.current()).isEqualTo(original);
	}

	@Test
	void refusesAStaleVersionKeepingWhatWasTyped() {
		HttpResponse<byte[]> answer = PageSession.signIn(port, "demo-admin").post("/supervision/settings",
				form("12", "5", false, "4", "江督", original.version() - 1));

		String page = text(answer);
		assertThat(page).contains("id=\"settings-conflict\"");
		assertThat(value(page, "dueSoonDays")).isEqualTo("12");
		assertThat(value(page, "noticePrefix")).isEqualTo("江督");
		assertThat(value(page, "version")).isEqualTo(String.valueOf(original.version()));
		assertThat(settings.current()).isEqualTo(original);
	}

	@Test
	void savesAValidChangeAndAuditsIt() {
		long audited = audited();
		int dueSoonDays = original.dueSoonDays() == 10 ? 11 : 10;

		HttpResponse<byte[]> answer = PageSession.signIn(port, "demo-admin").post("/supervision/settings",
				form(String.valueOf(dueSoonDays), "4", false, "5", "江督", original.version()));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/supervision/settings");
		SupervisionSettings saved = settings.current();
		assertThat(saved).isEqualTo(new SupervisionSettings(dueSoonDays, 4, false, 5, "江督", original.version() + 1));
		assertThat(audited()).isEqualTo(audited + 1);
		String changes = jdbc.sql("SELECT changes::text FROM audit_entry WHERE action = ? ORDER BY id DESC LIMIT 1")
			.param(ACTION).query(String.class).single();
		assertThat(changes).contains("dueSoonDays", String.valueOf(dueSoonDays), "江督");
	}

	private long audited() {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ?").param(ACTION).query(Long.class).single();
	}

	private static Map<String, String> form(String dueSoonDays, String signWithinDays, boolean autoRemind, String remindEveryDays,
			String noticePrefix, int version) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("dueSoonDays", dueSoonDays);
		form.put("signWithinDays", signWithinDays);
		if (autoRemind) {
			form.put("autoRemind", "true");
		}
		form.put("remindEveryDays", remindEveryDays);
		form.put("noticePrefix", noticePrefix);
		form.put("version", String.valueOf(version));
		return form;
	}

	/** The message shown under a field. */
	private static String error(String page, String field) {
		return group(page, "id=\"" + field + "-error\"[^>]*>([^<]*)<", field + "'s error");
	}

	/** The value a field shows. */
	private static String value(String page, String field) {
		return group(page, "<input[^>]*name=\"" + field + "\"[^>]*value=\"([^\"]*)\"", field + "'s value");
	}

	private static String group(String page, String regex, String what) {
		Matcher matcher = Pattern.compile(regex).matcher(page);
		assertThat(matcher.find()).as(what).isTrue();
		return matcher.group(1).strip();
	}
}
