/**
 * Organization: the district's units as a tree (district → departments, towns and subdistricts → offices),
 * their staff, and the administrative division codes (GB/T 2260) that tie units to places.
 *
 * <p>Publishes {@link org.luoshi.organization.OrganizationDirectory} (reads: units, subtrees for data scope,
 * staff, divisions) and {@link org.luoshi.organization.OrganizationAdministration} (writes, each validated whole,
 * checked against the actor's data scope and the {@code organization:manage} permission, optimistically locked and
 * audited through {@link org.luoshi.shared.RecordChanged}). Every other module refers to units and staff by id.
 *
 * <p>Its own pages ({@code web}): the unit tree at {@code /admin/units}, staff at {@code /admin/staff} and the Excel
 * import at {@code /admin/organization/import}, with their sidebar entries and a home-page count of units without
 * staff; its API: {@code /api/v1/units} and {@code /api/v1/staff}. Depends only on the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package org.luoshi.organization;
