package org.luoshi.supervision.ledger;

import java.io.Serializable;
import java.util.List;

/**
 * One reason an imported table cannot be taken as it is, kept as a message key (under {@code supervision.ledger.})
 * so that each user reads it in their language.
 *
 * @param row the row number as the spreadsheet shows it, 0 when the problem concerns the whole file
 * @param column the column's header as the file writes it (牵头部门 where that is what it says), {@code null} when the
 *        problem concerns the whole file
 */
public record LedgerProblem(int row, String column, String messageKey, List<Object> arguments) implements Serializable {

	public LedgerProblem {
		arguments = List.copyOf(arguments);
	}

	static LedgerProblem ofFile(String messageKey, Object... arguments) {
		return new LedgerProblem(0, null, messageKey, List.of(arguments));
	}

	static LedgerProblem ofCell(int row, String column, String messageKey, Object... arguments) {
		return new LedgerProblem(row, column, messageKey, List.of(arguments));
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}
}
