package org.luoshi.legalservice.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.luoshi.legalservice.Conflict;
import org.luoshi.legalservice.ConflictCheck;
import org.luoshi.legalservice.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ConflictCheck} on {@code legal_engagement}: one statement to record, one to check. */
@Component
class Engagements implements ConflictCheck {

	private final JdbcClient jdbc;

	Engagements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void recordEngagement(long practitionerId, Party party, String matter, String sourceKind, long sourceId, LocalDate actedOn) {
		// Under its identifier and under its name, so that a later party known by its name alone is found as well.
		Stream.of(party.key(), party.nameKey()).distinct().forEach(key -> jdbc.sql("""
				INSERT INTO legal_engagement (practitioner_id, provider_id, party_key, party_name, matter, source_kind, source_id, acted_on)
				SELECT r.id, r.provider_id, ?, ?, left(?, 200), ?, ?, ? FROM legal_practitioner r WHERE r.id = ?
				ON CONFLICT (practitioner_id, party_key, source_kind, source_id) DO NOTHING""")
			.params(key, party.name(), matter, sourceKind, sourceId, actedOn, practitionerId)
			.update());
	}

	@Override
	public List<Conflict> conflicts(long practitionerId, Collection<Party> opposingParties) {
		if (opposingParties.isEmpty()) {
			return List.of();
		}
		String[] keys = opposingParties.stream().flatMap(party -> Stream.of(party.key(), party.nameKey())).distinct().toArray(String[]::new);
		return jdbc.sql("""
				SELECT e.practitioner_id, e.party_name, r.name AS acted_by, e.matter, e.acted_on
				FROM legal_engagement e JOIN legal_practitioner r ON r.id = e.practitioner_id
				WHERE e.provider_id = (SELECT provider_id FROM legal_practitioner WHERE id = ?) AND e.party_key = ANY (?)
				ORDER BY e.practitioner_id <> ?, e.acted_on DESC, e.id""")
			.params(practitionerId, keys, practitionerId)
			.query((rs, n) -> new Conflict(practitionerId, rs.getLong("practitioner_id") != practitionerId, rs.getString("party_name"),
					rs.getString("acted_by"), rs.getString("matter"), rs.getObject("acted_on", LocalDate.class)))
			.list()
			.stream()
			.distinct() // an engagement matched under both its keys is one conflict
			.toList();
	}
}
