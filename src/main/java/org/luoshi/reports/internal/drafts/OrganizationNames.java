package org.luoshi.reports.internal.drafts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.reports.NameSource;

/**
 * The organization tree's active units as names the reader knows, so that a draft names units as the platform
 * does (short name first, the full name as an alias).
 */
record OrganizationNames(List<UnitSummary> organizationUnits) implements NameSource {

	static OrganizationNames of(OrganizationDirectory directory) {
		return new OrganizationNames(directory.allUnits().stream().filter(UnitSummary::active).toList());
	}

	@Override
	public Collection<KnownUnit> units() {
		List<KnownUnit> known = new ArrayList<>();
		for (UnitSummary unit : organizationUnits) {
			List<String> aliases = unit.name().equals(unit.displayName()) ? List.of() : List.of(unit.name());
			known.add(new KnownUnit(unit.displayName(), aliases));
		}
		return known;
	}
}
