package org.luoshi.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.organization.UnitNameResolution;
import org.luoshi.organization.UnitSummary;
import org.luoshi.organization.UnitType;

/** A district with three towns that each have an office called 经济发展办, and a department under its full name. */
class UnitNamesTests {

	static final UnitSummary DISTRICT = unit(1, null, "/1/", "蓬江区", null, true);
	static final UnitSummary DEVELOPMENT = unit(2, 1L, "/1/2/", "江门市蓬江区发展和改革局", "区发改局", true);
	static final UnitSummary TANGXIA = unit(3, 1L, "/1/3/", "江门市蓬江区棠下镇人民政府", "棠下镇", true);
	static final UnitSummary TANGXIA_ECONOMY = unit(4, 3L, "/1/3/4/", "棠下镇经济发展办公室", "经济发展办", true);
	static final UnitSummary HETANG = unit(5, 1L, "/1/5/", "江门市蓬江区荷塘镇人民政府", "荷塘镇", true);
	static final UnitSummary HETANG_ECONOMY = unit(6, 5L, "/1/5/6/", "荷塘镇经济发展办公室", "经济发展办", true);
	static final UnitSummary DURUAN = unit(7, 1L, "/1/7/", "江门市蓬江区杜阮镇人民政府", "杜阮镇", true);
	static final UnitSummary DURUAN_ECONOMY = unit(8, 7L, "/1/7/8/", "杜阮镇经济发展办公室", "经济发展办", true);
	static final UnitSummary CLOSED = unit(9, 1L, "/1/9/", "江门市蓬江区旧办公室", "旧办", false);
	static final List<UnitSummary> ALL = List.of(DISTRICT, DEVELOPMENT, TANGXIA, TANGXIA_ECONOMY, HETANG, HETANG_ECONOMY, DURUAN,
			DURUAN_ECONOMY, CLOSED);

	@Test
	void answersAmbiguousForANameThreeTownsShareNamingEachCandidateUniquely() {
		UnitNameResolution resolution = new UnitNames(ALL, null).resolve("经济发展办");

		assertThat(resolution).isInstanceOfSatisfying(UnitNameResolution.Ambiguous.class, ambiguous -> assertThat(ambiguous.candidates())
			.extracting(UnitNameResolution.Candidate::uniqueName)
			.containsExactly("棠下镇/经济发展办", "荷塘镇/经济发展办", "杜阮镇/经济发展办"));
	}

	@Test
	void resolvesAPathOfNamesAFullNameAndAShortName() {
		UnitNames names = new UnitNames(ALL, null);

		assertThat(names.resolve("荷塘镇/经济发展办")).isEqualTo(new UnitNameResolution.Unique("荷塘镇/经济发展办", HETANG_ECONOMY));
		assertThat(names.resolve("杜阮镇经济发展办公室")).isEqualTo(new UnitNameResolution.Unique("杜阮镇经济发展办公室", DURUAN_ECONOMY));
		assertThat(names.resolve(" 区发改局 ")).isEqualTo(new UnitNameResolution.Unique("区发改局", DEVELOPMENT));
	}

	@Test
	void answersUnknownForInactiveUnitsNamesOutsideTheScopeAndBlanks() {
		UnitNames district = new UnitNames(ALL, null);
		UnitNames tangxia = new UnitNames(ALL, TANGXIA.id());

		assertThat(district.resolve("旧办")).isInstanceOf(UnitNameResolution.Unknown.class);
		assertThat(district.resolve("区政数局")).isInstanceOf(UnitNameResolution.Unknown.class);
		assertThat(district.resolve("  ")).isInstanceOf(UnitNameResolution.Unknown.class);
		assertThat(tangxia.resolve("区发改局")).isInstanceOf(UnitNameResolution.Unknown.class);
		// Within one town the office's short name is its own.
		assertThat(tangxia.resolve("经济发展办")).isEqualTo(new UnitNameResolution.Unique("经济发展办", TANGXIA_ECONOMY));
	}

	@Test
	void offersEachActiveUnitUnderANameThatResolvesToItAlone() {
		UnitNames names = new UnitNames(ALL, null);

		assertThat(names.uniqueNames()).containsExactly(java.util.Map.entry(1L, "蓬江区"), java.util.Map.entry(2L, "区发改局"),
				java.util.Map.entry(3L, "棠下镇"), java.util.Map.entry(4L, "棠下镇/经济发展办"), java.util.Map.entry(5L, "荷塘镇"),
				java.util.Map.entry(6L, "荷塘镇/经济发展办"), java.util.Map.entry(7L, "杜阮镇"), java.util.Map.entry(8L, "杜阮镇/经济发展办"));
		names.uniqueNames().forEach((id, name) -> assertThat(names.resolve(name))
			.isInstanceOfSatisfying(UnitNameResolution.Unique.class, unique -> assertThat(unique.unit().id()).isEqualTo(id)));
	}

	private static UnitSummary unit(long id, Long parentId, String path, String name, String shortName, boolean active) {
		return new UnitSummary(id, parentId, path, name, shortName, UnitType.OTHER, null, (int) id, active, 0);
	}
}
