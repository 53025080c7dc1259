package org.luoshi.enterprise.demands;

import java.time.Instant;

/** A demand in a list: enough to find it and see how late it is. */
public record DemandSummary(long id, String number, String title, long enterpriseId, String enterpriseName, DemandType type,
		String categoryName, DemandStatus status, String handlingUnitName, Instant raisedAt, DemandClock clock, int reopenCount,
		int escalationLevel, Satisfaction rating) {
}
