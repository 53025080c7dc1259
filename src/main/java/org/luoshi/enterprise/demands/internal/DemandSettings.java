package org.luoshi.enterprise.demands.internal;

/**
 * The desk's settings (one row): the unit that is the district's demand desk and hears of returns and escalations, the
 * unit whose people are the leaders an overdue demand climbs to at last, and the limits in working days — to sign or
 * return a demand, to rate an answer, and how long overdue before a demand climbs to the desk, then to the leaders.
 */
record DemandSettings(Long deskUnitId, Long leaderUnitId, int signLimitDays, int ratingLimitDays, int escalateDeskDays,
		int escalateLeaderDays) {
}
