package org.luoshi.calendar.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.luoshi.calendar.CalendarDay;
import org.luoshi.calendar.DayKind;
import org.luoshi.calendar.Deadline;
import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.calendar.WorkingDayCount;
import org.luoshi.calendar.WorkingDays;
import org.luoshi.calendar.internal.CalendarAdministration;
import org.luoshi.calendar.internal.CalendarAdministration.AddYear;
import org.luoshi.calendar.internal.CalendarAdministration.SetDays;
import org.luoshi.calendar.internal.CalendarInput;
import org.luoshi.calendar.internal.CalendarYear;
import org.luoshi.calendar.internal.MarkedDay;
import org.luoshi.calendar.internal.Origin;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Working-day calendar", description = "The district's working-day calendar: the State Council's holidays (放假) and "
		+ "make-up working days (调休上班) by year, and time limits counted in working days. Every signed-in account may read it; "
		+ "changes need calendar:manage over the whole district (403 otherwise). A year whose notice the calendar does not hold "
		+ "counts plain weekends, and every answer that depends on one says `published: false`.")
@PreAuthorize("isAuthenticated()")
class CalendarApiController {

	private final WorkingDays workingDays;
	private final CalendarAdministration administration;

	CalendarApiController(WorkingDays workingDays, CalendarAdministration administration) {
		this.workingDays = workingDays;
		this.administration = administration;
	}

	record CalendarYearSummaryJson(int year, String notice, String sourceUrl, Origin origin, int holidays, int makeupWorkdays,
			int districtDays) {

		static CalendarYearSummaryJson of(CalendarYear year) {
			return new CalendarYearSummaryJson(year.year(), year.notice(), year.sourceUrl(), year.origin(), year.holidays(),
					year.makeupWorkdays(), year.districtDays());
		}
	}

	record MarkedDayJson(LocalDate date, DayKind kind, String name, Origin origin) {

		static MarkedDayJson of(MarkedDay day) {
			return new MarkedDayJson(day.date(), day.kind(), day.name(), day.origin());
		}
	}

	/** A year; {@code notice}, {@code sourceUrl} and {@code origin} are null and {@code days} empty when it is not published. */
	record CalendarYearJson(int year, boolean published, String notice, String sourceUrl, Origin origin, long workingDays,
			List<MarkedDayJson> days) {
	}

	record CalendarDayJson(LocalDate date, DayKind kind, String name, boolean working, boolean published) {

		static CalendarDayJson of(CalendarDay day) {
			return new CalendarDayJson(day.date(), day.kind(), day.name(), day.working(), day.published());
		}
	}

	record AddYearRequest(Integer year, String notice, String sourceUrl) {
	}

	/** Dates and the kind as text, so that each unreadable field is named in the answer. */
	record SetDaysRequest(String from, String to, String kind, String name) {
	}

	@GetMapping
	@Operation(summary = "The published years", description = "Every year whose notice the calendar holds, oldest first, with its "
			+ "notice, how many holidays and make-up working days it marks and how many of those the district set itself.")
	List<CalendarYearSummaryJson> years() {
		return administration.years().stream().map(CalendarYearSummaryJson::of).toList();
	}

