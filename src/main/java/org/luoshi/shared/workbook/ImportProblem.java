package org.luoshi.shared.workbook;

import java.io.Serializable;
import java.util.List;

/**
 * One reason an uploaded table was refused, named as the person sees the table.
 *
 * @param row the row as the spreadsheet numbers it (a CSV's first line is row 1), 0 for the whole file
 * @param column the column's header as the file writes it, {@code null} for the whole row or file
 */
public record ImportProblem(int row, String column, String messageKey, List<Object> arguments) implements Serializable {

	public ImportProblem {
		arguments = List.copyOf(arguments);
	}

	/** A problem of the whole file. */
	public static ImportProblem ofFile(String messageKey, Object... arguments) {
		return new ImportProblem(0, null, messageKey, List.of(arguments));
	}

	/** For {@code #messages.msgWithParams} in a template. */
	public Object[] argumentArray() {
		return arguments.toArray();
	}
}
