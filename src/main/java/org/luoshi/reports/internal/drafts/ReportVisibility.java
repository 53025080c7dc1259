package org.luoshi.reports.internal.drafts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.search.SearchIndex;
import org.luoshi.search.Visibility;
import org.luoshi.shared.Permissions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may open a report, for search: the rule {@link ReportDraftService} applies to its pages and API —
 * reports:manage, and a data scope that reaches the report's unit; a report of no unit (the whole district's) only
 * for people who see the whole district.
 *
 * <p>At start-up every indexed report is re-stated with this rule, so that rows indexed under an older rule (a
 * whole-district report under the root unit, which a root-scoped reviewer could find but not open) obey it too.
 */
@Component
class ReportVisibility implements ApplicationRunner {

	private final JdbcClient jdbc;
	private final SearchIndex searchIndex;

	ReportVisibility(JdbcClient jdbc, SearchIndex searchIndex) {
		this.jdbc = jdbc;
		this.searchIndex = searchIndex;
	}

	static Visibility of(Long unitId) {
		return Visibility.of(Permissions.REPORTS_MANAGE, unitId == null ? List.of() : List.of(unitId));
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Map<String, Visibility> visibilities = new LinkedHashMap<>();
		jdbc.sql("SELECT id, unit_id FROM report ORDER BY id")
			.query(rs -> {
				visibilities.put(String.valueOf(rs.getLong("id")), of(rs.getObject("unit_id", Long.class)));
			});
		searchIndex.restate(ReportDraftService.TYPE, visibilities);
	}
}
