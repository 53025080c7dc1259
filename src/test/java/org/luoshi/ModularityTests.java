package org.luoshi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The module boundaries hold: no cycles, no reaching into another module's internals. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(LuoshiApplication.class);

	private static final String CORE = "org.luoshi.supervision.internal.";

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void supervisionIsSplitIntoNestedModules() {
		ApplicationModule supervision = MODULES.getModuleByName("supervision").orElseThrow();
		assertThat(MODULES.getNestedModules(supervision))
			.extracting(module -> module.getBasePackage().getName())
			.containsExactlyInAnyOrder("org.luoshi.supervision.boards", "org.luoshi.supervision.followup",
					"org.luoshi.supervision.ledger");
		assertThat(MODULES.getModuleByType("org.luoshi.supervision.ledger.LedgerService"))
			.get().extracting(ApplicationModule::getName).isEqualTo("supervision.ledger");
		assertThat(MODULES.getModuleByType("org.luoshi.supervision.internal.TaskService"))
			.get().extracting(ApplicationModule::getName).isEqualTo("supervision");
	}

	@Test
	void visitsAreANestedModuleOfEnterpriseThatUsesOnlyItsParentsApi() {
		ApplicationModule enterprise = MODULES.getModuleByName("enterprise").orElseThrow();
		assertThat(MODULES.getNestedModules(enterprise))
			.extracting(module -> module.getBasePackage().getName())
			.contains("org.luoshi.enterprise.visits");
		assertThat(MODULES.getModuleByType("org.luoshi.enterprise.visits.internal.VisitService"))
			.get().extracting(ApplicationModule::getName).isEqualTo("enterprise.visits");
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.luoshi.enterprise");
		// Modulith would allow the nested module the parent's internals; visits keep to what the registry publishes.
		noClasses().that().resideInAPackage("org.luoshi.enterprise.visits..")
			.should().dependOnClassesThat().resideInAnyPackage("org.luoshi.enterprise.internal..", "org.luoshi.enterprise.web..")
			.check(classes);
		// The registry does not know its visits; demands, a sibling, uses what visits publish (Modulith checks that part).
		noClasses().that().resideInAnyPackage("org.luoshi.enterprise", "org.luoshi.enterprise.internal..", "org.luoshi.enterprise.web..")
			.should().dependOnClassesThat().resideInAPackage("org.luoshi.enterprise.visits..")
			.check(classes);
	}

	@Test
	void demandsAreANestedModuleOfEnterpriseThatTheRegistryDoesNotKnow() {
		ApplicationModule enterprise = MODULES.getModuleByName("enterprise").orElseThrow();
		assertThat(MODULES.getNestedModules(enterprise))
			.extracting(module -> module.getBasePackage().getName())
			.contains("org.luoshi.enterprise.demands");
		assertThat(MODULES.getModuleByType("org.luoshi.enterprise.demands.internal.DemandService"))
			.get().extracting(ApplicationModule::getName).isEqualTo("enterprise.demands");
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.luoshi");
		noClasses().that().resideInAnyPackage("org.luoshi.enterprise", "org.luoshi.enterprise.internal..", "org.luoshi.enterprise.web..",
				"org.luoshi.enterprise.visits..", "org.luoshi.supervision..")
			.should().dependOnClassesThat().resideInAPackage("org.luoshi.enterprise.demands..")
			.check(classes);
		// Of the registry's internals, demands use only Towns: which unit keeps which town, the registry's one answer.
		noClasses().that().resideInAPackage("org.luoshi.enterprise.demands..")
			.should().dependOnClassesThat(new DescribedPredicate<JavaClass>("the registry's internals other than Towns") {

				@Override
				public boolean test(JavaClass target) {
					return target.getPackageName().equals("org.luoshi.enterprise.internal")
							&& !target.getName().startsWith("org.luoshi.enterprise.internal.Towns");
				}
			})
			.check(classes);
	}

	@Test
	void proposalsAreANestedModuleOfEnterpriseThatNeitherTheRegistryNorDemandsKnow() {
		ApplicationModule enterprise = MODULES.getModuleByName("enterprise").orElseThrow();
		assertThat(MODULES.getNestedModules(enterprise))
			.extracting(module -> module.getBasePackage().getName())
			.contains("org.luoshi.enterprise.proposals");
		assertThat(MODULES.getModuleByType("org.luoshi.enterprise.proposals.internal.ProposalService"))
			.get().extracting(ApplicationModule::getName).isEqualTo("enterprise.proposals");
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.luoshi");
		noClasses().that().resideInAnyPackage("org.luoshi.enterprise", "org.luoshi.enterprise.internal..", "org.luoshi.enterprise.web..",
				"org.luoshi.enterprise.visits..", "org.luoshi.supervision..")
			.should().dependOnClassesThat().resideInAPackage("org.luoshi.enterprise.proposals..")
			.check(classes);
		// Demands may raise a proposal through ProposalIntake and hear ProposalProgressed: what proposals publish, nothing inside.
		noClasses().that().resideInAPackage("org.luoshi.enterprise.demands..")
			.should().dependOnClassesThat().resideInAnyPackage("org.luoshi.enterprise.proposals.internal..", "org.luoshi.enterprise.proposals.web..")
			.check(classes);
		// Proposals name demands by id and number only; of the registry they use what it publishes.
		noClasses().that().resideInAPackage("org.luoshi.enterprise.proposals..")
			.should().dependOnClassesThat().resideInAnyPackage("org.luoshi.enterprise.demands..", "org.luoshi.enterprise.internal..",
					"org.luoshi.enterprise.web..")
			.check(classes);
	}

	/**
	 * Spring Modulith lets a nested module use all of its parent's internals; each of supervision's uses the task core
	 * only through the few parts its package-info names, so that what "open", "report due" and a task's steps are stays
	 * in the core.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"boards; BoardCache GoalRows GoalService OverduePolicy TaskAccess TaskLifecycle TaskReading TaskRows Units",
			"followup; FollowUpTasks OverduePolicy SupervisionSettings",
			"ledger; GoalRows Inputs TaskAccess TaskIntake TaskRows Units" })
	void nestedModulesUseTheTaskCoreOnlyThroughWhatTheyName(String module, String allowed) {
		Set<String> named = Set.of(allowed.split(" "));
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.luoshi.supervision");
		noClasses().that().resideInAPackage("org.luoshi.supervision." + module + "..")
			.should().dependOnClassesThat(new DescribedPredicate<JavaClass>("parts of the task core other than " + named) {

				@Override
				public boolean test(JavaClass target) {
					return target.getPackageName().equals(CORE.substring(0, CORE.length() - 1))
							&& !named.contains(target.getName().substring(CORE.length()).split("\\$")[0]);
				}
			})
			.check(classes);
	}

	/**
	 * Only when asked ({@code mvn test -Dtest=ModularityTests -Dluoshi.docs=true}): a test run should not rewrite tracked files.
	 * The canvases quote the Javadoc that Spring Modulith's annotation processor collects, which it reads with Spring Boot's
	 * basic JSON parser (Jackson 3 is not on the class path); that parser loses its way on a bracket or an escaped quote left
	 * unbalanced inside a comment, so comments write intervals and quotations in words.
	 */
	@Test
	@EnabledIfSystemProperty(named = "luoshi.docs", matches = "true")
	void writesTheModuleDiagramIntoTheArchitectureDocs() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/architecture/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
