package org.luoshi.organization.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.organization.UnitNameResolution;
import org.luoshi.organization.UnitSummary;

/**
 * The names people give units, read against the active units of one scope. A name is a full or short name, or a path
 * of them ({@code 棠下镇/经济发展办}) where a name alone is shared; a full name wins over short names equal to it.
 */
final class UnitNames {

	private static final String SEPARATORS = "[/／]";

	private final List<UnitSummary> units;
	private final Map<Long, UnitSummary> byId = new HashMap<>();
	private final Map<String, List<UnitSummary>> byName = new HashMap<>();

	/** {@code inTreeOrder}: every unit, parents first; only the active ones within {@code scopeUnitId} count. */
	UnitNames(List<UnitSummary> inTreeOrder, Long scopeUnitId) {
		this.units = inTreeOrder.stream()
			.filter(unit -> unit.active() && (scopeUnitId == null || unit.id() == scopeUnitId || unit.isWithin(scopeUnitId)))
			.toList();
		for (UnitSummary unit : units) {
			byId.put(unit.id(), unit);
			byName.computeIfAbsent(unit.name(), key -> new ArrayList<>()).add(unit);
			if (unit.shortName() != null && !unit.shortName().isBlank() && !unit.shortName().equals(unit.name())) {
				byName.computeIfAbsent(unit.shortName(), key -> new ArrayList<>()).add(unit);
			}
		}
	}

	UnitNameResolution resolve(String name) {
		String asked = name == null ? "" : name.strip();
		List<UnitSummary> matches = matching(asked);
		if (matches.size() == 1) {
			return new UnitNameResolution.Unique(asked, matches.get(0));
		}
		if (matches.isEmpty()) {
			return new UnitNameResolution.Unknown(asked);
		}
		return new UnitNameResolution.Ambiguous(asked,
				matches.stream().map(unit -> new UnitNameResolution.Candidate(unit, uniqueName(unit))).toList());
	}

	/** Each unit with the shortest name that resolves to it alone, in tree order. */
	Map<Long, String> uniqueNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		units.forEach(unit -> names.put(unit.id(), uniqueName(unit)));
		return names;
	}

	private String uniqueName(UnitSummary unit) {
		if (designatesOnly(unit.displayName(), unit)) {
			return unit.displayName();
		}
		UnitSummary parent = unit.parentId() == null ? null : byId.get(unit.parentId());
		if (parent != null && designatesOnly(parent.displayName() + "/" + unit.displayName(), unit)) {
			return parent.displayName() + "/" + unit.displayName();
		}
		if (designatesOnly(unit.name(), unit)) {
			return unit.name();
		}
		List<String> path = new ArrayList<>();
		for (UnitSummary step = unit; step != null; step = step.parentId() == null ? null : byId.get(step.parentId())) {
			path.add(0, step.displayName());
		}
		return String.join("/", path);
	}

	private boolean designatesOnly(String name, UnitSummary unit) {
		List<UnitSummary> matches = matching(name);
		return matches.size() == 1 && matches.get(0).id() == unit.id();
	}

	private List<UnitSummary> matching(String name) {
		List<String> segments = java.util.Arrays.stream(name.split(SEPARATORS)).map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (segments.isEmpty()) {
			return List.of();
		}
		List<UnitSummary> candidates = named(segments.get(0));
		for (String segment : segments.subList(1, segments.size())) {
			Set<Long> parents = candidates.stream().map(UnitSummary::id).collect(Collectors.toSet());
			candidates = named(segment).stream().filter(unit -> parents.contains(unit.parentId())).toList();
		}
		String last = segments.get(segments.size() - 1);
		List<UnitSummary> fullNames = candidates.stream().filter(unit -> unit.name().equals(last)).toList();
		return fullNames.isEmpty() ? candidates : fullNames;
	}

	private List<UnitSummary> named(String name) {
		return byName.getOrDefault(name, List.of());
	}
}
