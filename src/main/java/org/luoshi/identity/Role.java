package org.luoshi.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.luoshi.shared.Permissions;

/**
 * What a person does in the district; each role grants a fixed set of permissions. The three administrators
 * (三员: {@link #SYSTEM_ADMIN}, {@link #SECURITY_ADMIN}, {@link #AUDITOR}) are separate duties: no account holds two of
 * them, and no one changes their own roles.
 */
public enum Role {

	/**
	 * The district office (区政府办公室): reads reports into tasks and confirms them, issues, reminds and reviews tasks,
	 * keeps the working-day calendar that every time limit counts on, the economic indicators' values and targets, the key projects, the enterprise registry of the whole district and
	 * its demand desk (dispatching, arbitrating and following enterprises' demands).
	 */
	DISTRICT_ADMIN(Set.of(Permissions.ORGANIZATION_READ, Permissions.REPORTS_MANAGE, Permissions.SUPERVISION_READ,
			Permissions.SUPERVISION_MANAGE, Permissions.CALENDAR_MANAGE, Permissions.ENTERPRISE_READ,
			Permissions.ENTERPRISE_MANAGE, Permissions.DEMAND_READ, Permissions.DEMAND_DISPATCH, Permissions.VISIT_RECORD,
			Permissions.PROPOSAL_READ, Permissions.ECONOMY_READ, Permissions.ECONOMY_MANAGE, Permissions.PROJECTS_READ,
			Permissions.PROJECTS_MANAGE, Permissions.PROJECTS_REPORT, Permissions.DASHBOARD_READ, Permissions.LEGAL_STATISTICS)),
	/** The supervision office (督查室): issues and follows every task of its scope; reads the enterprises of its scope. */
	SUPERVISOR(Set.of(Permissions.ORGANIZATION_READ, Permissions.REPORTS_MANAGE, Permissions.SUPERVISION_READ,
			Permissions.SUPERVISION_MANAGE, Permissions.ENTERPRISE_READ, Permissions.DEMAND_READ, Permissions.ECONOMY_READ,
			Permissions.PROJECTS_READ, Permissions.DASHBOARD_READ)),
	/**
	 * A district leader: sees everything (the enterprise registry and demands too, contacts masked), writes
	 * instructions on tasks and on demands still owed an answer, leads visits to enterprises.
	 */
	LEADER(Set.of(Permissions.ORGANIZATION_READ, Permissions.SUPERVISION_READ, Permissions.SUPERVISION_INSTRUCT,
			Permissions.ENTERPRISE_READ, Permissions.DEMAND_READ, Permissions.DEMAND_INSTRUCT, Permissions.VISIT_RECORD,
			Permissions.PROPOSAL_READ, Permissions.ECONOMY_READ, Permissions.PROJECTS_READ, Permissions.DASHBOARD_READ,
			Permissions.LEGAL_STATISTICS)),
	/**
	 * A handler in a department or town: works on the unit's own business (its tasks, the demands routed to it); a
	 * town's or subdistrict's handlers keep the registry of the enterprises in their town (their data scope decides
	 * which) and record their visits.
	 */
	UNIT_HANDLER(Set.of(Permissions.ORGANIZATION_READ, Permissions.SUPERVISION_READ, Permissions.SUPERVISION_HANDLE,
			Permissions.ENTERPRISE_READ, Permissions.ENTERPRISE_MANAGE, Permissions.DEMAND_READ, Permissions.DEMAND_HANDLE,
			Permissions.VISIT_RECORD, Permissions.PROPOSAL_READ, Permissions.PROPOSAL_HANDLE, Permissions.ECONOMY_READ,
			Permissions.AWARDS_READ, Permissions.AWARDS_NOMINATE,
			Permissions.PROJECTS_READ, Permissions.PROJECTS_REPORT)),
	/**
	 * The CPPCC's proposal committee and its office (区政协提案委/办公室): examines proposals (立案 or not), assigns them to
	 * the units that answer them and follows them to the member's evaluation; edits, adopts and forwards public-opinion
	 * reports. Reads the registry to link proposals to enterprises, and enterprises' demands to turn those that show a
	 * policy problem into proposals. Its accounts should see the whole district: the
	 * units it assigns proposals to are all over it.
	 */
	CPPCC_OFFICE(Set.of(Permissions.ORGANIZATION_READ, Permissions.ENTERPRISE_READ, Permissions.PROPOSAL_READ, Permissions.PROPOSAL_MANAGE,
			Permissions.DEMAND_READ)),
	/**
	 * A CPPCC member (政协委员): submits proposals and public-opinion reports and evaluates the answers; sees their own
	 * (and those they co-signed). Give the account the CPPCC's unit as its data scope, not the whole district, which would
	 * let {@code proposal:read} reach every proposal.
	 */
	CPPCC_MEMBER(Set.of(Permissions.ORGANIZATION_READ, Permissions.PROPOSAL_READ, Permissions.PROPOSAL_SUBMIT)),
	/**
	 * The justice bureau's public legal service office (区司法局公共法律服务科): keeps the service points, the providers and
	 * their practitioners, the service list, the lecture menu and the expert group, and sees every legal request.
	 */
	LEGAL_OFFICE(Set.of(Permissions.ORGANIZATION_READ, Permissions.LEGAL_MANAGE, Permissions.LEGAL_HANDLE, Permissions.ENTERPRISE_READ)),
	/**
	 * Staff of a park's public legal service point (产业园公共法律服务工作站): the counter's queue and the requests of the points
	 * they staff (the point's staff list decides which), referrals, appointments, legal-aid screening, mediation.
	 */
	LEGAL_STAFF(Set.of(Permissions.ORGANIZATION_READ, Permissions.LEGAL_HANDLE, Permissions.ENTERPRISE_READ)),
	/**
	 * A practitioner of a legal service provider (a lawyer of a law firm, a notary, a mediator, an appraiser) linked to
	 * the account: the requests and questions assigned to them, and the legal opinions they write.
	 */
	LEGAL_PROVIDER(Set.of(Permissions.ORGANIZATION_READ, Permissions.LEGAL_PROVIDE)),
	/**
	 * The awards office (评选办公室, e.g. 团区委 for 青年文明号): sets up campaigns with their rules, criteria and rounds,
	 * checks qualification, confirms the ranking, runs the public notice and answers its objections, publishes results
	 * and keeps the registry of honours. Nominates for units that have no account of their own. Give it the whole district.
	 */
	AWARDS_OFFICE(Set.of(Permissions.ORGANIZATION_READ, Permissions.AWARDS_READ, Permissions.AWARDS_MANAGE, Permissions.AWARDS_NOMINATE,
			Permissions.ENTERPRISE_READ)),
	/**
	 * A reviewer of a campaign's panel (评审专家): scores every qualified nomination criterion by criterion, recused
	 * from those of their own unit (the unit of the staff member linked to the account) and those they declare.
	 */
	AWARDS_REVIEWER(Set.of(Permissions.ORGANIZATION_READ, Permissions.AWARDS_READ, Permissions.AWARDS_REVIEW)),
	/** The system administrator (系统管理员): units, staff and accounts, but not their roles. */
	SYSTEM_ADMIN(Set.of(Permissions.ORGANIZATION_MANAGE, Permissions.ACCOUNTS_MANAGE, Permissions.ORGANIZATION_READ)),
	/** The security administrator (安全管理员): roles, unlocking, password resets and API tokens of others' accounts. */
	SECURITY_ADMIN(Set.of(Permissions.SECURITY_MANAGE, Permissions.ORGANIZATION_READ)),
	/** The audit administrator (审计管理员): reads the audit trail; changes nothing. */
	AUDITOR(Set.of(Permissions.AUDIT_READ, Permissions.ORGANIZATION_READ)),
	/**
	 * An enterprise's own portal account (企业用户): raises and follows its enterprise's demands and rates the answers.
	 * It also asks for legal services, votes for lecture topics and registers for lectures.
	 * It is held only by an account linked to an enterprise, which registered on the portal and was approved by its town,
	 * and such an account holds no other role: it reads nothing of the district's (not even the organization directory).
	 */
	ENTERPRISE(Set.of(Permissions.DEMAND_SUBMIT, Permissions.LEGAL_REQUEST));

