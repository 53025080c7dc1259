package org.luoshi.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link Actor} behind the current request; outside a request it is {@link Actor#SYSTEM}. */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Actor get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorHolder holder) {
			return holder.actor();
		}
		return Actor.SYSTEM;
	}

	/** Implemented by the security principal so that modules can read the actor without knowing identity. */
	public interface ActorHolder {
		Actor actor();
	}
}
