package org.luoshi.enterprise.portal.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.luoshi.enterprise.internal.Towns;
import org.luoshi.search.SearchDocument;
import org.luoshi.search.SearchIndex;
import org.luoshi.search.Visibility;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.database.BeforeCommit;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations in the search index, each found by those who may open it ({@link RegistrationAccess#forSearch}): the
 * enterprise's name and the contact as the title; the credit code, the town, the outcome (in Chinese, the registry's
 * language) and a refusal's reason as the text. Never the mobile number.
 *
 * <p>Who may find a registration follows its enterprise's town as the registry has it now, and the title its name, so
 * the documents follow the registry: an enterprise edited (moved, renamed) re-indexes its registrations, an import all of
 * them, a unit changed (it may now keep a town) and every start re-state who may find them. The first start after
 * registrations became searchable indexes those made before ({@code portal_registration_search} remembers it).
 */
@Component
class RegistrationSearchRecords implements ApplicationRunner {

	static final String TYPE = "portal-registration";
	private static final int BATCH = 1000;

	private final SearchIndex searchIndex;
	private final RegistrationRows rows;
	private final Towns towns;
	private final JdbcClient jdbc;
	private final MessageSource messages;

	RegistrationSearchRecords(SearchIndex searchIndex, RegistrationRows rows, Towns towns, JdbcClient jdbc, MessageSource messages) {
		this.searchIndex = searchIndex;
		this.rows = rows;
		this.towns = towns;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	void index(Registration registration) {
		searchIndex.index(document(registration, towns.snapshot()));
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT count(*) FROM portal_registration_search").query(Long.class).single() == 0) {
			reindexAll();
			jdbc.sql("INSERT INTO portal_registration_search (indexed_at) VALUES (now()) ON CONFLICT (id) DO NOTHING").update();
		}
		else {
			restateAll();
		}
	}

	/** An enterprise was registered or edited (the registry's event, in its transaction): its town or name may have changed. */
	@EventListener(condition = "#event.targetType() == 'enterprise'")
	public void enterpriseChanged(RecordChanged event) {
		if (event.targetId() != null && event.targetId().matches("\\d{1,18}")) {
			long enterpriseId = Long.parseLong(event.targetId());
			BeforeCommit.once(this, "enterprise:" + enterpriseId, () -> {
				Towns.Snapshot snapshot = towns.snapshot();
				searchIndex.indexAll(rows.where("WHERE enterprise_id = :enterprise", Map.of("enterprise", enterpriseId)).stream()
					.map(registration -> document(registration, snapshot))
					.toList());
			});
		}
	}

	/** An import may have moved or renamed any enterprise. */
	@EventListener(condition = "#event.targetType() == 'enterprise-import'")
	public void enterprisesImported(RecordChanged event) {
		BeforeCommit.once(this, "all", this::reindexAll);
	}

	/** A unit was created or changed: it may now keep a town (organization's events, in its transaction). */
	@EventListener(condition = "#event.targetType() == 'unit'")
	public void unitChanged(RecordChanged event) {
		BeforeCommit.once(this, "visibility", this::restateAll);
	}

	private void reindexAll() {
		Towns.Snapshot snapshot = towns.snapshot();
		inBatches(batch -> searchIndex.indexAll(batch.stream().map(registration -> document(registration, snapshot)).toList()));
	}

	private void restateAll() {
		Towns.Snapshot snapshot = towns.snapshot();
		inBatches(batch -> {
			Map<String, Visibility> visibilities = new LinkedHashMap<>();
			batch.forEach(registration -> visibilities.put(String.valueOf(registration.id()), RegistrationAccess.forSearch(snapshot, registration)));
			searchIndex.restate(TYPE, visibilities);
		});
	}

	private void inBatches(Consumer<List<Registration>> work) {
		long after = 0;
		while (true) {
			List<Long> ids = jdbc.sql("SELECT id FROM portal_registration WHERE id > ? ORDER BY id LIMIT ?").params(after, BATCH)
				.query(Long.class).list();
			if (ids.isEmpty()) {
				return;
			}
			work.accept(rows.where("WHERE id IN (:ids) ORDER BY id", Map.of("ids", ids)));
			after = ids.get(ids.size() - 1);
		}
	}

	private SearchDocument document(Registration registration, Towns.Snapshot snapshot) {
		String body = Stream.of(registration.enterprise().creditCode(), registration.enterprise().townName(),
				zh("portal.status." + registration.status().name()), registration.decidedByName(), registration.reason())
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining(" "));
		return new SearchDocument(TYPE, String.valueOf(registration.id()), RegistrationAccess.forSearch(snapshot, registration),
				registration.enterprise().name() + " · " + registration.contactName(), body, "/portal/registrations/" + registration.id(),
				registration.decidedAt() != null ? registration.decidedAt() : registration.submittedAt());
	}

	private String zh(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}
}
