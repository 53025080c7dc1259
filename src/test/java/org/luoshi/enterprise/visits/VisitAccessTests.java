package org.luoshi.enterprise.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.luoshi.identity.Role;
import org.luoshi.shared.Permissions;

/**
 * Search states the visits' rule as {@code enterprise:read} over the organizing unit, where the pages say
 * {@code visit:record} or {@code enterprise:read}: the two agree only while every role granting the one grants the other.
 */
class VisitAccessTests {

	@Test
	void everyRoleThatRecordsVisitsReadsTheRegistry() {
		assertThat(Arrays.stream(Role.values()).filter(role -> role.permissions().contains(Permissions.VISIT_RECORD)))
			.isNotEmpty()
			.allMatch(role -> role.permissions().contains(Permissions.ENTERPRISE_READ));
	}
}
