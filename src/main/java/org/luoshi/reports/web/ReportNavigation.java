package org.luoshi.reports.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reports in the sidebar's work section, for those who review them. */
@Configuration(proxyBeanMethods = false)
class ReportNavigation {

	@Bean
	NavigationEntry reportsNavigation() {
		return new NavigationEntry("nav.section.work", 10, "reports.nav", "/reports", "file-earmark-text",
				Permissions.REPORTS_MANAGE);
	}
}
