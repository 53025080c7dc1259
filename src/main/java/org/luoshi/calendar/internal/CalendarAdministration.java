package org.luoshi.calendar.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.luoshi.calendar.CalendarDay;
import org.luoshi.calendar.DayKind;
import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's changes to its calendar: a year added for a notice Luoshi does not ship yet (or removed again), days
 * marked as holidays or make-up working days, or set back to ordinary days. Each change is checked whole before
 * anything is written (a refused change writes nothing), takes the year's row lock (so that two people changing one
 * year follow one another and each audit entry's "before" is true), and is audited day by day.
 *
 * <p>Only an account with {@code calendar:manage} over the whole district may change it: the calendar counts every
 * unit's time limits alike. Days carry no version: a change replaces a day's whole setting, and the audit trail keeps
 * each setting it replaced, so nothing a second person saved is lost without trace.
 */
@Service
@Transactional
public class CalendarAdministration {

	/** The longest run of days one change may set: a month covers every holiday the State Council has given. */
	public static final int MOST_DAYS_AT_ONCE = 31;

	/** A year's notice comes out in the November before it: a year further ahead than the next but one is a typo. */
	private static final int YEARS_AHEAD = 2;

	private final CalendarRows rows;
	private final ApplicationEventPublisher events;
	private final Times times;

	CalendarAdministration(CalendarRows rows, ApplicationEventPublisher events, Times times) {
		this.rows = rows;
		this.events = events;
		this.times = times;
	}

	/** A year to add, as typed: {@code notice} and {@code sourceUrl} may be empty until the notice is out. */
	public record AddYear(String year, String notice, String sourceUrl) {
	}

	/**
	 * Days to set, as typed: {@code from} to {@code to} (one day when {@code to} is empty) become {@code kind}
	 * ({@code HOLIDAY}, {@code MAKEUP_WORKDAY} or {@code ORDINARY}) with the festival's {@code name}.
	 */
	public record SetDays(String from, String to, String kind, String name) {
	}

	/** Whether the actor may change the calendar: {@code calendar:manage} over the whole district. */
	public static boolean mayManage(Actor actor) {
		return actor.can(Permissions.CALENDAR_MANAGE) && actor.seesWholeDistrict();
	}

	/** The latest year that may be added on {@code today} (the page offers no later one). */
	public static int latestYear(LocalDate today) {
		return today.getYear() + YEARS_AHEAD;
	}

	@Transactional(readOnly = true)
	public List<CalendarYear> years() {
		return rows.years();
	}

	@Transactional(readOnly = true)
	public Optional<CalendarYear> year(int year) {
		return rows.year(year);
	}

	@Transactional(readOnly = true)
	public List<MarkedDay> days(int year) {
		return rows.days(year);
	}

	public CalendarYear addYear(AddYear command, Actor actor) {
		requireManager(actor);
		List<Violation> violations = new ArrayList<>();
		Integer year = CalendarInput.year(command.year(), "year", violations);
		int latest = latestYear(times.today());
		if (year != null && year > latest) {
			violations.add(Violation.of("year", "calendar.validation.year.range", String.valueOf(CalendarInput.FIRST_YEAR), String.valueOf(latest)));
		}
		String notice = CalendarInput.optional(command.notice(), CalendarInput.NOTICE_LENGTH, "notice", violations);
		String sourceUrl = CalendarInput.sourceUrl(command.sourceUrl(), "sourceUrl", violations);
		ValidationException.throwIfAny(violations);
		if (!rows.insertYear(year, notice, sourceUrl, actor.accountId())) {
			throw new ValidationException(Violation.of("year", "calendar.validation.year.exists", String.valueOf(year)));
		}
		events.publishEvent(RecordChanged.of("calendar.year.added", "calendar-year", year, year + "年",
				Changes.of().created("notice", notice).created("sourceUrl", sourceUrl)));
		return rows.year(year).orElseThrow();
	}

	/** Removes a year the district added, with its days; a year shipped from the notice stays (its days can be changed). */
	public void removeYear(int year, Actor actor) {
		requireManager(actor);
		if (!rows.lockYear(year)) {
			throw new NotFoundException("calendar year", year);
		}
		CalendarYear existing = rows.year(year).orElseThrow();
		if (existing.origin() == Origin.NOTICE) {
			throw new ValidationException(Violation.of("year", "calendar.validation.year.shipped", String.valueOf(year)));
		}
		rows.deleteYear(year);
		events.publishEvent(RecordChanged.of("calendar.year.removed", "calendar-year", year, year + "年",
				Changes.of().field("notice", existing.notice(), null).field("holidays", existing.holidays(), null)
					.field("makeupWorkdays", existing.makeupWorkdays(), null)));
	}

