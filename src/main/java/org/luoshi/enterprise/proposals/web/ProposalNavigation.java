package org.luoshi.enterprise.proposals.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Proposals and public-opinion reports in the sidebar's enterprise section, for those who may read them. */
@Configuration(proxyBeanMethods = false)
class ProposalNavigation {

	@Bean
	NavigationEntry proposalsNavigation() {
		return new NavigationEntry("enterprise.nav.section", 40, "proposal.nav.list", "/proposals", "journal-text", Permissions.PROPOSAL_READ);
	}

	@Bean
	NavigationEntry proposalOpinionsNavigation() {
		return new NavigationEntry("enterprise.nav.section", 41, "opinion.nav.list", "/proposals/opinions", "megaphone", Permissions.PROPOSAL_READ);
	}
}
