package org.luoshi.audit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.luoshi.shared.AuditedRecordUnits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which units each entry concerns ({@code audit_entry_scope}), as the modules that own the records tell it through
 * {@link AuditedRecordUnits}. Written with each entry; at start-up, entries that have none yet (written before the
 * table existed) get theirs, a batch at a time.
 */
@Component
class AuditScopes implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AuditScopes.class);
	private static final int BATCH = 1000;

	private final JdbcClient jdbc;
	private final List<AuditedRecordUnits> owners;

	AuditScopes(JdbcClient jdbc, List<AuditedRecordUnits> owners) {
		this.jdbc = jdbc;
		this.owners = owners;
	}

	/** Records the units of a new entry, in the appender's transaction. */
	void record(long entryId, String targetType, String targetId) {
		insert(Map.of(entryId, units(targetType, targetId == null ? List.of() : List.of(targetId)).getOrDefault(targetId, Set.of())));
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long classified = 0;
		while (true) {
			List<Target> batch = jdbc.sql("SELECT id, target_type, target_id FROM audit_entry e "
					+ "WHERE NOT EXISTS (SELECT 1 FROM audit_entry_scope s WHERE s.entry_id = e.id) ORDER BY id LIMIT ?")
				.param(BATCH)
				.query((rs, row) -> new Target(rs.getLong("id"), rs.getString("target_type"), rs.getString("target_id")))
				.list();
			if (batch.isEmpty()) {
				break;
			}
			Map<Long, Set<Long>> scopes = new LinkedHashMap<>();
			batch.stream().collect(Collectors.groupingBy(Target::type)).forEach((type, targets) -> {
				Map<String, Set<Long>> units = units(type, targets.stream().map(Target::id).filter(id -> id != null).toList());
				targets.forEach(target -> scopes.put(target.entryId(), target.id() == null ? Set.of() : units.getOrDefault(target.id(), Set.of())));
			});
			insert(scopes);
			classified += batch.size();
		}
		if (classified > 0) {
			log.info("Audit trail: the units of {} earlier entries recorded", classified);
		}
	}

	private Map<String, Set<Long>> units(String type, Collection<String> ids) {
		Map<String, Set<Long>> units = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return units;
		}
		for (AuditedRecordUnits owner : owners) {
			if (owner.targetTypes().contains(type)) {
				owner.unitsOf(type, ids).forEach((id, found) -> units.computeIfAbsent(id, key -> new TreeSet<>()).addAll(found));
			}
		}
		return units;
	}

	private void insert(Map<Long, Set<Long>> scopes) {
		List<String> rows = new ArrayList<>();
		scopes.forEach((entryId, units) -> rows.add("{\"entry_id\":" + entryId + ",\"unit_ids\":"
				+ units.stream().filter(unit -> unit != null).sorted().map(String::valueOf).collect(Collectors.joining(",", "[", "]")) + "}"));
		jdbc.sql("INSERT INTO audit_entry_scope (entry_id, unit_ids) SELECT entry_id, unit_ids "
				+ "FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS v(entry_id bigint, unit_ids bigint[]) ON CONFLICT DO NOTHING")
			.param("rows", rows.stream().collect(Collectors.joining(",", "[", "]")))
			.update();
	}

	private record Target(long entryId, String type, String id) {
	}
}
