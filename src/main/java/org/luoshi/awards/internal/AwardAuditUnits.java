package org.luoshi.awards.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.shared.AuditedRecordUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the audit trail, the units each awards record concerns, as its visibility rule names them ({@link AwardAccess}):
 * a campaign its organising unit; a nomination its nominating and nominated units and the campaign's organising unit;
 * an objection and an honour the campaign's organising unit (an honour its collective's unit too).
 */
@Component
class AwardAuditUnits implements AuditedRecordUnits {

	private final JdbcClient jdbc;

	AwardAuditUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> targetTypes() {
		return Set.of(AwardService.CAMPAIGN, AwardService.NOMINATION, AwardService.OBJECTION, AwardService.HONOUR);
	}

	@Override
	public Map<String, Set<Long>> unitsOf(String targetType, Collection<String> targetIds) {
		Map<String, Set<Long>> units = new LinkedHashMap<>();
		List<Long> ids = AuditedRecordUnits.numericIds(targetIds);
		if (ids.isEmpty()) {
			return units;
		}
		String sql = switch (targetType) {
			case AwardService.CAMPAIGN -> "SELECT id, unit_id AS u1, NULL::bigint AS u2, NULL::bigint AS u3 FROM award_campaign WHERE id = ANY(?)";
			case AwardService.NOMINATION -> """
					SELECT n.id, n.nominating_unit_id AS u1, n.subject_unit_id AS u2, c.unit_id AS u3
					FROM award_nomination n JOIN award_campaign c ON c.id = n.campaign_id WHERE n.id = ANY(?)""";
			case AwardService.OBJECTION -> """
					SELECT o.id, c.unit_id AS u1, NULL::bigint AS u2, NULL::bigint AS u3
					FROM award_objection o JOIN award_campaign c ON c.id = o.campaign_id WHERE o.id = ANY(?)""";
			default -> """
					SELECT h.id, c.unit_id AS u1, h.unit_id AS u2, NULL::bigint AS u3
					FROM award_honour h JOIN award_campaign c ON c.id = h.campaign_id WHERE h.id = ANY(?)""";
		};
		jdbc.sql(sql).param(ids.toArray(Long[]::new)).query((rs, n) -> {
			long id = rs.getLong("id");
			for (String column : List.of("u1", "u2", "u3")) {
				AuditedRecordUnits.collect(units, id, (Long) rs.getObject(column));
			}
			return id;
		}).list();
		return units;
	}
}
