package org.luoshi.shared.workbook;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * A column an import knows, by the headers a table may give it (常见 forms first: the first is the one an export
 * writes). Headers are compared without spaces, full-width forms, case or a trailing * (a template's mark of a
 * required column), so that 同比增长（%） and 同比增长(%) are one column.
 */
public interface TableColumn {

	/** The headers that name this column. */
	List<String> headers();

	/** The column of {@code columns} that {@code header} names. */
	static <C extends Enum<C> & TableColumn> Optional<C> named(Class<C> columns, String header) {
		if (header == null) {
			return Optional.empty();
		}
		String wanted = plain(header);
		for (C column : columns.getEnumConstants()) {
			if (column.headers().stream().anyMatch(known -> plain(known).equals(wanted))) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	private static String plain(String header) {
		return Normalizer.normalize(header, Normalizer.Form.NFKC).replaceAll("[\\s*]", "").toLowerCase(java.util.Locale.ROOT);
	}
}
