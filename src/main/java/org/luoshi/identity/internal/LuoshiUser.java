package org.luoshi.identity.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.Role;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security holds it (in the database-backed session). */
final class LuoshiUser implements UserDetails, CurrentActor.ActorHolder {

	private static final long serialVersionUID = 1L;

	private final Actor actor;
	private final Set<Role> roles;
	private final boolean mustChangePassword;

	LuoshiUser(AccountSummary account) {
		Set<String> permissions = new HashSet<>();
		account.roles().forEach(role -> permissions.addAll(role.permissions()));
		this.actor = new Actor(account.id(), account.username(), account.displayName(), account.scopeUnitId(), Set.copyOf(permissions));
		this.roles = account.roles();
		this.mustChangePassword = account.mustChangePassword();
	}

	@Override
	public Actor actor() {
		return actor;
	}

	Set<Role> roles() {
		return roles;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	LuoshiUser withPasswordChanged(AccountSummary account) {
		return new LuoshiUser(account);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>();
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
