package org.luoshi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working-day calendar as it stood at one moment: the years whose State Council notice it holds and the days those
 * notices (and the district) mark. Every other day is ordinary: Monday to Friday are working days, Saturday and Sunday
 * rest days. Immutable; one value answers a whole batch of questions consistently.
 *
 * <p><b>How time limits are counted.</b> A limit of <i>n</i> working days (n个工作日) that runs from a day — the day a
 * demand was received, a task signed — ends on the <i>n</i>-th working day <i>after</i> that day: the start day does not
 * count, whether or not it is a working day. This is how Chinese law counts periods (民法典 第二百零一条: 开始的当日不计入，
 * 自下一日开始计算; 民事诉讼法 and 行政诉讼法: 期间开始的时和日不计算在期间内) and how service time limits such as
 * 行政许可法 第八十二条 (期限以工作日计算，不含法定节假日) and 12345 hotline orders (自受理之日起X个工作日内) are kept:
 * a demand received on a Friday with a limit of one working day is due on Monday, not on the Friday itself. Because
 * only working days count, the last day is always a working day, so the rule that a period ending on a holiday moves
 * to the next working day (民法典 第二百零三条) holds by construction.
 *
 * <p>Years the calendar does not hold are counted with plain weekends, and every answer that passed through one says
 * so ({@code published == false}), so that pages can warn that the date may move once the notice is entered.
 */
public final class WorkingCalendar {

	/** About ten years of working days: far beyond any time limit, short enough that a mistyped limit costs nothing. */
	public static final int MOST_WORKING_DAYS = 2_500;

	/** How the notice or the district marks a day. */
	public record Marking(DayKind kind, String name) {

		public Marking {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(name, "name");
			if (!kind.marked()) {
				throw new IllegalArgumentException("Only holidays and make-up working days are marked, not " + kind);
			}
		}
	}

	private final SortedSet<Integer> publishedYears;
	private final NavigableMap<LocalDate, Marking> marked;

	private WorkingCalendar(SortedSet<Integer> publishedYears, NavigableMap<LocalDate, Marking> marked) {
		this.publishedYears = publishedYears;
		this.marked = marked;
	}

	/**
	 * A calendar of the given published years and marked days (other modules' tests build one this way). A marked day
	 * must lie in a published year, and a make-up working day on a Saturday or Sunday.
	 */
	public static WorkingCalendar of(Collection<Integer> publishedYears, Map<LocalDate, Marking> marked) {
		SortedSet<Integer> years = new TreeSet<>(publishedYears);
		marked.forEach((date, marking) -> {
			if (!years.contains(date.getYear())) {
				throw new IllegalArgumentException(date + " is marked but its year is not published");
			}
			if (marking.kind() == DayKind.MAKEUP_WORKDAY && !isWeekend(date)) {
				throw new IllegalArgumentException(date + " is a make-up working day but not a Saturday or Sunday");
			}
		});
		return new WorkingCalendar(Collections.unmodifiableSortedSet(years), Collections.unmodifiableNavigableMap(new TreeMap<>(marked)));
	}

	/** Whether the notice of that year is in the calendar. */
	public boolean isPublished(int year) {
		return publishedYears.contains(year);
	}

	public SortedSet<Integer> publishedYears() {
		return publishedYears;
	}

	public boolean isWorkingDay(LocalDate date) {
		return kindOf(date).working();
	}

	public CalendarDay day(LocalDate date) {
		Marking marking = marked.get(date);
		if (marking != null) {
			return new CalendarDay(date, marking.kind(), marking.name(), true);
		}
		return new CalendarDay(date, ordinaryKind(date), null, isPublished(date.getYear()));
	}

	/** The holidays and make-up working days of a year, in date order; none for a year not published. */
	public List<CalendarDay> markedDays(int year) {
		return marked.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).entrySet().stream()
			.map(entry -> new CalendarDay(entry.getKey(), entry.getValue().kind(), entry.getValue().name(), true))
			.toList();
	}

	/**
	 * The last day of a limit of {@code workingDays} working days running from {@code start}: the {@code workingDays}-th
	 * working day after it (the start day itself never counts; see the class comment).
	 *
	 * @throws IllegalArgumentException when the limit is below 1 or above {@link #MOST_WORKING_DAYS}: callers check the
	 *     limits people enter and say so in their own words
	 */
	public Deadline deadline(LocalDate start, int workingDays) {
		if (workingDays < 1 || workingDays > MOST_WORKING_DAYS) {
			throw new IllegalArgumentException("A limit is 1 to " + MOST_WORKING_DAYS + " working days, not " + workingDays);
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return new Deadline(start, workingDays, day, publishedThrough(start.plusDays(1), day));
	}

	/** The working days of a year (plain weekdays for a year not published). */
	public long workingDaysIn(int year) {
		return workingDaysAfter(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
	}

	/** The working days after {@code from} up to and including {@code to}, negative when {@code to} comes first. */
	public WorkingDayCount between(LocalDate from, LocalDate to) {
		if (from.equals(to)) {
			return new WorkingDayCount(from, to, 0, isPublished(from.getYear()));
		}
		if (to.isBefore(from)) {
			return new WorkingDayCount(from, to, -workingDaysAfter(to, from), publishedThrough(to.plusDays(1), from));
		}
		return new WorkingDayCount(from, to, workingDaysAfter(from, to), publishedThrough(from.plusDays(1), to));
	}

	/** The working days after {@code from} up to and including {@code to}: weekdays by arithmetic, then what the notices change. */
	private long workingDaysAfter(LocalDate from, LocalDate to) {
		long count = weekdays(from.plusDays(1), to);
		for (Map.Entry<LocalDate, Marking> entry : marked.subMap(from, false, to, true).entrySet()) {
			boolean weekend = isWeekend(entry.getKey());
			if (entry.getValue().kind() == DayKind.HOLIDAY && !weekend) {
				count--;
			}
			else if (entry.getValue().kind() == DayKind.MAKEUP_WORKDAY && weekend) {
				count++;
			}
		}
		return count;
	}

	private DayKind kindOf(LocalDate date) {
		Marking marking = marked.get(date);
		return marking != null ? marking.kind() : ordinaryKind(date);
	}

	private boolean publishedThrough(LocalDate first, LocalDate last) {
		for (int year = first.getYear(); year <= last.getYear(); year++) {
			if (!isPublished(year)) {
				return false;
			}
		}
		return true;
	}

	/** Monday to Friday from {@code first} to {@code last}, both included. */
	private static long weekdays(LocalDate first, LocalDate last) {
		long days = ChronoUnit.DAYS.between(first, last) + 1;
		long weeks = days / 7;
		long count = weeks * 5;
		for (LocalDate day = first.plusDays(weeks * 7); !day.isAfter(last); day = day.plusDays(1)) {
			if (!isWeekend(day)) {
				count++;
			}
		}
		return count;
	}

	/** What a day is when nothing marks it: a working day from Monday to Friday, a weekend on Saturday and Sunday. */
	public static DayKind ordinaryKind(LocalDate date) {
		return isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKDAY;
	}

	public static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}
}
