package org.luoshi.enterprise.portal.internal;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The town's list of portal registrations, beside the registry it keeps. */
@Configuration(proxyBeanMethods = false)
class PortalNavigation {

	@Bean
	NavigationEntry portalRegistrationsNavigation() {
		return new NavigationEntry("enterprise.nav.section", 31, "portal.nav.registrations", "/portal/registrations", "person-check",
				Permissions.ENTERPRISE_MANAGE);
	}
}
