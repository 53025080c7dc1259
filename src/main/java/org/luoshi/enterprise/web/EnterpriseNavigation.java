package org.luoshi.enterprise.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry in the sidebar, for those who may read it; its import is a button on the list for those who manage. */
@Configuration(proxyBeanMethods = false)
class EnterpriseNavigation {

	@Bean
	NavigationEntry enterpriseRegistryNavigation() {
		return new NavigationEntry("enterprise.nav.section", 30, "enterprise.nav.registry", "/enterprises", "buildings",
				Permissions.ENTERPRISE_READ);
	}
}
