package org.luoshi.identity.internal;

import java.util.Locale;
import java.util.Set;

import org.luoshi.identity.Role;
import org.luoshi.shared.Actor;
import org.luoshi.shared.database.DemoMode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the person who started Luoshi where to open it and how to sign in: the demo accounts in demo mode;
 * on a real server with no account yet, a first administrator with a one-time password.
 */
@Component
class StartupBanner {

	private final Environment environment;
	private final DemoMode demoMode;
	private final InitialCredentials credentials;
	private final AccountRepository accounts;
	private final AccountService accountService;
	private final MessageSource messages;

	StartupBanner(Environment environment, DemoMode demoMode, InitialCredentials credentials, AccountRepository accounts,
			AccountService accountService, MessageSource messages) {
		this.environment = environment;
		this.demoMode = demoMode;
		this.credentials = credentials;
		this.accounts = accounts;
		this.accountService = accountService;
		this.messages = messages;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void announce() {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		StringBuilder banner = new StringBuilder("\n\n  落实 Luoshi is running: http://localhost:" + port + "/\n");
		if (demoMode.isEnabled()) {
			banner.append("  Demo accounts (password: ").append(credentials.demoPassword()).append("):\n");
			for (IdentityDemoData.DemoAccount demo : IdentityDemoData.ACCOUNTS) {
				banner.append(String.format("    %-14s %s%n", demo.username(), messages.getMessage(demo.descriptionKey(), null, Locale.SIMPLIFIED_CHINESE)));
			}
		}
		else if (accounts.count() == 0) {
			String password = credentials.generate();
			accountService.create("admin", "系统管理员", password, null, null, Set.of(Role.DISTRICT_ADMIN), true, Actor.SYSTEM);
			banner.append("  First administrator: admin / ").append(password).append("  (a new password is asked for at first sign-in)\n");
		}
		System.out.println(banner);
	}
}
