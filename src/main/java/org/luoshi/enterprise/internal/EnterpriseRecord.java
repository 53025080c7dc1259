package org.luoshi.enterprise.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.luoshi.enterprise.CreditCode;
import org.luoshi.enterprise.EnterpriseScale;
import org.luoshi.enterprise.EnterpriseTag;
import org.luoshi.enterprise.IndustrySection;

/**
 * An enterprise of the registry, whole: what its page shows and its edit form starts from.
 *
 * <p>Its life in the registry: registered (by a form, the API or an import) by those who manage its town, edited by
 * them with the version they read (a stale version is refused, nothing is overwritten), updated by later imports of the
 * market-regulation register. Each of these is a history entry and an audit entry. Enterprises are not deleted: the
 * visits, demands and proposals of later modules refer to them.
 *
 * @param contacts in the order given; whole, so masked by whoever shows them to someone who may not read them
 */
public record EnterpriseRecord(long id, String creditCode, String name, String legalRepresentative, String address,
		String divisionCode, String townName, String park, IndustrySection industry, EnterpriseScale scale, Set<EnterpriseTag> tags,
		String cppccMember, String note, List<Contact> contacts, int version, Instant createdAt, Instant updatedAt) {

	/** The code read again (it was valid when stored): what its characters say, and whether its subject code checks. */
	public CreditCode code() {
		return CreditCode.parse(creditCode);
	}

	public EnterpriseRecord withContacts(List<Contact> newContacts) {
		return new EnterpriseRecord(id, creditCode, name, legalRepresentative, address, divisionCode, townName, park, industry, scale,
				tags, cppccMember, note, newContacts, version, createdAt, updatedAt);
	}

	/** The record as someone who may not read its contacts whole sees it. */
	public EnterpriseRecord withMaskedContacts() {
		return withContacts(contacts.stream().map(Contact::masked).toList());
	}
}
