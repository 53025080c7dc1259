package org.luoshi.shared.workbook;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The header row of a small uploaded table ({@link UploadedTable}): where it stands, which known column is in which
 * position, and each column's header as the file writes it (for naming a bad cell as the person sees it). A title row
 * or two above the header is usual in the statistics bureau's sheets, so the first rows are searched.
 *
 * @param index the header row's index in the rows (its number as the sheet shows it is {@code index + 1})
 */
public record TableHeader<C extends Enum<C> & TableColumn>(int index, Map<C, Integer> positions, Map<C, String> names) {

	/** How far down a header row is looked for. */
	public static final int SEARCHED_ROWS = 10;

	public TableHeader {
		positions = Collections.unmodifiableMap(positions);
		names = Collections.unmodifiableMap(names);
	}

	/**
	 * The first of the first {@link #SEARCHED_ROWS} rows whose known columns satisfy {@code enough}; a column named twice
	 * counts where it is first named.
	 */
	public static <C extends Enum<C> & TableColumn> Optional<TableHeader<C>> find(List<List<String>> rows, Class<C> columns,
			Predicate<Set<C>> enough) {
		for (int r = 0; r < Math.min(rows.size(), SEARCHED_ROWS); r++) {
			Map<C, Integer> positions = new EnumMap<>(columns);
			Map<C, String> names = new EnumMap<>(columns);
			List<String> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				int position = c;
				TableColumn.named(columns, cells.get(c)).ifPresent(column -> {
					positions.putIfAbsent(column, position);
					names.putIfAbsent(column, cells.get(position));
				});
			}
			if (enough.test(positions.keySet())) {
				return Optional.of(new TableHeader<>(r, positions, names));
			}
		}
		return Optional.empty();
	}

	public boolean has(C column) {
		return positions.containsKey(column);
	}

	/** The row's cell in {@code column}, as {@link SheetRow#typed} reads it; {@code null} for a column the table lacks or an empty cell. */
	public String cell(List<String> cells, C column) {
		Integer position = positions.get(column);
		return position == null || position >= cells.size() ? null : SheetRow.typed(cells.get(position));
	}

	/** The column's header as the file writes it, or {@code fallback} for a column the table lacks. */
	public String name(C column, String fallback) {
		return names.getOrDefault(column, fallback);
	}
}
