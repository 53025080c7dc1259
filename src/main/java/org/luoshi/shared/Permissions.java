package org.luoshi.shared;

/**
 * Every permission a role can grant. Modules check these names (in {@code @PreAuthorize} and through
 * {@link Actor#can}); identity maps roles to them. Kept in the shared kernel so that a module can guard its
 * pages without depending on identity.
 */
public final class Permissions {

	/** Create, rename, move and deactivate units and staff; import them from Excel. */
	public static final String ORGANIZATION_MANAGE = "organization:manage";
	/** Create accounts, set their name, member of staff and data scope, deactivate and activate them (the system administrator). */
	public static final String ACCOUNTS_MANAGE = "accounts:manage";
	/**
	 * Grant and revoke roles, unlock accounts, reset passwords, revoke API tokens (the security administrator). Never on
	 * one's own account.
	 */
	public static final String SECURITY_MANAGE = "security:manage";
	/** Read the audit trail, verify its chain and export it. */
	public static final String AUDIT_READ = "audit:read";
	/** Read the organization directory (every signed-in person may). */
	public static final String ORGANIZATION_READ = "organization:read";
	/** Read reports into draft task lists, review and confirm them. */
	public static final String REPORTS_MANAGE = "reports:manage";
	/** See the supervised goals and tasks of one's data scope: boards, task pages, ledgers. */
	public static final String SUPERVISION_READ = "supervision:read";
	/**
	 * Run supervision: set goals, issue tasks, review and close them, decide extensions, send reminders and
	 * supervision notices, set the district's thresholds, import and publish.
	 */
	public static final String SUPERVISION_MANAGE = "supervision:manage";
	/** Work on one's unit's tasks: sign or return them, report progress, ask for completion or an extension. */
	public static final String SUPERVISION_HANDLE = "supervision:handle";
	/** Write a leader's instruction (批示) on a task. */
	public static final String SUPERVISION_INSTRUCT = "supervision:instruct";
	/**
	 * Keep the district's working-day calendar: mark holidays and make-up working days, add a year whose State Council
	 * notice Luoshi does not ship yet. Reading the calendar needs no permission: every signed-in person may.
	 */
	public static final String CALENDAR_MANAGE = "calendar:manage";
	/** See the enterprises of one's data scope in the registry: lists, the enterprise's page, exports, search. */
	public static final String ENTERPRISE_READ = "enterprise:read";
	/** Register, edit and import the enterprises of one's data scope; see their contacts unmasked on their own page. */
	public static final String ENTERPRISE_MANAGE = "enterprise:manage";

	/**
	 * See the enterprise demands (诉求) of one's data scope: those routed to one's units, raised by the enterprises of
	 * one's towns, or — for the district office and leaders — all of them; their statistics (三率) likewise.
	 */
	public static final String DEMAND_READ = "demand:read";
	/** Work on the demands routed to one's units: sign or return them, answer them, contribute as a co-handling unit. */
	public static final String DEMAND_HANDLE = "demand:handle";
	/**
	 * Run the district's demand desk (the district office): register demands from any source, dispatch, decide disputed
	 * returns (仲裁), transfer, merge, raise a demand into a supervised task, keep the categories and routes.
	 */
	public static final String DEMAND_DISPATCH = "demand:dispatch";
	/**
	 * Write a leader's instruction (批示) on a demand still owed an answer: the handling unit and the desk are told, and
	 * it stands on the demand's timeline. The district's leaders; what an escalation to them asks for.
	 */
	public static final String DEMAND_INSTRUCT = "demand:instruct";
	/** An enterprise's own portal account: raise its enterprise's demands, follow them and rate the answers. */
	public static final String DEMAND_SUBMIT = "demand:submit";
	/** Plan and record visits (走访) to enterprises of one's data scope and the demands heard on the spot. */
	public static final String VISIT_RECORD = "visit:record";

