package org.luoshi.calendar;

import java.util.Set;

import org.luoshi.identity.Role;
import org.luoshi.shared.Actor;

/** The people the calendar tests act as. */
final class CalendarFixtures {

	private CalendarFixtures() {
	}

	/** The district office, which keeps the calendar (demo-admin's account id is no concern of these tests). */
	static Actor districtOffice() {
		return new Actor(1L, "demo-admin", "陈志远", null, Role.DISTRICT_ADMIN.permissions());
	}

	/** A district office account whose data scope is one unit: it may not change what every unit counts on. */
	static Actor scopedOffice(long unitId) {
		return new Actor(1L, "demo-admin", "陈志远", unitId, Role.DISTRICT_ADMIN.permissions());
	}

	/** The supervision office: it sets supervision's thresholds but not the calendar. */
	static Actor supervisor() {
		return new Actor(1L, "demo-admin", "陈志远", null, Role.SUPERVISOR.permissions());
	}

	static Actor unitHandler() {
		return new Actor(4L, "demo-town", "梁家豪", null, Set.copyOf(Role.UNIT_HANDLER.permissions()));
	}
}
