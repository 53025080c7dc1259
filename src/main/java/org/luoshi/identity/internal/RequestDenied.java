package org.luoshi.identity.internal;

import java.util.Map;

import org.luoshi.shared.AuditableEvent;

/**
 * A signed-in person was refused (403) or asked for something that does not exist or that they may not see (404,
 * which answers both alike). The entry's actor is the person; the target is the request as method and path.
 */
record RequestDenied(int status, String method, String path) implements AuditableEvent {

	static final int PATH_MAX = 250;

	@Override
	public String action() {
		return status == 403 ? "identity.request.forbidden" : "identity.request.not-found";
	}

	@Override
	public String targetType() {
		return "request";
	}

	@Override
	public String targetId() {
		return "";
	}

	@Override
	public String targetLabel() {
		return method + " " + (path.length() > PATH_MAX ? path.substring(0, PATH_MAX) + "…" : path);
	}

	@Override
	public Map<String, Change> changes() {
		return Map.of("status", new Change(null, status));
	}
}
