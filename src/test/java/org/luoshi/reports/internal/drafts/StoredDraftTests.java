package org.luoshi.reports.internal.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.luoshi.reports.DeploymentDraft;
import org.luoshi.reports.ReportDraftFixtures;
import org.luoshi.reports.ReportFixtures;
import org.luoshi.reports.ReportInput;

/**
 * A draft reads back whole from the JSON it is stored as (one stored before fields were added, without them:
 * {@code ReportDraftsIntegrationTests}).
 */
class StoredDraftTests {

	@Test
	void readsBackADraftWithItsUnitsAsWrittenAndTheirMatchesUnchanged() {
		DeploymentDraft draft = ReportFixtures.reader()
			.read(ReportInput.text(ReportDraftFixtures.CONFERENCE).withReferenceDate(LocalDate.of(2025, 3, 10)));
		assertThat(draft.tasks()).anySatisfy(task -> assertThat(task.leadUnits()).containsExactly("区政务服务数据管理局"));
		assertThat(draft.tasks()).allSatisfy(task -> assertThat(task.unitsMatched()).isTrue());

		assertThat(ReportRows.asStored(draft)).isEqualTo(draft);
	}
}
