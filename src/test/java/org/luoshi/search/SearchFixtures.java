package org.luoshi.search;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;

/** Searchers and documents of the search tests; the demo organization supplies the units. */
final class SearchFixtures {

	/** A type no module uses, so that the tests' documents never mix with real ones. */
	static final String TEST_TYPE = "test-note";

	private final OrganizationDirectory organization;

	SearchFixtures(OrganizationDirectory organization) {
		this.organization = organization;
	}

	UnitSummary unit(String name) {
		return organization.findUnitByName(name).orElseThrow();
	}

	/** Someone who sees the whole district, as demo-admin and demo-leader do. */
	Actor districtWide() {
		return new Actor(1L, "demo-leader", "黄国栋", null, Set.of(Permissions.ORGANIZATION_READ));
	}

	/** Someone who sees 棠下镇 and its offices only, as demo-town does. */
	Actor townOfTangxia() {
		return new Actor(3L, "demo-town", "梁家豪", unit("棠下镇").id(), Set.of(Permissions.ORGANIZATION_READ));
	}

	/** Someone who sees 区司法局 and its sections only, as demo-dept does. */
	Actor justiceBureau() {
		return new Actor(4L, "demo-dept", "谢文博", unit("区司法局").id(), Set.of(Permissions.ORGANIZATION_READ));
	}

	static SearchDocument note(Long unitId, String title, String body) {
		String id = UUID.randomUUID().toString();
		Visibility visibility = unitId == null ? Visibility.everyone() : Visibility.of(Permissions.ORGANIZATION_READ, List.of(unitId));
		return new SearchDocument(TEST_TYPE, id, visibility, title, body, "/notes/" + id);
	}
}
