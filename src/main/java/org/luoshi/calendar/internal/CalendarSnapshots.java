package org.luoshi.calendar.internal;

import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.calendar.WorkingDays;
import org.springframework.stereotype.Service;

/**
 * The calendar kept in memory between changes. Each question first reads the counter {@code calendar_change} (one
 * row); the calendar is read again only when the counter is not the one the kept calendar was read with. The tables'
 * triggers move the counter on every write, whoever writes, so an edit made on another instance, by a migration or by
 * hand is seen at the next question.
 *
 * <p>The counter's values come from a sequence and are never used twice. A calendar read inside a transaction that
 * changed it carries that transaction's own value; should the transaction roll back, no committed counter will ever
 * equal it, so the kept calendar is read again rather than served. Nothing here therefore needs to know which
 * transaction it runs in.
 */
@Service
class CalendarSnapshots implements WorkingDays {

	private final CalendarRows rows;
	private volatile CalendarRows.Versioned kept;

	CalendarSnapshots(CalendarRows rows) {
		this.rows = rows;
	}

	@Override
	public WorkingCalendar calendar() {
		CalendarRows.Versioned present = kept;
		if (present != null && present.version() == rows.version()) {
			return present.calendar();
		}
		CalendarRows.Versioned loaded = rows.load();
		kept = loaded;
		return loaded.calendar();
	}
}
