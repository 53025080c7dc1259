package org.luoshi.organization;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.luoshi.shared.Actor;
import org.luoshi.support.Acting;
import org.luoshi.shared.Permissions;

/**
 * Who acts in the organization tests, and names that no other test uses (all tests share one database).
 * {@link #actAs} puts an actor into the security context the way a signed-in request would.
 */
final class OrganizationFixtures {

	private static final AtomicInteger sequence = new AtomicInteger();

	private OrganizationFixtures() {
	}

	/** The district office's administrator: manages the whole district. */
	static Actor districtAdministrator() {
		return new Actor(9001L, "test-admin", "测试管理员", null, Set.of(Permissions.ORGANIZATION_MANAGE, Permissions.ORGANIZATION_READ));
	}

	/** An administrator whose data scope is one subtree, e.g. a town's own administrator. */
	static Actor administratorOf(long scopeUnitId) {
		return new Actor(9002L, "test-scoped-admin", "镇管理员", scopeUnitId,
				Set.of(Permissions.ORGANIZATION_MANAGE, Permissions.ORGANIZATION_READ));
	}

	/** A unit handler like demo-town: reads their subtree, manages nothing. */
	static Actor handlerOf(long scopeUnitId) {
		return new Actor(9003L, "test-handler", "经办人", scopeUnitId, Set.of(Permissions.ORGANIZATION_READ));
	}

	static void actAs(Actor actor) {
		Acting.actAs(actor);
	}

	static void actAsNobody() {
		Acting.actAsNobody();
	}

	/** A unit or person name no other test (or earlier run against the same database) uses. */
	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + sequence.incrementAndGet();
	}

}
