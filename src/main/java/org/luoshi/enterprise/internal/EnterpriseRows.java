package org.luoshi.enterprise.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.enterprise.CreditCode;
import org.luoshi.enterprise.EnterpriseScale;
import org.luoshi.enterprise.EnterpriseTag;
import org.luoshi.enterprise.IndustrySection;
import org.luoshi.shared.database.Like;

/** The registry's SQL vocabulary: the columns read, a row into a record, the filter and scope as a WHERE clause. */
final class EnterpriseRows {

	static final String COLUMNS = "e.id, e.credit_code, e.name, e.legal_representative, e.address, e.division_code, e.park, "
			+ "e.industry, e.scale, e.tags, e.cppcc_member, e.note, e.version, e.created_at, e.updated_at";

	private EnterpriseRows() {
	}

	/** A row without its contacts (added by the caller) and with its town's name from the snapshot. */
	static EnterpriseRecord record(ResultSet rs, Towns.Snapshot towns) throws SQLException {
		String division = rs.getString("division_code");
		String industry = rs.getString("industry");
		String scale = rs.getString("scale");
		return new EnterpriseRecord(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"), rs.getString("legal_representative"),
				rs.getString("address"), division, towns.town(division).map(Towns.Town::name).orElse(division), rs.getString("park"),
				industry == null ? null : IndustrySection.valueOf(industry), scale == null ? null : EnterpriseScale.valueOf(scale),
				tags(rs.getArray("tags")), rs.getString("cppcc_member"), rs.getString("note"), List.of(), rs.getInt("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	static Set<EnterpriseTag> tags(Array array) throws SQLException {
		Set<EnterpriseTag> tags = EnumSet.noneOf(EnterpriseTag.class);
		if (array != null) {
			Arrays.stream((Object[]) array.getArray()).map(tag -> EnterpriseTag.valueOf((String) tag)).forEach(tags::add);
		}
		return tags;
	}

	/** Tags as the text of a PostgreSQL array ({@code {CPPCC_MEMBER,…}}), in the enumeration's order. */
	static String tagArray(Set<EnterpriseTag> tags) {
		return tags.stream().sorted().map(Enum::name).collect(java.util.stream.Collectors.joining(",", "{", "}"));
	}

	/** A WHERE clause and its parameters. */
	record Where(String sql, Map<String, Object> params) {
	}

	/**
	 * The filter within the scope. The scope is {@link EnterpriseAccess.Scope#visibleDivisions()}: the same rule the
	 * record pages apply, for many rows at once.
	 */
	static Where where(EnterpriseFilter filter, EnterpriseAccess.Scope scope) {
		StringBuilder sql = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new LinkedHashMap<>();
		scope.visibleDivisions().ifPresent(divisions -> {
			if (divisions.isEmpty()) {
				sql.append(" AND FALSE");
			}
			else {
				sql.append(" AND e.division_code IN (:scopeDivisions)");
				params.put("scopeDivisions", divisions);
			}
		});
		if (filter.division() != null) {
			sql.append(" AND e.division_code = :division");
			params.put("division", filter.division());
		}
		if (filter.industry() != null) {
			sql.append(" AND e.industry = :industry");
			params.put("industry", filter.industry().name());
		}
		if (filter.tag() != null) {
			sql.append(" AND e.tags @> CAST(:tag AS varchar[])");
			params.put("tag", "{" + filter.tag().name() + "}");
		}
		if (filter.scale() != null) {
			sql.append(" AND e.scale = :scale");
			params.put("scale", filter.scale().name());
		}
		if (filter.q() != null) {
			sql.append(" AND (e.name ILIKE :text OR e.legal_representative ILIKE :text OR e.address ILIKE :text "
					+ "OR e.credit_code LIKE :codePrefix)");
			params.put("text", "%" + Like.escape(filter.q()) + "%");
			params.put("codePrefix", Like.escape(CreditCode.normalize(filter.q())) + "%");
		}
		return new Where(sql.toString(), params);
	}

	static String order(String sortField, String direction) {
		return switch (sortField) {
			case "creditCode" -> "e.credit_code " + direction;
			case "division" -> "e.division_code " + direction + ", e.name, e.id";
			case "updatedAt" -> "e.updated_at " + direction + ", e.id";
			default -> "e.name " + direction + ", e.id";
		};
	}

	/** Contacts of the enterprises, by enterprise id, each list in its order. */
	static Map<Long, List<Contact>> contacts(org.springframework.jdbc.core.simple.JdbcClient jdbc, List<Long> ids) {
		Map<Long, List<Contact>> contacts = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return contacts;
		}
		jdbc.sql("SELECT enterprise_id, name, role, phone, email FROM enterprise_contact WHERE enterprise_id IN (:ids) "
				+ "ORDER BY enterprise_id, position")
			.param("ids", ids)
			.query(rs -> {
				contacts.computeIfAbsent(rs.getLong("enterprise_id"), id -> new ArrayList<>())
					.add(new Contact(rs.getString("name"), rs.getString("role"), rs.getString("phone"), rs.getString("email")));
			});
		return contacts;
	}
}
