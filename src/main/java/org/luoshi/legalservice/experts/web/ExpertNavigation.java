package org.luoshi.legalservice.experts.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The expert group in the sidebar's legal section: the questions for the justice bureau, the experts and the
 * enterprises; the roster for the bureau and the experts.
 */
@Configuration(proxyBeanMethods = false)
class ExpertNavigation {

	@Bean
	NavigationEntry expertQuestionsNavigation() {
		return new NavigationEntry("legal.nav.section", 40, "legal.experts.nav.questions", "/legal/questions", "patch-question",
				Permissions.LEGAL_MANAGE, Permissions.LEGAL_PROVIDE, Permissions.LEGAL_REQUEST);
	}

	@Bean
	NavigationEntry expertRosterNavigation() {
		return new NavigationEntry("legal.nav.section", 41, "legal.experts.nav.roster", "/legal/experts", "people", Permissions.LEGAL_MANAGE,
				Permissions.LEGAL_PROVIDE);
	}
}
