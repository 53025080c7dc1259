package org.luoshi.reports;

/**
 * A draft is corrected until it is confirmed or discarded; a confirmed report no longer changes, and a discarded one is
 * kept (with its audit entries) but no longer listed.
 */
public enum ReportStatus {
	DRAFT, CONFIRMED, DISCARDED
}
