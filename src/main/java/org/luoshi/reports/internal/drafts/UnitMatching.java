package org.luoshi.reports.internal.drafts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitNameResolution;
import org.luoshi.organization.UnitSummary;
import org.luoshi.reports.DeploymentDraft;
import org.luoshi.reports.DeploymentDraft.Task;
import org.luoshi.reports.DeploymentDraft.UnitMatch;
import org.luoshi.reports.NameSource.KnownUnit;
import org.luoshi.reports.ReportReader;
import org.springframework.stereotype.Component;

/**
 * Matches the unit names a draft writes to the organization's units within a scope: the one place that says what a
 * written name stands for, for the draft, the reviewer's edits and the hand-off alike. A name the organization knows
 * (a full or short name, or a path such as 棠下镇/经济发展办) answers for itself, unique or ambiguous; a name it does not
 * know is matched through the other names the reader knows for the same unit (区发展改革局 is the gazetteer's 区发改局,
 * also written 区发展和改革局 and 江门市蓬江区发展和改革局): unique when they lead to one unit, ambiguous when to several,
 * unknown when to none. The written name itself is never replaced.
 */
@Component
class UnitMatching {

	private final OrganizationDirectory directory;
	private final OrganizationReader readers;

	UnitMatching(OrganizationDirectory directory, OrganizationReader readers) {
		this.directory = directory;
		this.readers = readers;
	}

	/** The draft with the units of every task (and of the other articles' plans) matched within the scope. */
	DeploymentDraft matched(DeploymentDraft draft, Long scopeUnitId) {
		List<String> names = new ArrayList<>();
		for (List<Task> tasks : List.of(draft.tasks(), draft.otherPlans())) {
			tasks.forEach(task -> names.addAll(written(task)));
		}
		Matches matches = of(names, scopeUnitId);
		return new DeploymentDraft(draft.title(), draft.date(), draft.duplicateParagraphs(), draft.articles(), draft.people(),
				draft.goals(), draft.tasks().stream().map(matches::matched).toList(), draft.groups(), draft.places(),
				draft.unknownPlaces(), draft.otherPlans().stream().map(matches::matched).toList());
	}

	/** What these written names stand for within the scope, asked of the organization at once. */
	Matches of(Collection<String> written, Long scopeUnitId) {
		ReportReader reader = readers.current();
		Map<String, Set<String>> otherNames = new LinkedHashMap<>();
		Set<String> asked = new LinkedHashSet<>(written);
		for (String name : written) {
			Set<String> others = new LinkedHashSet<>();
			for (KnownUnit unit : reader.knownUnits(name)) {
				others.add(unit.name());
				others.addAll(unit.aliases());
			}
			others.remove(name);
			otherNames.put(name, others);
			asked.addAll(others);
		}
		return new Matches(directory.resolveUnitNames(asked, scopeUnitId), otherNames, directory.uniqueUnitNames(scopeUnitId));
	}

	/** A task's units as written: the lead units, then the co-operating ones. */
	static List<String> written(Task task) {
		List<String> names = new ArrayList<>(task.leadUnits());
		names.addAll(task.coUnits());
		return names;
	}

	/** The organization's answers for a set of written names. */
	static final class Matches {

		private final Map<String, UnitNameResolution> resolved;
		private final Map<String, Set<String>> otherNames;
		/** Each unit of the scope by the name that designates it alone: what pickers offer and matches show. */
		private final Map<Long, String> shownNames;

		private Matches(Map<String, UnitNameResolution> resolved, Map<String, Set<String>> otherNames, Map<Long, String> shownNames) {
			this.resolved = resolved;
			this.otherNames = otherNames;
			this.shownNames = shownNames;
		}

		Task matched(Task task) {
			return task.withUnitsMatched(this::match);
		}

		UnitMatch match(String written, UnitMatch.Role role) {
			UnitNameResolution own = resolved.get(written);
			if (own == null || own instanceof UnitNameResolution.Unknown) {
				List<UnitSummary> units = new ArrayList<>();
				for (String other : otherNames.getOrDefault(written, Set.of())) {
					for (UnitSummary unit : units(resolved.get(other))) {
						if (units.stream().noneMatch(known -> known.id() == unit.id())) {
							units.add(unit);
						}
					}
				}
				return switch (units.size()) {
					case 0 -> UnitMatch.unknown(written, role);
					case 1 -> unique(written, role, units.get(0));
					default -> UnitMatch.ambiguous(written, role, units.stream().map(this::shownName).toList());
				};
			}
			if (own instanceof UnitNameResolution.Unique unique) {
				return unique(written, role, unique.unit());
			}
			return UnitMatch.ambiguous(written, role, ((UnitNameResolution.Ambiguous) own).candidates().stream()
				.map(UnitNameResolution.Candidate::uniqueName).toList());
		}

		private UnitMatch unique(String written, UnitMatch.Role role, UnitSummary unit) {
			return UnitMatch.unique(written, role, unit.id(), shownName(unit));
		}

		private String shownName(UnitSummary unit) {
			return shownNames.getOrDefault(unit.id(), unit.displayName());
		}

		private static List<UnitSummary> units(UnitNameResolution resolution) {
			if (resolution instanceof UnitNameResolution.Unique unique) {
				return List.of(unique.unit());
			}
			if (resolution instanceof UnitNameResolution.Ambiguous ambiguous) {
				return ambiguous.candidates().stream().map(UnitNameResolution.Candidate::unit).toList();
			}
			return List.of();
		}
	}
}
