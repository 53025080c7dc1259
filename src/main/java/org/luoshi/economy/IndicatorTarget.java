package org.luoshi.economy;

import java.math.BigDecimal;

/** A place's target for a year: a level, or a growth rate in per cent; the note explains it against the district's. */
public record IndicatorTarget(long id, long indicatorId, String placeCode, int year, TargetKind kind, BigDecimal value, String note,
		int version) {
}
