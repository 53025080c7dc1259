package org.luoshi.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells the audit trail which units the records of a module concern, so that an auditor scoped to a subtree reads
 * the entries about it and no others. Each module answers for its own record types (as
 * {@link AuditableEvent#targetType()} names them); the trail asks when it appends an entry and, once, for entries
 * written before it asked. A record no module answers for concerns no unit: only auditors of the whole district
 * read its entries.
 */
public interface AuditedRecordUnits {

	/** The record types this module answers for, e.g. {@code unit}, {@code staff}. */
	Set<String> targetTypes();

	/** Target id → the units the record concerns; ids that are unknown (or no longer exist) may be left out. */
	Map<String, Set<Long>> unitsOf(String targetType, Collection<String> targetIds);

	/** The ids that are whole numbers, as numbers: targets are named by text, most modules number their records. */
	static List<Long> numericIds(Collection<String> targetIds) {
		return targetIds.stream().filter(id -> id != null && id.matches("\\d{1,18}")).map(Long::valueOf).distinct().toList();
	}

	/** Collects {@code id → unit} rows (a unit may be {@code null}) into the answer's form. */
	static Map<String, Set<Long>> collect(Map<String, Set<Long>> into, Object id, Long unitId) {
		Set<Long> units = into.computeIfAbsent(String.valueOf(id), key -> new java.util.TreeSet<>());
		if (unitId != null) {
			units.add(unitId);
		}
		return into;
	}
}
