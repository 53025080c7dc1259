package org.luoshi.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored report: the text it was read from and its draft as the reviewer left it.
 *
 * @param sourceName the uploaded file's name, or {@code null} for pasted text
 * @param sourceText the text the draft was read from; the tasks quote it
 * @param unitId the creator's data scope, {@code null} for the whole district
 */
public record Report(long id, String title, LocalDate documentDate, String sourceName, String sourceText,
		DeploymentDraft draft, ReportStatus status, Long createdBy, Long unitId, int version, Instant createdAt,
		Instant updatedAt, Instant confirmedAt, Long confirmedBy) {

	public List<DeploymentDraft.Task> tasks() {
		return draft.tasks();
	}

	/** The same report with another draft (as read, before it is stored again). */
	public Report withDraft(DeploymentDraft other) {
		return new Report(id, title, documentDate, sourceName, sourceText, other, status, createdBy, unitId, version, createdAt,
				updatedAt, confirmedAt, confirmedBy);
	}

	public boolean confirmed() {
		return status == ReportStatus.CONFIRMED;
	}
}
