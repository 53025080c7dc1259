package org.luoshi.legalservice.lectures.web;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lecture menu and the lectures in the sidebar's legal section: for a point's staff and the justice bureau
 * ({@code legal:handle}), practitioners ({@code legal:provide}) and enterprises' accounts ({@code legal:request}).
 */
@Configuration(proxyBeanMethods = false)
class LectureNavigation {

	@Bean
	NavigationEntry lectureTopicsNavigation() {
		return new NavigationEntry("legal.nav.section", 120, "legal.lecture.nav.topics", "/legal/topics", "list-ol", Permissions.LEGAL_HANDLE,
				Permissions.LEGAL_PROVIDE, Permissions.LEGAL_REQUEST);
	}

	@Bean
	NavigationEntry lecturesNavigation() {
		return new NavigationEntry("legal.nav.section", 121, "legal.lecture.nav.lectures", "/legal/lectures", "easel", Permissions.LEGAL_HANDLE,
				Permissions.LEGAL_PROVIDE, Permissions.LEGAL_REQUEST);
	}
}
