package org.luoshi.audit.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavigationEntry auditNavigationEntry() {
		return new NavigationEntry("nav.section.admin", 900, "audit.nav", "/audit", "journal-check", Permissions.AUDIT_READ);
	}
}
