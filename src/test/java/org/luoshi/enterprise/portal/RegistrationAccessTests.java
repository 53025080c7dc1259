package org.luoshi.enterprise.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.luoshi.identity.Role;
import org.luoshi.shared.Permissions;

/**
 * Search states the registrations' rule as {@code enterprise:manage} over the keeping unit, where the pages ask the
 * registry's {@code manages} ({@code enterprise:manage} and {@code enterprise:read}): the two agree only while every role
 * granting the one grants the other.
 */
class RegistrationAccessTests {

	@Test
	void everyRoleThatKeepsTheRegistryReadsIt() {
		assertThat(Arrays.stream(Role.values()).filter(role -> role.permissions().contains(Permissions.ENTERPRISE_MANAGE)))
			.isNotEmpty()
			.allMatch(role -> role.permissions().contains(Permissions.ENTERPRISE_READ));
	}
}
