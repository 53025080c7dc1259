package org.luoshi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.calendar.internal.CalendarAdministration;
import org.luoshi.calendar.internal.CalendarAdministration.AddYear;
import org.luoshi.calendar.internal.CalendarAdministration.SetDays;
import org.luoshi.calendar.internal.CalendarYear;
import org.luoshi.calendar.internal.Origin;
import org.luoshi.shared.Actor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.Times;
import org.luoshi.support.Acting;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The district changes its calendar: a year added for a notice not shipped yet, days marked, changed and set back, each
 * change audited; bad input refused whole, with its reason on its field, and nothing written; only the district office
 * over the whole district may change it.
 */
@IntegrationTest
class CalendarAdministrationIntegrationTests {

	@Autowired
	CalendarAdministration administration;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Times times;

	/** The year after next: always addable, never shipped while these tests are current. */
	int future;

	@BeforeEach
	void actAsTheDistrictOffice() {
		Acting.actAs(CalendarFixtures.districtOffice());
		future = times.today().getYear() + 2;
	}

	@AfterEach
	void removeTheYearAdded() {
		jdbc.sql("DELETE FROM calendar_year WHERE year = ? AND origin = 'DISTRICT'").param(future).update();
		Acting.actAsNobody();
	}

	@Test
	void addsAYearMarksItsDaysAndAuditsEachChange() {
		long before = auditEntries();
		assertThat(workingDays.isPublished(future)).isFalse();
		CalendarYear added = administration.addYear(new AddYear(String.valueOf(future), " 国办发明电〔2099〕1号 ", "https://www.gov.cn/x.htm"), office());
		assertThat(added).isEqualTo(new CalendarYear(future, "国办发明电〔2099〕1号", "https://www.gov.cn/x.htm", Origin.DISTRICT, 0, 0, 0));
		assertThat(workingDays.isPublished(future)).isTrue();

		LocalDate nationalDay = LocalDate.of(future, 10, 1);
		LocalDate saturday = nextSaturday(LocalDate.of(future, 10, 8));
		List<CalendarDay> set = administration.setDays(new SetDays(nationalDay.toString(), nationalDay.plusDays(6).toString(), "holiday", " 国庆节 "),
				office());
		assertThat(set).hasSize(7).allMatch(day -> day.kind() == DayKind.HOLIDAY && day.name().equals("国庆节"));
		administration.setDays(new SetDays(saturday.toString(), "", "MAKEUP_WORKDAY", "国庆节"), office());
		assertThat(workingDays.day(saturday)).isEqualTo(new CalendarDay(saturday, DayKind.MAKEUP_WORKDAY, "国庆节", true));

		administration.setDays(new SetDays(nationalDay.toString(), null, "HOLIDAY", "国庆节、中秋节"), office());
		administration.setDays(new SetDays(nationalDay.plusDays(6).toString(), null, "ORDINARY", null), office());
		administration.setDays(new SetDays(nationalDay.plusDays(1).toString(), null, "HOLIDAY", "国庆节"), office());
		assertThat(workingDays.day(nationalDay).name()).isEqualTo("国庆节、中秋节");
		assertThat(workingDays.day(nationalDay.plusDays(6)).kind()).isIn(DayKind.WORKDAY, DayKind.WEEKEND);
		assertThat(administration.year(future).orElseThrow()).extracting(CalendarYear::holidays, CalendarYear::makeupWorkdays, CalendarYear::districtDays)
			.containsExactly(6, 1, 7);

		List<String> trail = jdbc.sql("SELECT action || ' ' || target_id || ' ' || actor_username FROM audit_entry WHERE id > ? "
				+ "AND target_type LIKE 'calendar-%' ORDER BY id").param(before).query(String.class).list();
		assertThat(trail).as("one entry per day changed; a day set to what it was is no change").containsExactly(
				"calendar.year.added " + future + " demo-admin",
				"calendar.day.marked " + nationalDay + " demo-admin", "calendar.day.marked " + nationalDay.plusDays(1) + " demo-admin",
				"calendar.day.marked " + nationalDay.plusDays(2) + " demo-admin", "calendar.day.marked " + nationalDay.plusDays(3) + " demo-admin",
				"calendar.day.marked " + nationalDay.plusDays(4) + " demo-admin", "calendar.day.marked " + nationalDay.plusDays(5) + " demo-admin",
				"calendar.day.marked " + nationalDay.plusDays(6) + " demo-admin",
				"calendar.day.marked " + saturday + " demo-admin",
				"calendar.day.changed " + nationalDay + " demo-admin",
				"calendar.day.cleared " + nationalDay.plusDays(6) + " demo-admin");
		assertThat(jdbc.sql("SELECT changes::text FROM audit_entry WHERE action = 'calendar.day.changed' AND target_id = ? ORDER BY id DESC LIMIT 1")
			.param(nationalDay.toString()).query(String.class).single())
			.contains("\"before\": \"国庆节\"", "\"after\": \"国庆节、中秋节\"").doesNotContain("kind");
	}

