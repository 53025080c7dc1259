package org.luoshi.notification.internal;

import org.luoshi.shared.web.NavigationEntry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mail settings, and the inbox in the sidebar for every signed-in person. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class NotificationConfiguration {

	@Bean
	NavigationEntry inboxNavigation() {
		return new NavigationEntry("nav.section.work", 1, "notification.nav", "/inbox", "bell", java.util.Set.of());
	}
}
