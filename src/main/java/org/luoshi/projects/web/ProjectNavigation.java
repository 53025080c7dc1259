package org.luoshi.projects.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The key projects in the economy's section of the sidebar, after the indicators. */
@Configuration(proxyBeanMethods = false)
class ProjectNavigation {

	@Bean
	NavigationEntry projectsNavigation() {
		return new NavigationEntry("economy.nav.section", 61, "projects.nav.projects", "/projects", "cone-striped", Permissions.PROJECTS_READ);
	}

	@Bean
	NavigationEntry platformsNavigation() {
		return new NavigationEntry("economy.nav.section", 62, "projects.nav.platforms", "/projects/platforms", "pin-map", Permissions.PROJECTS_READ);
	}
}