	@Test
	void changesAShippedDayAndSetsItBack() {
		LocalDate day = LocalDate.parse("2026-10-10");
		try {
			administration.setDays(new SetDays(day.toString(), null, "ORDINARY", null), office());
			assertThat(workingDays.day(day)).isEqualTo(new CalendarDay(day, DayKind.WEEKEND, null, true));
			assertThat(workingDays.deadline(LocalDate.parse("2026-10-09"), 1).due()).isEqualTo("2026-10-12");
		}
		finally {
			administration.setDays(new SetDays(day.toString(), null, "MAKEUP_WORKDAY", "国庆节"), office());
		}
		assertThat(workingDays.day(day)).isEqualTo(new CalendarDay(day, DayKind.MAKEUP_WORKDAY, "国庆节", true));
		assertThat(jdbc.sql("SELECT origin FROM calendar_day WHERE day = ?").param(day).query(String.class).single())
			.as("the district has now set the day itself").isEqualTo("DISTRICT");
		// As shipped again, for the tests that count the district's own days.
		jdbc.sql("UPDATE calendar_day SET origin = 'NOTICE', updated_by = NULL WHERE day = ?").param(day).update();
	}

	@Test
	void removesAYearTheDistrictAddedButNotAShippedOne() {
		administration.addYear(new AddYear(String.valueOf(future), "", ""), office());
		administration.setDays(new SetDays(future + "-01-01", null, "HOLIDAY", "元旦"), office());
		administration.removeYear(future, office());
		assertThat(workingDays.isPublished(future)).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM calendar_day WHERE year = ?").param(future).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT changes::text FROM audit_entry WHERE action = 'calendar.year.removed' ORDER BY id DESC LIMIT 1")
			.query(String.class).single()).containsPattern("\"holidays\": \\{[^}]*\"before\": 1");

		assertThat(violationsOf(() -> administration.removeYear(2026, office()))).containsExactly("year:calendar.validation.year.shipped");
		assertThat(workingDays.isPublished(2026)).isTrue();
		assertThatThrownBy(() -> administration.removeYear(2030, office())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void refusesBadDaysWithTheReasonOnTheFieldAndChangesNothing() {
		long audited = auditEntries();
		long version = jdbc.sql("SELECT version FROM calendar_change").query(Long.class).single();
		assertThat(violationsOf(() -> administration.setDays(new SetDays("2026-10-08", null, "MAKEUP_WORKDAY", "国庆节"), office())))
			.as("a make-up working day that is a Thursday").containsExactly("kind:calendar.validation.makeup.weekday");
		assertThat(violationsOf(() -> administration.setDays(new SetDays("2026-10-09", "2026-10-10", "MAKEUP_WORKDAY", "国庆节"), office())))
			.as("a range with one weekday in it").containsExactly("kind:calendar.validation.makeup.weekday");
		assertThat(violationsOf(() -> administration.setDays(new SetDays("2026-12-25", null, "HOLIDAY", "  "), office())))
			.as("a name missing").containsExactly("name:validation.required");
		assertThat(violationsOf(() -> administration.setDays(new SetDays("2026-12-25", null, "HOLIDAY", "一二三四五六七八九十一二三四五六七八九十一"), office())))
			.containsExactly("name:validation.too-long");
		assertThat(violationsOf(() -> administration.setDays(new SetDays("2026-12-25", null, "HOLIDAY", "圣诞\n节"), office())))
			.containsExactly("name:calendar.validation.text.control");
		assertThat(violationsOf(() -> administration.setDays(new SetDays("2030-10-01", null, "HOLIDAY", "国庆节"), office())))
			.as("a date in a year not entered").containsExactly("from:calendar.validation.year.missing");
		assertThat(violationsOf(() -> administration.setDays(new SetDays("1999-10-01", null, "HOLIDAY", "国庆节"), office())))
			.as("a date out of the calendar's range").containsExactly("from:calendar.validation.year.range");
		assertThat(violationsOf(() -> administration.setDays(new SetDays("2026-02-30", null, "HOLIDAY", "春节"), office())))
			.containsExactly("from:calendar.validation.date.format");
		assertThat(violationsOf(() -> administration.setDays(new SetDays("2026-10-07", "2026-10-01", "HOLIDAY", "国庆节"), office())))
			.containsExactly("to:calendar.validation.range.order");
		assertThat(violationsOf(() -> administration.setDays(new SetDays("2026-12-30", "2027-01-02", "HOLIDAY", "元旦"), office())))
			.containsExactly("to:calendar.validation.range.year");
		assertThat(violationsOf(() -> administration.setDays(new SetDays("2026-07-01", "2026-08-01", "HOLIDAY", "暑假"), office())))
			.containsExactly("to:calendar.validation.range.length");
		assertThat(violationsOf(() -> administration.setDays(new SetDays("2026-11-11", null, "REST", "光棍节"), office())))
			.containsExactly("kind:calendar.validation.kind.unknown");
		assertThat(violationsOf(() -> administration.setDays(new SetDays("2026-11-11", null, "ORDINARY", null), office())))
			.containsExactly("from:calendar.validation.nothing-to-clear");
		assertThat(violationsOf(() -> administration.setDays(new SetDays("", null, "", null), office())))
			.containsExactly("from:validation.required", "kind:validation.required");

		assertThat(workingDays.day(LocalDate.parse("2026-10-08")).kind()).isEqualTo(DayKind.WORKDAY);
		assertThat(workingDays.day(LocalDate.parse("2026-12-25")).kind()).isEqualTo(DayKind.WORKDAY);
		assertThat(jdbc.sql("SELECT version FROM calendar_change").query(Long.class).single()).as("nothing was written").isEqualTo(version);
		assertThat(auditEntries()).as("nothing was audited").isEqualTo(audited);
	}

	@Test
	void refusesBadYears() {
		assertThat(violationsOf(() -> administration.addYear(new AddYear("2026", "", ""), office())))
			.containsExactly("year:calendar.validation.year.exists");
		assertThat(violationsOf(() -> administration.addYear(new AddYear(String.valueOf(future + 1), "", ""), office())))
			.as("further ahead than the year after next").containsExactly("year:calendar.validation.year.range");
		assertThat(violationsOf(() -> administration.addYear(new AddYear("27", "", ""), office())))
			.containsExactly("year:calendar.validation.year.format");
		assertThat(violationsOf(() -> administration.addYear(new AddYear(String.valueOf(future), "x".repeat(61), "ftp://gov.cn/notice"), office())))
			.containsExactly("notice:validation.too-long", "sourceUrl:calendar.validation.source.url");
		assertThat(workingDays.isPublished(future)).isFalse();
		assertThatThrownBy(() -> administration.clearDay(LocalDate.parse("2026-11-11"), office())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void onlyTheDistrictOfficeOverTheWholeDistrictChangesTheCalendar() {
		SetDays christmas = new SetDays("2026-12-25", null, "HOLIDAY", "圣诞节");
		for (Actor refused : List.of(CalendarFixtures.supervisor(), CalendarFixtures.unitHandler(), CalendarFixtures.scopedOffice(7L), Actor.SYSTEM)) {
			assertThatThrownBy(() -> administration.setDays(christmas, refused)).as(refused.toString()).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> administration.addYear(new AddYear(String.valueOf(future), "", ""), refused)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> administration.removeYear(2026, refused)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> administration.clearDay(LocalDate.parse("2026-10-10"), refused)).isInstanceOf(AccessDeniedException.class);
		}
		assertThat(CalendarAdministration.mayManage(CalendarFixtures.districtOffice())).isTrue();
		assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-12-25"))).isTrue();
	}

	private Actor office() {
		return CalendarFixtures.districtOffice();
	}

	private long auditEntries() {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
	}

	private static LocalDate nextSaturday(LocalDate from) {
		LocalDate day = from;
		while (day.getDayOfWeek() != java.time.DayOfWeek.SATURDAY) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** The violations of a refused write as {@code field:messageKey}; fails when the write was not refused. */
	static List<String> violationsOf(Runnable write) {
		try {
			write.run();
		}
		catch (ValidationException e) {
			return e.violations().stream().map(violation -> violation.field() + ":" + violation.messageKey()).toList();
		}
		throw new AssertionError("the write was not refused");
	}
}