	/** Sets the days and answers them as they now are. */
	public List<CalendarDay> setDays(SetDays command, Actor actor) {
		requireManager(actor);
		List<Violation> violations = new ArrayList<>();
		LocalDate from = CalendarInput.date(command.from(), "from", violations);
		LocalDate to = command.to() == null || command.to().isBlank() ? from : CalendarInput.date(command.to(), "to", violations);
		DaySetting setting = CalendarInput.setting(command.kind(), "kind", violations);
		String name = setting == null || setting == DaySetting.ORDINARY ? null : CalendarInput.name(command.name(), "name", violations);
		if (from != null && to != null) {
			checkRange(from, to, setting, violations);
		}
		ValidationException.throwIfAny(violations);
		Map<LocalDate, MarkedDay> before = rows.days(from, to).stream()
			.collect(Collectors.toMap(MarkedDay::date, Function.identity()));
		if (setting == DaySetting.ORDINARY && before.isEmpty()) {
			throw new ValidationException(Violation.of("from", "calendar.validation.nothing-to-clear"));
		}
		List<CalendarDay> result = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			result.add(set(day, before.get(day), setting, name, actor));
		}
		return result;
	}

	/** Sets one day back to an ordinary day; 404 when it is one already. */
	public void clearDay(LocalDate day, Actor actor) {
		requireManager(actor);
		// Only a year the calendar holds has marked days (V1's foreign key): when there is no year to lock, none is found.
		rows.lockYear(day.getYear());
		MarkedDay before = rows.days(day, day).stream().findFirst().orElseThrow(() -> new NotFoundException("marked day", day));
		set(day, before, DaySetting.ORDINARY, null, actor);
	}

	/** The range's own problems; the year's row is locked here, so that the days read next cannot change meanwhile. */
	private void checkRange(LocalDate from, LocalDate to, DaySetting setting, List<Violation> violations) {
		if (to.isBefore(from)) {
			violations.add(Violation.of("to", "calendar.validation.range.order"));
			return;
		}
		if (from.getYear() != to.getYear()) {
			violations.add(Violation.of("to", "calendar.validation.range.year"));
			return;
		}
		if (ChronoUnit.DAYS.between(from, to) >= MOST_DAYS_AT_ONCE) {
			violations.add(Violation.of("to", "calendar.validation.range.length", MOST_DAYS_AT_ONCE));
			return;
		}
		if (!rows.lockYear(from.getYear())) {
			violations.add(Violation.of("from", "calendar.validation.year.missing", String.valueOf(from.getYear())));
			return;
		}
		if (setting == DaySetting.MAKEUP_WORKDAY) {
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				if (!WorkingCalendar.isWeekend(day)) {
					violations.add(Violation.of("kind", "calendar.validation.makeup.weekday", day.toString()));
					return;
				}
			}
		}
	}

	private CalendarDay set(LocalDate day, MarkedDay before, DaySetting setting, String name, Actor actor) {
		DayKind kind = setting.kind();
		if (kind == null) {
			if (before != null) {
				rows.deleteDay(day);
				audit("calendar.day.cleared", day, before, null, null);
			}
			return new CalendarDay(day, WorkingCalendar.ordinaryKind(day), null, true);
		}
		if (before == null || before.kind() != kind || !Objects.equals(before.name(), name)) {
			rows.saveDay(day, kind, name, actor.accountId());
			audit(before == null ? "calendar.day.marked" : "calendar.day.changed", day, before, kind, name);
		}
		return new CalendarDay(day, kind, name, true);
	}

	private void audit(String action, LocalDate day, MarkedDay before, DayKind kind, String name) {
		String label = day + " " + (name != null ? name : before.name());
		events.publishEvent(RecordChanged.of(action, "calendar-day", day, label,
				Changes.of().field("kind", before == null ? null : before.kind(), kind)
					.field("name", before == null ? null : before.name(), name)));
	}

	private static void requireManager(Actor actor) {
		if (!mayManage(actor)) {
			throw new AccessDeniedException(Permissions.CALENDAR_MANAGE);
		}
	}
}
