package org.luoshi.shared.workbook;

import java.util.Collection;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.Cell;

/**
 * One row of a sheet as people read it: where a cell lies under a merge running down a column, it holds the merge's
 * value (a lead unit or deadline merged over several rows belongs to each of them).
 *
 * @param number the row's number as the spreadsheet shows it (from 1)
 * @param cells the row's cells by column index (from 0); a merged cell is the merge's first cell
 */
public record SheetRow(int number, SortedMap<Integer, Cell> cells) {

	private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u200c\\u200d\\ufeff]");

	public Optional<Cell> cell(int column) {
		return Optional.ofNullable(cells.get(column));
	}

	public Collection<Cell> all() {
		return cells.values();
	}

	/** The text of the cell in the column ({@link #text(Cell)}); {@code null} for a blank or missing one, or column −1. */
	public String text(int column) {
		return column < 0 ? null : cell(column).map(SheetRow::text).orElse(null);
	}

	/**
	 * A cell as the person typed it: numbers without Excel's decoration (440703101, not 4.40703101E8; 12, not 1.2E1), a
	 * formula as written, and the text {@link #typed(String) as typed}.
	 */
	public static String text(Cell cell) {
		return typed(switch (cell.getType()) {
			case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
			case EMPTY -> null;
			case FORMULA -> cell.getRawValue();
			default -> cell.getText();
		});
	}

	/**
	 * Text from a sheet (or a CSV field) without what pasting adds: surrounding spaces — non-breaking or ideographic ones
	 * from documents too — and zero-width characters; {@code null} when nothing else is left.
	 */
	public static String typed(String text) {
		if (text == null) {
			return null;
		}
		text = INVISIBLE.matcher(text.replace('\u00a0', ' ')).replaceAll("").strip();
		return text.isEmpty() ? null : text;
	}
}
