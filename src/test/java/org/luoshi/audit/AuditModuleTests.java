package org.luoshi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.LuoshiApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The trail only listens: it uses the shared kernel and the organization's directory (to name units on its page), and
 * no module may come to depend on it.
 */
class AuditModuleTests {

	static final ApplicationModules MODULES = ApplicationModules.of(LuoshiApplication.class);

	@Test
	void dependsOnTheSharedKernelOnly() {
		ApplicationModule audit = MODULES.getModuleByName("audit").orElseThrow();

		assertThat(audit.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName)).containsOnly("shared", "organization");
	}

	@Test
	void noModuleDependsOnIt() {
		ApplicationModule audit = MODULES.getModuleByName("audit").orElseThrow();

		assertThat(MODULES.stream().filter(module -> !module.equals(audit)))
			.noneMatch(module -> module.getDirectDependencies(MODULES).contains(audit));
	}
}
