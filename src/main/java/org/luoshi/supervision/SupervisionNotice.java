package org.luoshi.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A formal supervision notice (督办单): numbered per year (蓬督〔2026〕3号), addressed to the task's lead unit, saying
 * what is wrong and what is required by when. It is answered by the unit's next progress report.
 *
 * @param issuedBy the account that issued it, whose office the printed notice names; {@code null} if not known
 */
public record SupervisionNotice(long id, long taskId, String number, UnitRef unit, UnitRef issuerUnit, String issuerName,
		String taskContent, LocalDate taskDeadline, String issues, String requirements, LocalDate replyDue, Instant issuedAt,
		Instant answeredAt, Long issuedBy) {
}