	/**
	 * See CPPCC proposals (提案) and public-opinion reports (社情民意信息): one's own (as proposer, co-signer or reporter),
	 * those assigned or forwarded to the units of one's data scope, and — for the whole district's scope — all of them.
	 */
	public static final String PROPOSAL_READ = "proposal:read";
	/** A CPPCC member: submit proposals and public-opinion reports, revise or withdraw one's own, evaluate the answers. */
	public static final String PROPOSAL_SUBMIT = "proposal:submit";
	/**
	 * The CPPCC's proposal committee and its office: see every proposal, accept (立案) or reject it, return it for
	 * revision, assign it to its lead and co-handling units, decide a unit's request to change that, remind; edit, adopt
	 * and forward public-opinion reports.
	 */
	public static final String PROPOSAL_MANAGE = "proposal:manage";
	/** Answer the proposals assigned to one's units (as lead unit), or send a co-handling unit's opinion. */
	public static final String PROPOSAL_HANDLE = "proposal:handle";

	/**
	 * Run the district's public legal services (the justice bureau, 区司法局): every service point's requests and cases,
	 * the points, the providers and their practitioners, the service list, the lecture menu and the lawyers' expert group.
	 */
	public static final String LEGAL_MANAGE = "legal:manage";
	/**
	 * Work at a service point's counter (公共法律服务工作站): take requests at the points one staffs, refer them across
	 * services, book appointments, screen legal aid, hold mediation sessions and close them.
	 */
	public static final String LEGAL_HANDLE = "legal:handle";
	/**
	 * A provider's practitioner (a lawyer, notary, mediator, appraiser): see and work on the requests, cases and
	 * questions assigned to one, write legal opinions.
	 */
	public static final String LEGAL_PROVIDE = "legal:provide";
	/**
	 * An enterprise's own portal account: ask for a legal service for the enterprise, propose and vote for lecture topics,
	 * register for lectures, ask the expert group a question.
	 */
	public static final String LEGAL_REQUEST = "legal:request";
	/**
	 * Read the public legal services' figures — requests, satisfaction and lectures counted per point, service and month;
	 * no case and no person: the district office and leaders, on the statistics page and the leaders' dashboard.
	 */
	public static final String LEGAL_STATISTICS = "legal:statistics";

	/**
	 * Read the economic indicators, their values, targets and attainment (the district office, supervisors, leaders and
	 * units' handlers: the district's figures are shared among its offices).
	 */
	public static final String ECONOMY_READ = "economy:read";
	/** Keep the indicators: record and import values, revise them, set targets and the lights' rule. */
	public static final String ECONOMY_MANAGE = "economy:manage";

	/**
	 * Read the awards' campaigns, and the nominations and honours of one's data scope (the whole district: all of them);
	 * every role that works on awards holds it.
	 */
	public static final String AWARDS_READ = "awards:read";
	/** Nominate collectives of one's own unit or its subtree, and enterprises' collectives of one's towns, for a campaign. */
	public static final String AWARDS_NOMINATE = "awards:nominate";
	/** Score nominations as a reviewer, criterion by criterion, and declare a recusal. */
	public static final String AWARDS_REVIEW = "awards:review";
	/**
	 * Run the awards (the awards office, e.g. 团区委): campaigns, their rules, criteria and rounds, the qualification check,
	 * ranking, the public notice and its objections, results, certificates and the registry of honours.
	 */
	public static final String AWARDS_MANAGE = "awards:manage";
	/**
	 * See key projects and platforms (重点项目和平台): the district office, supervisors and leaders (whole district) every
	 * project, a unit's handler the projects its units lead.
	 */
	public static final String PROJECTS_READ = "projects:read";
	/** Keep the platforms and projects: create and edit them, import investment, raise a blocking problem into a supervised task. */
	public static final String PROJECTS_MANAGE = "projects:manage";
	/**
	 * Report on the projects one's units lead: monthly completed investment, milestones' actual dates, photos of progress and
	 * blocking problems.
	 */
	public static final String PROJECTS_REPORT = "projects:report";
	/**
	 * Open the leaders' dashboard (领导驾驶舱): the district office, the supervision office and leaders. The page itself
	 * shows nothing of its own: each of its parts shows only what the owning module lets the reader see.
	 */
	public static final String DASHBOARD_READ = "dashboard:read";

	private Permissions() {
	}
}
