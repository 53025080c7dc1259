package org.luoshi.shared.workbook;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A small uploaded table read whole into rows of cell texts: a {@code .csv} (UTF-8 or GB18030, told by {@link Csv}) or
 * the first sheet of an {@code .xlsx}. Row positions are kept — an empty row of a sheet stays an empty list — so that a
 * problem can name the row as the person sees it. For the statistics tables of a month, not for registers of millions.
 */
public final class UploadedTable {

	private UploadedTable() {
	}

	/**
	 * @throws WorkbookRefusedException past {@code maxRows} rows, or for a file that is not a readable table
	 */
	public static List<List<String>> rows(String fileName, byte[] content, int maxRows) {
		boolean csv = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
		List<List<String>> rows = new ArrayList<>();
		if (csv) {
			Charset charset = Csv.charsetOf(new ByteArrayInputStream(content));
			Csv.RecordReader reader = new Csv.RecordReader(new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content), charset)));
			for (List<String> record = reader.next(); record != null; record = reader.next()) {
				if (rows.size() >= maxRows) {
					throw new WorkbookRefusedException(WorkbookRefusedException.Reason.TOO_MANY_ROWS, maxRows);
				}
				rows.add(record.stream().map(SheetRow::typed).toList());
			}
			return rows;
		}
		try (UploadedWorkbook workbook = UploadedWorkbook.open(content, new UploadedWorkbook.Limits(50L << 20, maxRows))) {
			List<Stream<SheetRow>> sheets = workbook.allSheets();
			if (sheets.isEmpty()) {
				throw new WorkbookRefusedException(WorkbookRefusedException.Reason.UNREADABLE);
			}
			sheets.stream().skip(1).forEach(Stream::close);
			try (Stream<SheetRow> sheet = sheets.get(0)) {
				sheet.forEach(row -> {
					while (rows.size() < row.number() - 1) {
						rows.add(List.of());
					}
					int width = row.cells().isEmpty() ? 0 : row.cells().lastKey() + 1;
					List<String> cells = new ArrayList<>(width);
					for (int c = 0; c < width; c++) {
						cells.add(row.text(c));
					}
					rows.add(cells);
				});
			}
		}
		return rows;
	}
}
