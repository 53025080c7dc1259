package org.luoshi.reports;

/** A draft is corrected until it is confirmed; a confirmed report no longer changes. */
public enum ReportStatus {
	DRAFT, CONFIRMED
}
