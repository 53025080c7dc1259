package org.luoshi.awards.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The awards in the sidebar: campaigns and the registry for every awards role, objections for the awards office. */
@Configuration(proxyBeanMethods = false)
class AwardsNavigation {

	@Bean
	NavigationEntry awardCampaigns() {
		return new NavigationEntry("awards.nav.section", 140, "awards.nav.campaigns", "/awards/campaigns", "award", Permissions.AWARDS_READ);
	}

	@Bean
	NavigationEntry awardHonours() {
		return new NavigationEntry("awards.nav.section", 141, "awards.nav.honours", "/awards/honours", "patch-check", Permissions.AWARDS_READ);
	}

	@Bean
	NavigationEntry awardObjections() {
		return new NavigationEntry("awards.nav.section", 142, "awards.nav.objections", "/awards/objections", "chat-square-text", Permissions.AWARDS_MANAGE);
	}
}
