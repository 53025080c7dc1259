package org.luoshi.enterprise.demands;

/** What kind of demand it is, as the 12345 hotlines sort them: 咨询, 求助, 投诉, 举报, 建议. */
public enum DemandType {
	CONSULTATION, HELP, COMPLAINT, REPORT, SUGGESTION
}
