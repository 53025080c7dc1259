package org.luoshi.enterprise.demands.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Demands in the sidebar's enterprise section, for those who may read them; the rates are a button on the list. */
@Configuration(proxyBeanMethods = false)
class DemandNavigation {

	@Bean
	NavigationEntry demandsNavigation() {
		return new NavigationEntry("enterprise.nav.section", 30, "demand.nav.list", "/demands", "chat-square-text", Permissions.DEMAND_READ);
	}
}
