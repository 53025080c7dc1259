package org.luoshi.supervision.internal;

/**
 * The district's thresholds for the lights and the follow-up.
 *
 * @param dueSoonDays a task due within this many days without a recent progress report is yellow
 * @param signWithinDays the lead unit has this many days to sign for a task; later it is yellow and reminded
 * @param autoRemind whether the daily follow-up reminds units of late, unsigned and unreported tasks
 * @param remindEveryDays the follow-up reminds a task again after this many days at the earliest
 * @param noticePrefix the issuing office's abbreviation in notice numbers: 蓬督〔2026〕3号
 */
public record SupervisionSettings(int dueSoonDays, int signWithinDays, boolean autoRemind, int remindEveryDays,
		String noticePrefix, int version) {
}
