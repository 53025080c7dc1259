package org.luoshi.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.luoshi.calendar.CalendarDay;
import org.luoshi.calendar.DayKind;
import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.calendar.WorkingDays;
import org.luoshi.calendar.internal.CalendarAdministration;
import org.luoshi.calendar.internal.CalendarAdministration.AddYear;
import org.luoshi.calendar.internal.CalendarAdministration.SetDays;
import org.luoshi.calendar.internal.CalendarInput;
import org.luoshi.calendar.internal.CalendarYear;
import org.luoshi.calendar.internal.DaySetting;
import org.luoshi.calendar.internal.MarkedDay;
import org.luoshi.calendar.internal.Origin;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.Times;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working-day calendar (工作日历), a year at a time: twelve month grids with holidays and make-up working days
 * marked, the year's arrangement festival by festival, and whether the year's notice is in the calendar at all. Every
 * signed-in person may look; the district office (calendar:manage over the whole district) picks a day to set it, sets
 * a run of days at once, and adds a year whose notice Luoshi does not ship yet.
 */
@Controller
@RequestMapping("/calendar")
@PreAuthorize("isAuthenticated()")
class CalendarYearController {

	private static final String PAGE = "calendar/calendar";
	/** Names offered while typing, besides those the year already uses: the festivals of 全国年节及纪念日放假办法. */
	private static final List<String> FESTIVALS = List.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");

	private final WorkingDays workingDays;
	private final CalendarAdministration administration;
	private final Times times;

	CalendarYearController(WorkingDays workingDays, CalendarAdministration administration, Times times) {
		this.workingDays = workingDays;
		this.administration = administration;
		this.times = times;
	}

	/** The fields as typed: the year the page shows, and the days to set. */
	record DayForm(String year, String from, String to, String kind, String name) {
	}

	record YearForm(String year, String notice, String sourceUrl) {
	}

	/** A day of a month grid; the days of the neighbouring months that fill the first and last week are blanks. */
	record Cell(LocalDate date, boolean inMonth, DayKind kind, String name, boolean district, boolean today, boolean selected) {
	}

	record Month(YearMonth month, List<List<Cell>> weeks) {
	}

	/** Consecutive holidays of one festival. */
	record Span(LocalDate first, LocalDate last) {

		public long days() {
			return last.toEpochDay() - first.toEpochDay() + 1;
		}
	}

	/** A festival's arrangement: its runs of rest days and its make-up working days. */
	record Festival(String name, List<Span> rest, List<LocalDate> worked) {
	}

	@GetMapping
	String page(@RequestParam(required = false) String year, @RequestParam(required = false) String date, Model model) {
		LocalDate today = times.today();
		Integer shown = readYear(year);
		model.addAttribute("invalidYear", year != null && shown == null ? year : null);
		int chosen = shown != null ? shown : today.getYear();
		LocalDate selected = readDate(date, chosen);
		return show(chosen, selected, model);
	}

	@PostMapping("/days")
	@PreAuthorize("hasAuthority('calendar:manage')")
	String setDays(@ModelAttribute("dayForm") DayForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		int year = shownYear(form.year());
		try {
			List<CalendarDay> days = administration.setDays(new SetDays(form.from(), form.to(), form.kind(), form.name()),
					CurrentActor.get());
			LocalDate first = days.get(0).date();
			redirect.addFlashAttribute("flash", "calendar.flash.saved");
			return "redirect:/calendar?year=" + first.getYear() + "&date=" + first;
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		return show(year, null, model);
	}

	@PostMapping("/years")
	@PreAuthorize("hasAuthority('calendar:manage')")
	String addYear(@ModelAttribute("yearForm") YearForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			CalendarYear added = administration.addYear(new AddYear(form.year(), form.notice(), form.sourceUrl()), CurrentActor.get());
			redirect.addFlashAttribute("flash", "calendar.flash.year-added");
			return "redirect:/calendar?year=" + added.year();
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
		}
		// The form stays in view with its reasons, even over a year that is published (one typed twice).
		model.addAttribute("yearFormShown", true);
		return show(shownYear(form.year()), null, model);
	}

	@PostMapping("/years/{year}/remove")
	@PreAuthorize("hasAuthority('calendar:manage')")
	String removeYear(@PathVariable String year, RedirectAttributes redirect) {
		Integer removed = readYear(year);
		if (removed == null) {
			throw new NotFoundException("calendar year", year);
		}
		administration.removeYear(removed, CurrentActor.get());
		redirect.addFlashAttribute("flash", "calendar.flash.year-removed");
		return "redirect:/calendar?year=" + removed;
	}

