package org.luoshi.legalservice.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The legal services' section of the sidebar: its points and providers for the bureau and the points' staff. */
@Configuration(proxyBeanMethods = false)
class LegalNavigation {

	@Bean
	NavigationEntry legalPointsNavigation() {
		return new NavigationEntry("legal.nav.section", 80, "legal.nav.points", "/legal/points", "geo-alt", Permissions.LEGAL_HANDLE);
	}
}
