package org.luoshi.identity.internal;

import java.time.Instant;

/** An API token as its owner and the security administrator see it: never the token itself. */
public record TokenView(long id, long accountId, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
}
