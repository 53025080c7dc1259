package org.luoshi.legalservice.lectures.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lecture menu and the lectures in the sidebar's legal section: for a point's staff and the justice bureau
 * ({@code legal:handle}), practitioners ({@code legal:provide}) and enterprises' accounts ({@code legal:request}) — one
 * entry per permission, since no role holds two of them.
 */
@Configuration(proxyBeanMethods = false)
class LectureNavigation {

	@Bean
	NavigationEntry lectureTopicsForStaff() {
		return new NavigationEntry("legal.nav.section", 120, "legal.lecture.nav.topics", "/legal/topics", "list-ol", Permissions.LEGAL_HANDLE);
	}

	@Bean
	NavigationEntry lecturesForStaff() {
		return new NavigationEntry("legal.nav.section", 121, "legal.lecture.nav.lectures", "/legal/lectures", "easel", Permissions.LEGAL_HANDLE);
	}

	@Bean
	NavigationEntry lectureTopicsForPractitioners() {
		return new NavigationEntry("legal.nav.section", 120, "legal.lecture.nav.topics", "/legal/topics", "list-ol", Permissions.LEGAL_PROVIDE);
	}

	@Bean
	NavigationEntry lecturesForPractitioners() {
		return new NavigationEntry("legal.nav.section", 121, "legal.lecture.nav.lectures", "/legal/lectures", "easel", Permissions.LEGAL_PROVIDE);
	}

	@Bean
	NavigationEntry lectureTopicsForEnterprises() {
		return new NavigationEntry("legal.nav.section", 120, "legal.lecture.nav.topics", "/legal/topics", "list-ol", Permissions.LEGAL_REQUEST);
	}

	@Bean
	NavigationEntry lecturesForEnterprises() {
		return new NavigationEntry("legal.nav.section", 121, "legal.lecture.nav.lectures", "/legal/lectures", "easel", Permissions.LEGAL_REQUEST);
	}
}
