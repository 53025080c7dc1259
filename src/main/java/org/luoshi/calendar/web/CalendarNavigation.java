package org.luoshi.calendar.web;

import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar in the sidebar's work section, for everybody: every time limit counts on it. */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

	@Bean
	NavigationEntry workingDayCalendarNavigation() {
		return new NavigationEntry("nav.section.work", 90, "calendar.nav", "/calendar", "calendar-week", java.util.Set.of());
	}
}
