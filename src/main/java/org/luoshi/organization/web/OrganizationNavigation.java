package org.luoshi.organization.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The organization pages in the sidebar's administration section, for those who manage the organization. */
@Configuration(proxyBeanMethods = false)
class OrganizationNavigation {

	@Bean
	NavigationEntry organizationUnitsNavigation() {
		return new NavigationEntry("nav.section.admin", 100, "organization.nav.units", "/admin/units", "diagram-3",
				Permissions.ORGANIZATION_MANAGE);
	}

	@Bean
	NavigationEntry organizationStaffNavigation() {
		return new NavigationEntry("nav.section.admin", 101, "organization.nav.staff", "/admin/staff", "people",
				Permissions.ORGANIZATION_MANAGE);
	}

	@Bean
	NavigationEntry organizationImportNavigation() {
		return new NavigationEntry("nav.section.admin", 102, "organization.nav.import", "/admin/organization/import",
				"file-earmark-arrow-up", Permissions.ORGANIZATION_MANAGE);
	}
}
