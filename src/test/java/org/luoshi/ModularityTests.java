package org.luoshi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold: no cycles, no reaching into another module's internals. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(LuoshiApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	/** Only when asked ({@code mvn test -Dtest=ModularityTests -Dluoshi.docs=true}): a test run should not rewrite tracked files. */
	@Test
	@EnabledIfSystemProperty(named = "luoshi.docs", matches = "true")
	void writesTheModuleDiagramIntoTheArchitectureDocs() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/architecture/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
