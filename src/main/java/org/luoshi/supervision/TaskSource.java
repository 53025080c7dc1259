package org.luoshi.supervision;

/** Where a goal or task came from: a confirmed conference report, a leader's instruction, an escalated enterprise demand, a ledger import, or typed in by hand. */
public enum TaskSource {
	REPORT, INSTRUCTION, DEMAND, MANUAL, IMPORT
}
