package org.luoshi.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Supplier;

import org.luoshi.audit.internal.AuditFilter;
import org.luoshi.audit.internal.AuditTrail;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * The audit page's query string as typed. Everything is text, so that a mistyped date or page number becomes an
 * inline message beside its field instead of a failed binding.
 */
public record AuditFilterForm(String from, String to, String actor, String action, String targetType, String targetId, String text,
		String sort, String page, String size) {

	static final String DEFAULT_SORT = "occurredAt,desc";

	AuditFilter filter() {
		return AuditFilter.parse(from, to, actor, action, targetType, targetId, text);
	}

	PageQuery pageQuery() {
		List<Violation> violations = new ArrayList<>();
		Integer pageNumber = number(violations, "page", page);
		Integer pageSize = number(violations, "size", size);
		ValidationException.throwIfAny(violations);
		return PageQuery.of(pageNumber, pageSize, sort == null || sort.isBlank() ? DEFAULT_SORT : sort, "occurredAt",
				AuditTrail.SORT_FIELDS);
	}

	/** Runs both parts, so that the filter's and the paging's problems are reported together. */
	record Parsed(AuditFilter filter, PageQuery pageQuery) {
	}

	Parsed parse() {
		List<Violation> violations = new ArrayList<>();
		AuditFilter filter = collect(violations, this::filter);
		PageQuery pageQuery = collect(violations, this::pageQuery);
		ValidationException.throwIfAny(violations);
		return new Parsed(filter, pageQuery);
	}

	/** This filter and sort as a query string, for the export link and the pages: only the fields that are set. */
	public String query() {
		StringJoiner query = new StringJoiner("&");
		add(query, "from", from);
		add(query, "to", to);
		add(query, "actor", actor);
		add(query, "action", action);
		add(query, "targetType", targetType);
		add(query, "targetId", targetId);
		add(query, "text", text);
		add(query, "sort", sort);
		add(query, "size", size);
		return query.toString();
	}

	/** The query string of another page of the same list. */
	public String pageQueryString(int pageNumber) {
		String query = query();
		return (query.isEmpty() ? "" : query + "&") + "page=" + pageNumber;
	}

	private static void add(StringJoiner query, String name, String value) {
		if (value != null && !value.isBlank()) {
			query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
		}
	}

	private static Integer number(List<Violation> violations, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			violations.add(Violation.of(field, "validation.typeMismatch"));
			return null;
		}
	}

	private static <T> T collect(List<Violation> violations, Supplier<T> part) {
		try {
			return part.get();
		}
		catch (ValidationException e) {
			violations.addAll(e.violations());
			return null;
		}
	}
}
