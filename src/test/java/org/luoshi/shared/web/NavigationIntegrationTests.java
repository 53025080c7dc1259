package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.luoshi.identity.Role;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sidebar as every module declares it: whatever two roles an account holds (a lawyer who also staffs a counter, an
 * office that also manages accounts), each link shows once.
 */
@IntegrationTest
class NavigationIntegrationTests {

	@Autowired
	List<NavigationEntry> entries;

	@Test
	void noAccountSeesALinkTwiceWhateverTwoRolesItHolds() {
		for (Role first : Role.values()) {
			for (Role second : Role.values()) {
				Set<String> permissions = new HashSet<>(first.permissions());
				permissions.addAll(second.permissions());
				List<String> paths = entries.stream().filter(entry -> entry.isFor(permissions::contains)).map(NavigationEntry::path).toList();
				assertThat(paths).as(first + " + " + second).doesNotHaveDuplicates();
			}
		}
	}

	@Test
	void aLinkForSeveralPermissionsShowsToEachAndALinkForNoneToEveryone() {
		NavigationEntry requests = entries.stream().filter(entry -> entry.path().equals("/legal/requests")).findFirst().orElseThrow();
		assertThat(Set.of(Role.LEGAL_STAFF, Role.LEGAL_PROVIDER, Role.ENTERPRISE).stream().filter(role -> requests.isFor(role.permissions()::contains))
			.collect(Collectors.toSet())).hasSize(3);
		assertThat(requests.isFor(Role.AUDITOR.permissions()::contains)).isFalse();
		NavigationEntry inbox = entries.stream().filter(entry -> entry.path().equals("/inbox")).findFirst().orElseThrow();
		assertThat(inbox.isFor(permission -> false)).isTrue();
	}
}
