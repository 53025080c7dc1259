/**
 * Organization: the district's units as a tree (district → departments, towns and subdistricts → offices),
 * their staff, and the administrative division codes (GB/T 2260) that tie units to places.
 *
 * <p>Publishes {@link org.luoshi.organization.OrganizationDirectory} (reads: units, subtrees for data scope,
 * staff, divisions) and {@link org.luoshi.organization.OrganizationAdministration} (writes, each validated,
 * audited through {@link org.luoshi.shared.RecordChanged}). Depends only on the shared kernel. Every other
 * module refers to units and staff by id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package org.luoshi.organization;
