package org.luoshi.supervision.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Supervision's pages in the sidebar, in a section of their own. */
@Configuration(proxyBeanMethods = false)
class SupervisionNavigation {

	private static final String SECTION = "supervision.nav.section";

	@Bean
	NavigationEntry supervisionMyTasksNavigation() {
		return new NavigationEntry(SECTION, 20, "supervision.nav.my", "/supervision/my", "check2-square", Permissions.SUPERVISION_READ);
	}

	@Bean
	NavigationEntry supervisionBoardNavigation() {
		return new NavigationEntry(SECTION, 21, "supervision.nav.board", "/supervision/board", "speedometer2",
				Permissions.SUPERVISION_READ);
	}

	@Bean
	NavigationEntry supervisionUnitBoardNavigation() {
		return new NavigationEntry(SECTION, 22, "supervision.nav.unit", "/supervision/units", "kanban", Permissions.SUPERVISION_READ);
	}

	@Bean
	NavigationEntry supervisionGoalsNavigation() {
		return new NavigationEntry(SECTION, 23, "supervision.nav.goals", "/supervision/goals", "bullseye", Permissions.SUPERVISION_READ);
	}

	@Bean
	NavigationEntry supervisionTasksNavigation() {
		return new NavigationEntry(SECTION, 24, "supervision.nav.tasks", "/supervision/tasks", "list-check", Permissions.SUPERVISION_READ);
	}

	@Bean
	NavigationEntry supervisionCalendarNavigation() {
		return new NavigationEntry(SECTION, 25, "supervision.nav.calendar", "/supervision/calendar", "calendar3",
				Permissions.SUPERVISION_READ);
	}

	@Bean
	NavigationEntry supervisionRankingNavigation() {
		return new NavigationEntry(SECTION, 26, "supervision.nav.ranking", "/supervision/ranking", "bar-chart-line",
				Permissions.SUPERVISION_READ);
	}

	@Bean
	NavigationEntry supervisionImportNavigation() {
		return new NavigationEntry(SECTION, 27, "supervision.nav.import", "/supervision/import", "file-earmark-spreadsheet",
				Permissions.SUPERVISION_MANAGE);
	}

	@Bean
	NavigationEntry supervisionSettingsNavigation() {
		return new NavigationEntry(SECTION, 28, "supervision.nav.settings", "/supervision/settings", "sliders",
				Permissions.SUPERVISION_MANAGE);
	}
}
