package org.luoshi.supervision;

/**
 * Where a goal or task came from: a confirmed conference report, a leader's instruction, an escalated enterprise demand, a ledger import,
 * typed in by hand, or a key project's blocking problem (卡点, {@code sourceRef} the project's id).
 */
public enum TaskSource {
	REPORT, INSTRUCTION, DEMAND, MANUAL, IMPORT, PROJECT
}
