package org.luoshi.enterprise.visits.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Visits in the sidebar's enterprise section, after the registry. Shown for {@code enterprise:read}: every role that
 * may record visits reads the registry too, and those who only read it see their scope's visits.
 */
@Configuration(proxyBeanMethods = false)
class VisitNavigation {

	@Bean
	NavigationEntry enterpriseVisitsNavigation() {
		return new NavigationEntry("enterprise.nav.section", 31, "visits.nav.visits", "/visits", "people", Permissions.ENTERPRISE_READ);
	}
}
