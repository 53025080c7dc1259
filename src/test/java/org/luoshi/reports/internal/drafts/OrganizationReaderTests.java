package org.luoshi.reports.internal.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.luoshi.organization.UnitSummary;
import org.luoshi.reports.ReportReader;

/** The reader that the warm-up warms is the one uploads use, until the organization's units change. */
class OrganizationReaderTests {

	private static UnitSummary unit(long id, String name, int version) {
		return new UnitSummary(id, null, "/" + id, name, null, null, null, 0, true, version);
	}

	@Test
	void keepsOneReaderWhileTheUnitsStayTheSameAndBuildsANewOneWhenTheyChange() {
		OrganizationReader readers = new OrganizationReader(null);
		ReportReader first = readers.of(new OrganizationNames(List.of(unit(1, "区城建中心", 1), unit(2, "区文旅局", 1))));
		assertThat(readers.of(new OrganizationNames(List.of(unit(1, "区城建中心", 1), unit(2, "区文旅局", 1))))).isSameAs(first);
		ReportReader renamed = readers.of(new OrganizationNames(List.of(unit(1, "区城市建设中心", 2), unit(2, "区文旅局", 1))));
		assertThat(renamed).isNotSameAs(first);
		assertThat(renamed.read(org.luoshi.reports.ReportInput.text("区城市建设中心要加快推进滨江大道二期建设，年底前完工。")).tasks())
			.singleElement().satisfies(task -> assertThat(task.leadUnits()).containsExactly("区城市建设中心"));
	}
}
