package org.luoshi.economy.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The economy's section of the sidebar. */
@Configuration(proxyBeanMethods = false)
class EconomyNavigation {

	@Bean
	NavigationEntry indicatorsNavigation() {
		return new NavigationEntry("economy.nav.section", 60, "economy.nav.indicators", "/economy/indicators", "graph-up", Permissions.ECONOMY_READ);
	}
}
