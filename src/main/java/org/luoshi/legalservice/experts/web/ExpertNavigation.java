package org.luoshi.legalservice.experts.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The expert group in the sidebar's legal section: the questions for the justice bureau, the experts and the
 * enterprises (one entry per permission, as the sidebar shows an entry for one); the roster for the bureau and experts.
 */
@Configuration(proxyBeanMethods = false)
class ExpertNavigation {

	@Bean
	NavigationEntry expertQuestionsForBureau() {
		return new NavigationEntry("legal.nav.section", 40, "legal.experts.nav.questions", "/legal/questions", "patch-question", Permissions.LEGAL_MANAGE);
	}

	@Bean
	NavigationEntry expertQuestionsForExperts() {
		return new NavigationEntry("legal.nav.section", 40, "legal.experts.nav.questions", "/legal/questions", "patch-question", Permissions.LEGAL_PROVIDE);
	}

	@Bean
	NavigationEntry expertQuestionsForEnterprises() {
		return new NavigationEntry("legal.nav.section", 40, "legal.experts.nav.questions", "/legal/questions", "patch-question", Permissions.LEGAL_REQUEST);
	}

	@Bean
	NavigationEntry expertRosterForBureau() {
		return new NavigationEntry("legal.nav.section", 41, "legal.experts.nav.roster", "/legal/experts", "people", Permissions.LEGAL_MANAGE);
	}

	@Bean
	NavigationEntry expertRosterForExperts() {
		return new NavigationEntry("legal.nav.section", 41, "legal.experts.nav.roster", "/legal/experts", "people", Permissions.LEGAL_PROVIDE);
	}
}