	/** The three administrators' roles, of which an account holds at most one. */
	public static final Set<Role> ADMINISTRATORS = Set.copyOf(EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDITOR));

	private final Set<String> permissions;

	Role(Set<String> permissions) {
		this.permissions = permissions;
	}

	public Set<String> permissions() {
		return permissions;
	}

	/**
	 * Roles that do not fit the kind of account: an enterprise's account holds {@link #ENTERPRISE} only, a staff
	 * account never holds it.
	 */
	public static boolean misfit(Set<Role> roles, boolean enterpriseAccount) {
		return enterpriseAccount ? !roles.stream().allMatch(ENTERPRISE::equals) : roles.contains(ENTERPRISE);
	}

	/**
	 * The roles the security administrator may grant to an account, for the role editor: to a member of staff every role
	 * but {@link #ENTERPRISE}, which only the town's approval of a registration gives; to an enterprise's account none, as
	 * its one role came with that approval. {@link #misfit} still refuses whatever is sent besides.
	 */
	public static List<Role> grantable(boolean enterpriseAccount) {
		return enterpriseAccount ? List.of() : Arrays.stream(values()).filter(role -> role != ENTERPRISE).toList();
	}

	/** Whether the roles put more than one administrator's duty on one account. */
	public static boolean combineAdministrators(Set<Role> roles) {
		return roles.stream().filter(ADMINISTRATORS::contains).count() > 1;
	}
}
