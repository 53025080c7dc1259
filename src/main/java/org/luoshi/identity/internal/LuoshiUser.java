package org.luoshi.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.Role;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The signed-in person as Spring Security holds it (in the database-backed session): a snapshot of the account
 * at sign-in, replaced whenever the account's {@link #version()} moves on (see {@link SessionAccountCheckFilter}).
 */
final class LuoshiUser implements UserDetails, CurrentActor.ActorHolder {

	private static final long serialVersionUID = 1L;
	private static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

	private final Actor actor;
	private final Set<Role> roles;
	private final boolean mustChangePassword;
	private final int version;

	LuoshiUser(AccountSummary account) {
		this.actor = account.actor();
		this.roles = account.roles();
		this.mustChangePassword = account.mustChangePassword();
		this.version = account.version();
	}

	/** Puts the account as it now is into the current request and its session, e.g. after a password change. */
	static void signInAgain(AccountSummary account, HttpServletRequest request, HttpServletResponse response) {
		LuoshiUser user = new LuoshiUser(account);
		SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.getContextHolderStrategy().setContext(context);
		SESSIONS.saveContext(context, request, response);
	}

	@Override
	public Actor actor() {
		return actor;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	/** The account's version when this snapshot was taken. */
	int version() {
		return version;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
		actor.permissions().forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission)));
		return authorities;
	}

	@Override
	public String getPassword() {
		return null;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}
}
