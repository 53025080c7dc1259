package org.luoshi.shared;

import java.util.List;
import java.util.Set;

/**
 * The one paging and sorting convention of Luoshi: {@code ?page=0&size=20&sort=name,asc}. Pages count from
 * zero; size is 1 to {@value #MAX_SIZE}; sort names a field the caller allows and an optional direction.
 */
public record PageQuery(int page, int size, String sortField, boolean ascending) {

	public static final int DEFAULT_SIZE = 20;
	public static final int MAX_SIZE = 200;

	public PageQuery {
		if (page < 0) {
			throw new ValidationException(Violation.of("page", "validation.page.min"));
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new ValidationException(Violation.of("size", "validation.size.range", MAX_SIZE));
		}
	}

	public static PageQuery of(Integer page, Integer size, String sort, String defaultField, Set<String> allowedFields) {
		String field = defaultField;
		boolean ascending = true;
		if (sort != null && !sort.isBlank()) {
			String[] parts = sort.split(",", 2);
			field = parts[0].trim();
			if (!allowedFields.contains(field)) {
				throw new ValidationException(Violation.of("sort", "validation.sort.field", String.join(", ", allowedFields)));
			}
			if (parts.length == 2) {
				String direction = parts[1].trim().toLowerCase();
				if (!direction.equals("asc") && !direction.equals("desc")) {
					throw new ValidationException(Violation.of("sort", "validation.sort.direction"));
				}
				ascending = direction.equals("asc");
			}
		}
		return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, field, ascending);
	}

	/** A long: {@code page=2147483647} asks for a page far beyond the last, which is empty, not an overflow. */
	public long offset() {
		return (long) page * size;
	}

	/** The ORDER BY direction keyword; the field itself is mapped to a column by the caller's whitelist. */
	public String direction() {
		return ascending ? "ASC" : "DESC";
	}

	public <T> Page<T> toPage(List<T> items, long total) {
		return new Page<>(items, page, size, total);
	}
}
