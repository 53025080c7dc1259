package org.luoshi.support;

import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Puts an actor into the security context the way a signed-in request does, for code under test that reads
 * {@link CurrentActor} (audit entries, event listeners) rather than taking the actor as a parameter.
 */
public final class Acting {

	private Acting() {
	}

	public static void actAs(Actor actor) {
		TestingAuthenticationToken authentication = new TestingAuthenticationToken(new Principal(actor), null,
				actor.permissions().toArray(String[]::new));
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

	public static void actAsNobody() {
		SecurityContextHolder.clearContext();
	}

	private record Principal(Actor actor) implements CurrentActor.ActorHolder {
	}
}
