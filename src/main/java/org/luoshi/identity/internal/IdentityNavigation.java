package org.luoshi.identity.internal;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Identity's place in the sidebar. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	@Bean
	NavigationEntry accountsNavigation() {
		return new NavigationEntry("nav.section.admin", 920, "identity.nav.accounts", "/admin/accounts", "person-badge",
				Permissions.ACCOUNTS_MANAGE, Permissions.SECURITY_MANAGE);
	}
}
