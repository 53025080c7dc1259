package org.luoshi.shared.workbook;

import java.util.Collection;
import java.util.Optional;
import java.util.SortedMap;

import org.dhatim.fastexcel.reader.Cell;

/**
 * One row of a sheet as people read it: where a cell lies under a merge running down a column, it holds the merge's
 * value (a lead unit or deadline merged over several rows belongs to each of them).
 *
 * @param number the row's number as the spreadsheet shows it (from 1)
 * @param cells the row's cells by column index (from 0); a merged cell is the merge's first cell
 */
public record SheetRow(int number, SortedMap<Integer, Cell> cells) {

	public Optional<Cell> cell(int column) {
		return Optional.ofNullable(cells.get(column));
	}

	public Collection<Cell> all() {
		return cells.values();
	}
}
