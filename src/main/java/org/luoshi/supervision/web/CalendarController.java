package org.luoshi.supervision.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.SupervisionBoards;
import org.luoshi.supervision.SupervisionBoards.Calendar;
import org.luoshi.supervision.SupervisionBoards.CalendarEntry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The calendar of deadlines and milestones (时限日历), a month at a time: a grid of weeks from Monday on a wide screen,
 * the list of days that have something due on a phone.
 */
@Controller
@PreAuthorize("hasAuthority('supervision:read')")
class CalendarController {

	private final SupervisionBoards boards;
	private final Times times;

	CalendarController(SupervisionBoards boards, Times times) {
		this.boards = boards;
		this.times = times;
	}

	/** A day of the grid; the days of the neighbouring months that fill its first and last week have no entries. */
	record Day(LocalDate date, boolean inMonth, boolean today, List<CalendarEntry> entries) {
	}

	@GetMapping("/supervision/calendar")
	String calendar(@RequestParam(required = false) String month, Model model) {
		LocalDate today = times.today();
		Optional<YearMonth> asked = BoardPeriods.month(month);
		YearMonth shown = asked.orElse(YearMonth.from(today));
		Calendar calendar = boards.calendar(shown, CurrentActor.get());
		model.addAttribute("month", shown);
		model.addAttribute("today", today);
		model.addAttribute("invalidMonth", BoardPeriods.mistyped(month, asked));
		model.addAttribute("weeks", weeks(calendar, today));
		model.addAttribute("days", calendar.days());
		return "supervision/calendar";
	}

	private static List<List<Day>> weeks(Calendar calendar, LocalDate today) {
		LocalDate first = calendar.month().atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = calendar.month().atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<List<Day>> weeks = new ArrayList<>();
		for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
			List<Day> week = new ArrayList<>();
			for (LocalDate date = monday; date.isBefore(monday.plusWeeks(1)); date = date.plusDays(1)) {
				week.add(new Day(date, YearMonth.from(date).equals(calendar.month()), date.equals(today),
						calendar.days().getOrDefault(date, List.of())));
			}
			weeks.add(week);
		}
		return weeks;
	}
}
