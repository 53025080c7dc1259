package org.luoshi.supervision.ledger;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One task read from a task breakdown table or ledger, complete: it has content, at least one lead unit and a
 * deadline. Units are names as the file writes them; whether the organization knows them is for the caller to check.
 *
 * @param rowNumber the row as the spreadsheet shows it, to point the user back to it
 * @param number the 序号 as written (1, 1.1), {@code null} when the cell is blank
 * @param group the name of the heading the task stands under, its ordinal (一、) removed; {@code null} for none
 */
public record ImportedTask(int rowNumber, String number, String group, String content, List<String> leadUnits,
		List<String> coUnits, LocalDate deadline) implements Serializable {

	public ImportedTask {
		leadUnits = List.copyOf(leadUnits);
		coUnits = List.copyOf(coUnits);
	}
}
