package org.luoshi.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.luoshi.calendar.DayKind;
import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.calendar.WorkingCalendar.Marking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar's tables: {@code calendar_year}, {@code calendar_day} and the change counter {@code calendar_change}. */
@Repository
class CalendarRows {

	private static final String YEAR_COLUMNS = "y.year, y.notice, y.source_url, y.origin, "
			+ "count(d.day) FILTER (WHERE d.kind = 'HOLIDAY') AS holidays, "
			+ "count(d.day) FILTER (WHERE d.kind = 'MAKEUP_WORKDAY') AS makeup_workdays, "
			+ "count(d.day) FILTER (WHERE d.origin = 'DISTRICT') AS district_days";

	private final JdbcClient jdbc;

	CalendarRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counter every write to the calendar moves (V1's triggers). */
	long version() {
		return jdbc.sql("SELECT version FROM calendar_change").query(Long.class).single();
	}

	/** The whole calendar with the counter it belongs to, read in one statement so that both are of one moment. */
	Versioned load() {
		long[] version = { 0 };
		Set<Integer> years = new TreeSet<>();
		Map<LocalDate, Marking> marked = new HashMap<>();
		// The counter's one row always comes back, joined to the years and days if there are any.
		jdbc.sql("SELECT c.version, y.year, d.day, d.kind, d.name FROM calendar_change c "
				+ "LEFT JOIN calendar_year y ON TRUE LEFT JOIN calendar_day d ON d.year = y.year")
			.query(rs -> {
				version[0] = rs.getLong("version");
				Integer year = rs.getObject("year", Integer.class);
				if (year != null) {
					years.add(year);
				}
				LocalDate day = rs.getObject("day", LocalDate.class);
				if (day != null) {
					marked.put(day, new Marking(DayKind.valueOf(rs.getString("kind")), rs.getString("name")));
				}
			});
		return new Versioned(version[0], WorkingCalendar.of(years, marked));
	}

	record Versioned(long version, WorkingCalendar calendar) {
	}

	List<CalendarYear> years() {
		return jdbc.sql("SELECT " + YEAR_COLUMNS + " FROM calendar_year y LEFT JOIN calendar_day d ON d.year = y.year "
				+ "GROUP BY y.year ORDER BY y.year")
			.query(CalendarRows::year).list();
	}

	Optional<CalendarYear> year(int year) {
		return jdbc.sql("SELECT " + YEAR_COLUMNS + " FROM calendar_year y LEFT JOIN calendar_day d ON d.year = y.year "
				+ "WHERE y.year = ? GROUP BY y.year")
			.param(year).query(CalendarRows::year).optional();
	}

	/** Locks the year's row for the rest of the transaction, so that writes to one year follow one another. */
	boolean lockYear(int year) {
		return jdbc.sql("SELECT year FROM calendar_year WHERE year = ? FOR UPDATE").param(year).query(Integer.class).optional().isPresent();
	}

	List<MarkedDay> days(int year) {
		return jdbc.sql("SELECT day, kind, name, origin FROM calendar_day WHERE year = ? ORDER BY day")
			.param(year).query(CalendarRows::day).list();
	}

	List<MarkedDay> days(LocalDate from, LocalDate to) {
		return jdbc.sql("SELECT day, kind, name, origin FROM calendar_day WHERE day BETWEEN ? AND ? ORDER BY day")
			.params(from, to).query(CalendarRows::day).list();
	}

	/** Adds the year as the district's; {@code false} when the calendar holds it already. */
	boolean insertYear(int year, String notice, String sourceUrl, Long createdBy) {
		return jdbc.sql("INSERT INTO calendar_year (year, notice, source_url, origin, created_by) VALUES (?, ?, ?, 'DISTRICT', ?) "
				+ "ON CONFLICT (year) DO NOTHING")
			.params(year, notice, sourceUrl, createdBy).update() == 1;
	}

	void deleteYear(int year) {
		jdbc.sql("DELETE FROM calendar_year WHERE year = ?").param(year).update();
	}

	void saveDay(LocalDate day, DayKind kind, String name, Long updatedBy) {
		jdbc.sql("INSERT INTO calendar_day (day, year, kind, name, origin, updated_by) VALUES (?, ?, ?, ?, 'DISTRICT', ?) "
				+ "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name, origin = 'DISTRICT', "
				+ "updated_at = now(), updated_by = excluded.updated_by")
			.params(day, day.getYear(), kind.name(), name, updatedBy).update();
	}

	void deleteDay(LocalDate day) {
		jdbc.sql("DELETE FROM calendar_day WHERE day = ?").param(day).update();
	}

	private static CalendarYear year(ResultSet rs, int row) throws SQLException {
		return new CalendarYear(rs.getInt("year"), rs.getString("notice"), rs.getString("source_url"), Origin.valueOf(rs.getString("origin")),
				rs.getInt("holidays"), rs.getInt("makeup_workdays"), rs.getInt("district_days"));
	}

	private static MarkedDay day(ResultSet rs, int row) throws SQLException {
		return new MarkedDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")), rs.getString("name"),
				Origin.valueOf(rs.getString("origin")));
	}
}
