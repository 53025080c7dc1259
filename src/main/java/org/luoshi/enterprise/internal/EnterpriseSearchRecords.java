package org.luoshi.enterprise.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.luoshi.search.SearchDocument;
import org.luoshi.search.SearchIndex;
import org.luoshi.search.Visibility;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.database.BeforeCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprises in the search index, each found by those who may open it ({@link EnterpriseAccess#forSearch}): its name
 * as the title; its credit code, legal representative, address, town, park, industry, tags and note as the text (in
 * Chinese, the registry's language, whatever the writer's). Never its contacts: every reader of the enterprise finds
 * its document, and only its managers read contacts whole.
 *
 * <p>Who may find an enterprise depends on which unit keeps its town. That changes rarely (the organization gives a
 * town's code to another unit), so the registry remembers the keepers it last stated and, at start-up and whenever a
 * unit changes, states every enterprise's visibility anew only when they differ — not a million updates at every start.
 */
@Component
class EnterpriseSearchRecords implements ApplicationRunner {

	static final String TYPE = "enterprise";
	private static final Logger log = LoggerFactory.getLogger(EnterpriseSearchRecords.class);

	private final SearchIndex searchIndex;
	private final JdbcClient jdbc;
	private final Towns towns;
	private final MessageSource messages;

	EnterpriseSearchRecords(SearchIndex searchIndex, JdbcClient jdbc, Towns towns, MessageSource messages) {
		this.searchIndex = searchIndex;
		this.jdbc = jdbc;
		this.towns = towns;
		this.messages = messages;
	}

	void index(EnterpriseRecord enterprise, Towns.Snapshot snapshot) {
		searchIndex.index(document(enterprise, snapshot));
	}

	/**
	 * The enterprises of these ids, as they are now (a batch of the import's backlog, {@link EnterpriseSearchBacklog}),
	 * read under a share lock held to the commit: an edit made meanwhile waits and then indexes its own, newer document.
	 */
	void indexAll(List<Long> ids, Towns.Snapshot snapshot) {
		searchIndex.indexAll(jdbc.sql("SELECT " + EnterpriseRows.COLUMNS + " FROM enterprise e WHERE e.id = ANY(?) ORDER BY e.id FOR SHARE")
			.param(ids.toArray(Long[]::new))
			.query((rs, n) -> EnterpriseRows.record(rs, snapshot))
			.stream()
			.map(enterprise -> document(enterprise, snapshot))
			.toList());
	}

	private SearchDocument document(EnterpriseRecord enterprise, Towns.Snapshot snapshot) {
		return new SearchDocument(TYPE, String.valueOf(enterprise.id()), EnterpriseAccess.forSearch(snapshot, enterprise.divisionCode()),
				enterprise.name(), body(enterprise), "/enterprises/" + enterprise.id(), enterprise.updatedAt());
	}

	private String body(EnterpriseRecord enterprise) {
		Stream<String> labels = Stream.concat(
				Stream.ofNullable(enterprise.industry()).map(industry -> zh("enterprise.industry." + industry.name())),
				enterprise.tags().stream().map(tag -> zh("enterprise.tag." + tag.name())));
		return Stream.concat(Stream.of(enterprise.creditCode(), enterprise.legalRepresentative(), enterprise.address(), enterprise.townName(),
				enterprise.park(), enterprise.cppccMember(), enterprise.note()), labels)
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining(" "));
	}

	private String zh(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		restateIfKeepersChanged();
	}

	/**
	 * A unit was created or changed: it may now keep a town (organization's events, in its transaction). Checked once per
	 * transaction, before it commits: an import of thousands of units would otherwise read the towns after each.
	 */
	@EventListener(condition = "#event.targetType() == 'unit'")
	public void unitChanged(RecordChanged event) {
		BeforeCommit.once(this, "keepers", this::restateIfKeepersChanged);
	}

	private void restateIfKeepersChanged() {
		Towns.Snapshot snapshot = towns.snapshot();
		String keepers = snapshot.keepers();
		List<String> stated = jdbc.sql("SELECT keepers FROM enterprise_search_keepers FOR UPDATE").query(String.class).list();
		if (!stated.isEmpty() && stated.get(0).equals(keepers)) {
			return;
		}
		Map<String, Visibility> visibilities = new LinkedHashMap<>();
		jdbc.sql("SELECT id, division_code FROM enterprise").query(rs -> {
			visibilities.put(String.valueOf(rs.getLong("id")), EnterpriseAccess.forSearch(snapshot, rs.getString("division_code")));
		});
		searchIndex.restate(TYPE, visibilities);
		jdbc.sql("INSERT INTO enterprise_search_keepers (keepers) VALUES (?) ON CONFLICT (id) DO UPDATE SET keepers = EXCLUDED.keepers")
			.param(keepers)
			.update();
		if (!visibilities.isEmpty()) {
			log.info("Search visibility of {} enterprises stated anew: the units keeping the towns changed", visibilities.size());
		}
	}
}