	private String show(int year, LocalDate selected, Model model) {
		Actor actor = CurrentActor.get();
		WorkingCalendar calendar = workingDays.calendar();
		Optional<CalendarYear> published = administration.year(year);
		List<MarkedDay> marked = published.isPresent() ? administration.days(year) : List.of();
		LocalDate today = times.today();
		model.addAttribute("year", year);
		model.addAttribute("today", today);
		model.addAttribute("calendarYear", published.orElse(null));
		model.addAttribute("publishedYears", calendar.publishedYears());
		model.addAttribute("workingDaysInYear", calendar.workingDaysIn(year));
		model.addAttribute("months", months(year, calendar, marked, today, selected));
		model.addAttribute("festivals", festivals(marked));
		CalendarDay selectedDay = selected == null ? null : calendar.day(selected);
		model.addAttribute("selectedDay", selectedDay);
		// A form posted with mistakes stays as typed; the other starts from the year and the day in view.
		if (!model.containsAttribute("dayForm")) {
			model.addAttribute("dayForm", dayForm(year, selectedDay));
		}
		if (!model.containsAttribute("yearForm")) {
			model.addAttribute("yearForm", new YearForm(String.valueOf(year), "", ""));
		}
		model.addAttribute("canManage", CalendarAdministration.mayManage(actor));
		if (!model.containsAttribute("yearFormShown")) {
			model.addAttribute("yearFormShown", published.isEmpty());
		}
		model.addAttribute("removable", published.map(found -> found.origin() == Origin.DISTRICT).orElse(false));
		model.addAttribute("settings", DaySetting.values());
		model.addAttribute("names", names(marked));
		model.addAttribute("latestYear", CalendarAdministration.latestYear(today));
		return PAGE;
	}

	/**
	 * The form for the day picked on the grid: its present setting, or what an ordinary day is most likely to become (a
	 * weekday a holiday, a weekend day a make-up working day).
	 */
	private static DayForm dayForm(int year, CalendarDay selected) {
		if (selected == null) {
			return new DayForm(String.valueOf(year), "", "", DaySetting.HOLIDAY.name(), "");
		}
		String kind = switch (selected.kind()) {
			case HOLIDAY, WORKDAY -> DaySetting.HOLIDAY.name();
			case MAKEUP_WORKDAY, WEEKEND -> DaySetting.MAKEUP_WORKDAY.name();
		};
		return new DayForm(String.valueOf(year), selected.date().toString(), "", kind, selected.name() == null ? "" : selected.name());
	}

	private static List<Month> months(int year, WorkingCalendar calendar, List<MarkedDay> marked, LocalDate today, LocalDate selected) {
		Set<LocalDate> byDistrict = new HashSet<>();
		marked.stream().filter(day -> day.origin() == Origin.DISTRICT).forEach(day -> byDistrict.add(day.date()));
		List<Month> months = new ArrayList<>();
		for (int number = 1; number <= 12; number++) {
			YearMonth month = YearMonth.of(year, number);
			LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			List<List<Cell>> weeks = new ArrayList<>();
			for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
				List<Cell> week = new ArrayList<>();
				for (LocalDate date = monday; date.isBefore(monday.plusWeeks(1)); date = date.plusDays(1)) {
					CalendarDay day = calendar.day(date);
					week.add(new Cell(date, YearMonth.from(date).equals(month), day.kind(), day.name(), byDistrict.contains(date),
							date.equals(today), date.equals(selected)));
				}
				weeks.add(week);
			}
			months.add(new Month(month, weeks));
		}
		return months;
	}

	/** The year's arrangement by festival, in the order the festivals come: runs of rest days and the days worked instead. */
	static List<Festival> festivals(List<MarkedDay> marked) {
		Map<String, List<Span>> rest = new LinkedHashMap<>();
		Map<String, List<LocalDate>> worked = new LinkedHashMap<>();
		for (MarkedDay day : marked) {
			rest.computeIfAbsent(day.name(), name -> new ArrayList<>());
			worked.computeIfAbsent(day.name(), name -> new ArrayList<>());
			if (day.kind() == DayKind.MAKEUP_WORKDAY) {
				worked.get(day.name()).add(day.date());
				continue;
			}
			List<Span> spans = rest.get(day.name());
			Span previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
			if (previous != null && previous.last().plusDays(1).equals(day.date())) {
				spans.set(spans.size() - 1, new Span(previous.first(), day.date()));
			}
			else {
				spans.add(new Span(day.date(), day.date()));
			}
		}
		// In the order the notice lists them: by the first day off (a festival's make-up day may come weeks before it).
		return rest.keySet().stream().map(name -> new Festival(name, rest.get(name), worked.get(name)))
			.sorted(Comparator.comparing(festival -> festival.rest().isEmpty() ? festival.worked().get(0) : festival.rest().get(0).first()))
			.toList();
	}

	private static List<String> names(List<MarkedDay> marked) {
		Set<String> names = new LinkedHashSet<>(FESTIVALS);
		marked.forEach(day -> names.add(day.name()));
		return List.copyOf(names);
	}

	/** The year asked for, or {@code null} when it cannot be read or lies outside the calendar's range. */
	private static Integer readYear(String text) {
		if (text == null) {
			return null;
		}
		return CalendarInput.year(text, "year", new ArrayList<>());
	}

	/** The year a form was posted from, or this year when the form's own is unreadable. */
	private int shownYear(String text) {
		Integer year = readYear(text);
		return year != null ? year : times.today().getYear();
	}

	/** The day picked on the grid, when it is a readable day of the year shown. */
	private static LocalDate readDate(String text, int year) {
		if (text == null) {
			return null;
		}
		LocalDate date = CalendarInput.date(text, "date", new ArrayList<>());
		return date != null && date.getYear() == year ? date : null;
	}
}