	@GetMapping("/{year}")
	@Operation(summary = "One year", description = "Its holidays and make-up working days in date order and its number of working "
			+ "days. A year not published answers 200 with `published: false` and no days: it counts plain weekends.")
	CalendarYearJson year(@PathVariable String year) {
		return yearJson(readYear(year));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('calendar:manage')")
	@Operation(summary = "Add a year", description = "For a year whose State Council notice Luoshi does not ship yet: from 2000 to the "
			+ "year after next. `notice` (its number, e.g. 国办发明电〔2026〕…号) and `sourceUrl` may be empty. Then mark its days. "
			+ "Answers 201 with the year; 400 when the year is there already.")
	ResponseEntity<CalendarYearJson> addYear(@RequestBody AddYearRequest request) {
		CalendarYear added = administration.addYear(new AddYear(request.year() == null ? null : String.valueOf(request.year()),
				request.notice(), request.sourceUrl()), CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/calendar/" + added.year())).body(yearJson(added.year()));
	}

	@DeleteMapping("/{year}")
	@PreAuthorize("hasAuthority('calendar:manage')")
	@Operation(summary = "Remove a year the district added", description = "With its days; the year then counts plain weekends again. "
			+ "A year shipped from the notice cannot be removed (400): change its days instead.")
	ResponseEntity<Void> removeYear(@PathVariable String year) {
		administration.removeYear(readYear(year), CurrentActor.get());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/days/{date}")
	@Operation(summary = "One day", description = "Its kind (WORKDAY, WEEKEND, HOLIDAY, MAKEUP_WORKDAY), the festival's name for a "
			+ "holiday or make-up working day, whether it is a working day and whether its year is published.")
	CalendarDayJson day(@PathVariable String date) {
		return CalendarDayJson.of(workingDays.day(readDate(date, "date")));
	}

	@PostMapping("/days")
	@PreAuthorize("hasAuthority('calendar:manage')")
	@Operation(summary = "Set days", description = "Sets `from` to `to` (one day when `to` is empty; at most 31 days, within one "
			+ "published year) to `kind`: HOLIDAY or MAKEUP_WORKDAY with the festival's `name` (国庆节), or ORDINARY to remove what "
			+ "was set. A make-up working day must be a Saturday or Sunday. The whole change is refused (400, each problem on its "
			+ "field) or made and audited day by day; answers the days as they now are.")
	List<CalendarDayJson> setDays(@RequestBody SetDaysRequest request) {
		return administration.setDays(new SetDays(request.from(), request.to(), request.kind(), request.name()), CurrentActor.get())
			.stream().map(CalendarDayJson::of).toList();
	}

	@DeleteMapping("/days/{date}")
	@PreAuthorize("hasAuthority('calendar:manage')")
	@Operation(summary = "Set one day back to ordinary", description = "404 when it is not a holiday or make-up working day.")
	ResponseEntity<Void> clearDay(@PathVariable String date) {
		administration.clearDay(readDate(date, "date"), CurrentActor.get());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/deadline")
	@Operation(summary = "The last day of a time limit in working days", description = "The `workingDays`-th working day after `start`: "
			+ "the start day itself never counts (民法典 第二百零一条), so a limit of 1 from a Friday ends on the next working day.")
	Deadline deadline(@Parameter(description = "the day the limit runs from, e.g. 2026-09-30") @RequestParam(required = false) String start,
			@Parameter(description = "the limit, 1 to 2500 working days") @RequestParam(required = false) String workingDays) {
		List<Violation> violations = new ArrayList<>();
		LocalDate from = CalendarInput.date(start, "start", violations);
		Integer limit = limit(workingDays, violations);
		ValidationException.throwIfAny(violations);
		return this.workingDays.deadline(from, limit);
	}

	@GetMapping("/between")
	@Operation(summary = "Working days between two days", description = "The working days after `from` up to and including `to`, "
			+ "negative when `to` comes first: from today to a deadline the days remaining (0 on the last day), from a deadline to "
			+ "today how many it is overdue by.")
	WorkingDayCount between(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		List<Violation> violations = new ArrayList<>();
		LocalDate first = CalendarInput.date(from, "from", violations);
		LocalDate last = CalendarInput.date(to, "to", violations);
		ValidationException.throwIfAny(violations);
		return workingDays.between(first, last);
	}

	private CalendarYearJson yearJson(int year) {
		long working = workingDays.calendar().workingDaysIn(year);
		return administration.year(year)
			.map(found -> new CalendarYearJson(year, true, found.notice(), found.sourceUrl(), found.origin(), working,
					administration.days(year).stream().map(MarkedDayJson::of).toList()))
			.orElseGet(() -> new CalendarYearJson(year, false, null, null, null, working, List.of()));
	}

	private static int readYear(String text) {
		List<Violation> violations = new ArrayList<>();
		Integer year = CalendarInput.year(text, "year", violations);
		ValidationException.throwIfAny(violations);
		return year;
	}

	private static LocalDate readDate(String text, String field) {
		List<Violation> violations = new ArrayList<>();
		LocalDate date = CalendarInput.date(text, field, violations);
		ValidationException.throwIfAny(violations);
		return date;
	}

	private static Integer limit(String text, List<Violation> violations) {
		if (text == null || text.isBlank()) {
			violations.add(Violation.of("workingDays", "validation.required"));
			return null;
		}
		String digits = text.strip();
		if (!digits.matches("\\d{1,4}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > WorkingCalendar.MOST_WORKING_DAYS) {
			violations.add(Violation.of("workingDays", "calendar.validation.limit", String.valueOf(WorkingCalendar.MOST_WORKING_DAYS)));
			return null;
		}
		return Integer.valueOf(digits);
	}
}
