package org.luoshi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ActorTests {

	@Test
	void anEnterpriseAccountNeverSeesTheWholeDistrictAndReachesNoUnit() {
		Actor enterprise = new Actor(9L, "13800000000", "某人", null, Set.of(Permissions.DEMAND_SUBMIT), 42L);
		assertThat(enterprise.isEnterprise()).isTrue();
		assertThat(enterprise.seesWholeDistrict()).isFalse();
		assertThat(enterprise.scopeUnitId()).isEqualTo(Actor.NO_UNIT);
		// Even a scope given by mistake is replaced.
		assertThat(new Actor(9L, "x", "x", 5L, Set.of(), 42L).scopeUnitId()).isEqualTo(Actor.NO_UNIT);
	}

	@Test
	void staffAndTheSystemAreNoEnterprise() {
		assertThat(Actor.SYSTEM.isEnterprise()).isFalse();
		assertThat(Actor.SYSTEM.seesWholeDistrict()).isTrue();
		assertThat(new Actor(1L, "a", "a", 3L, Set.of()).isEnterprise()).isFalse();
	}
}
