package org.luoshi.identity.internal;

import java.time.Clock;
import java.time.Duration;

import org.luoshi.shared.Permissions;
import org.luoshi.shared.web.ApiProblems;
import org.springframework.beans.factory.annotation.Value;
import org.luoshi.shared.web.SecurityHeaders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Two doors. The API ({@code /api/**}) is stateless: a bearer token on every call, no session, no CSRF
 * (no cookie is trusted), and answers 401/403 as problem+json. Pages use a form sign-in with a session kept
 * in the database (so any instance serves any request), CSRF on every form, an idle timeout
 * ({@code spring.session.timeout}), a periodic check that the account is still active and unlocked, and a forced
 * password change where an administrator (or the installer) chose the password.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
			"/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/public/**" };

	/**
	 * Operators' pages: the metrics need the accounts:manage permission (or the management port); Swagger UI, like every
	 * other page, a staff member's sign-in.
	 */
	static final String[] METRICS = { "/actuator/prometheus" };

	/** How long a page session may act on what its account was: see {@link SessionAccountCheckFilter}. */
	static final Duration SESSION_CHECK_INTERVAL = Duration.ofMinutes(1);

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(10);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ApiProblems problems, ApplicationEventPublisher events) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/v1/auth/token").permitAll()
				.requestMatchers(EnterpriseDoor.API).authenticated()
				.anyRequest().access(EnterpriseDoor.staffOnly()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.headers(SecurityHeaders.api())
			.addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new DeniedRequestRecorder(events), SecurityContextHolderFilter.class)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) -> problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized"))
				.accessDeniedHandler((request, response, e) -> problems.write(request, response, HttpStatus.FORBIDDEN, "error.forbidden")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AccountRepository accounts, ApplicationEventPublisher events,
			@Value("${management.server.port:}") String managementPort) throws Exception {
		int separatePort = managementPort == null || managementPort.isBlank() ? -1 : Integer.parseInt(managementPort.strip());
		http.authorizeHttpRequests(requests -> requests
				// A separate management port is kept off the public network: the scraper needs no account there.
				.requestMatchers(request -> separatePort > 0 && request.getLocalPort() == separatePort).permitAll()
				.requestMatchers(PUBLIC_PAGES).permitAll()
				.requestMatchers(EnterpriseDoor.PUBLIC_PAGES).permitAll()
				.requestMatchers(METRICS).hasAuthority(Permissions.ACCOUNTS_MANAGE)
				.requestMatchers(EnterpriseDoor.PAGES).authenticated()
				// Staff pages (and the API explorer): never for an enterprise's account, see EnterpriseDoor.
				.anyRequest().access(EnterpriseDoor.staffOnly()))
			.formLogin(form -> form
				.loginPage("/login")
				// One answer whatever the reason (see SignIn); a session ended by a lock or a deactivation says why instead,
				// and so does an enterprise's registration not approved, to whoever gives its right password.
				.failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath() + "/login?error="
						+ (e instanceof NotApprovedException refused ? refused.reason() : "failed")))
				.successHandler(EnterpriseDoor.afterSignIn())
				.permitAll())
			.logout(logout -> logout
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null && authentication.getPrincipal() instanceof LuoshiUser user) {
						events.publishEvent(SignedOut.byOwner(user.actor().accountId(), user.actor().username()));
					}
				})
				.logoutSuccessUrl("/login?logout")
				.permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(SecurityHeaders.pages())
			.addFilterBefore(new SessionAccountCheckFilter(accounts::findById, Clock.systemUTC(), SESSION_CHECK_INTERVAL), AuthorizationFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
			.addFilterAfter(new DeniedRequestRecorder(events), SecurityContextHolderFilter.class);
		return http.build();
	}
}
