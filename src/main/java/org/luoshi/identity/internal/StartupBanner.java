package org.luoshi.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Tells the person who started Luoshi where to open it and how to sign in: the demo accounts in demo mode; on a real
 * server, for each of the three administrators' duties (三员) that no active account holds yet (a new installation,
 * or one from before the duties were separated), a first account with a one-time password.
 */
@Component
class StartupBanner {

	/** The accounts a real server starts with, one per administrator's duty. */
	static final List<Map.Entry<Role, String>> FIRST_ADMINISTRATORS = List.of(Map.entry(Role.SYSTEM_ADMIN, "sysadmin"),
			Map.entry(Role.SECURITY_ADMIN, "secadmin"), Map.entry(Role.AUDITOR, "auditadmin"));

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
			IdentityDemoData.DemoAccount enterprise = IdentityDemoData.ENTERPRISE;
			if (accounts.findByUsername(enterprise.username()).isPresent()) {
				banner.append(String.format("    %-14s %s%n", enterprise.username(),
						messages.getMessage(enterprise.descriptionKey(), null, Locale.SIMPLIFIED_CHINESE)));
			}
		}
		else {
			FIRST_ADMINISTRATORS.forEach(first -> {
				Role role = first.getKey();
				String username = first.getValue();
				if (accounts.countActiveWithRole(role) > 0 || accounts.findByUsername(username).isPresent()) {
					return;
				}
				String password = credentials.generate();
				accountService.create(username, messages.getMessage("role." + role.name(), null, Locale.SIMPLIFIED_CHINESE), password, null,
						null, Set.of(role), true, Actor.SYSTEM);
				banner.append(String.format("  First %-22s %s / %s  (a new password is asked for at first sign-in)%n",
						role.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ":", username, password));
			});
		}
		System.out.println(banner);
	}
}
