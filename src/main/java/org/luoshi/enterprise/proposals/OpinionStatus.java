package org.luoshi.enterprise.proposals;

/**
 * Where a public-opinion report (社情民意信息) stands: submitted, waiting for the CPPCC office; adopted (采用) or declined;
 * forwarded (报送) to leaders or units, where it may gather their instructions (批示).
 */
public enum OpinionStatus {
	SUBMITTED, ADOPTED, DECLINED, FORWARDED;

	/** The office owes the next step, within its limit: to examine a report submitted, to forward one adopted. */
	public boolean awaitsOffice() {
		return this == SUBMITTED || this == ADOPTED;
	}
}
