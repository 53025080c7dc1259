package org.luoshi.legalservice.requests.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests and the counter's queue in the sidebar's legal section: the list for point staff and the office
 * ({@code legal:handle}, which the office holds too), practitioners and enterprises; the queue for point staff.
 */
@Configuration(proxyBeanMethods = false)
class LegalRequestNavigation {

	@Bean
	NavigationEntry legalRequestsNavigation() {
		return new NavigationEntry("legal.nav.section", 81, "legal.request.nav.list", "/legal/requests", "person-raised-hand",
				Permissions.LEGAL_HANDLE, Permissions.LEGAL_PROVIDE, Permissions.LEGAL_REQUEST);
	}

	@Bean
	NavigationEntry legalCounterNavigation() {
		return new NavigationEntry("legal.nav.section", 84, "legal.request.nav.counter", "/legal/counter", "megaphone", Permissions.LEGAL_HANDLE);
	}
}
