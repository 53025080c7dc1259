package org.luoshi.reports.internal.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.luoshi.reports.NameSource.KnownPlace;

class BundledNamesTests {

	private static final Path DIVISIONS = Path.of("src/main/resources/db/migration/organization/V1__units_staff_divisions.sql");

	@Test
	void holdsTheSameDivisionsAsTheOrganizationModule() throws IOException {
		Map<String, String> migration = new HashMap<>();
		Matcher rows = Pattern.compile("\\('(\\d{6,9})', '([^']+)'").matcher(Files.readString(DIVISIONS));
		while (rows.find()) {
			migration.put(rows.group(1), rows.group(2));
		}
		Map<String, String> bundled = new HashMap<>();
		for (KnownPlace place : BundledNames.instance().places()) {
			bundled.put(place.divisionCode(), place.name());
		}
		assertThat(bundled).isEqualTo(migration);
	}

	@Test
	void knowsTheDistrictsUsualUnitsByTheirFullNames() {
		assertThat(BundledNames.instance().units()).anySatisfy(unit -> {
			assertThat(unit.name()).isEqualTo("区发改局");
			assertThat(unit.aliases()).contains("区发展和改革局");
		});
	}
}
