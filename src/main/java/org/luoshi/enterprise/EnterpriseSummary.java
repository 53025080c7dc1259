package org.luoshi.enterprise;

import java.util.Set;

/**
 * An enterprise as other modules see it: enough to name it, place it and file their records under its town. Contacts
 * are not part of it: personal data stays on the enterprise's own page.
 *
 * @param divisionCode the 9-digit code of its town or subdistrict
 * @param townName the town's name (棠下镇)
 * @param townUnitId the unit whose subtree keeps the enterprise: the town's, or the district's where no unit carries the
 *        town's code
 * @param industry its section of GB/T 4754, {@code null} when not known
 * @param scale {@code null} when not known
 * @param cppccMember the CPPCC member an enterprise tagged {@link EnterpriseTag#CPPCC_MEMBER} belongs to
 */
public record EnterpriseSummary(long id, String creditCode, String name, String legalRepresentative, String divisionCode,
		String townName, long townUnitId, IndustrySection industry, EnterpriseScale scale, Set<EnterpriseTag> tags,
		String cppccMember) {
}
