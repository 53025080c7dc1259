package org.luoshi.supervision.ledger;

import org.luoshi.supervision.Light;
import java.time.LocalDate;
import java.util.List;

/**
 * One task as {@link TaskLedgerWriter} writes it. A breakdown table leaves out progress, status and light.
 *
 * @param number the 序号 as the office numbers it (1, 2, 1.1); {@code null} leaves the cell blank
 * @param group the name of the heading the task stands under, without its ordinal (主动融入大湾区建设, not
 *        一、全力提速…); {@code null} for a task under no heading
 * @param leadUnits the names of the units that lead the task, in the order to show them
 * @param coUnits the names of the units that take part
 * @param progress the latest progress, as reported
 * @param status the status as the ledger words it (已销号, 推进中)
 * @param light the light, written in its own coloured cell; {@code null} for none (a task no longer open)
 * @param goal the title of the goal whose section the task stands in; {@code null} for a sheet without sections
 * @param responsible the name of the person responsible (责任人); {@code null} for none
 */
record LedgerRow(String number, String group, String content, List<String> leadUnits, List<String> coUnits,
		LocalDate deadline, String progress, String status, Light light, String goal, String responsible) {

	public LedgerRow {
		leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
		coUnits = coUnits == null ? List.of() : List.copyOf(coUnits);
	}

	/** A row under no goal's section and without a person responsible. */
	public LedgerRow(String number, String group, String content, List<String> leadUnits, List<String> coUnits, LocalDate deadline,
			String progress, String status, Light light) {
		this(number, group, content, leadUnits, coUnits, deadline, progress, status, light, null, null);
	}

	/** A row of the breakdown table, which has no progress, status or light. */
	public static LedgerRow task(String number, String group, String content, List<String> leadUnits, List<String> coUnits,
			LocalDate deadline) {
		return new LedgerRow(number, group, content, leadUnits, coUnits, deadline, null, null, null);
	}
}
