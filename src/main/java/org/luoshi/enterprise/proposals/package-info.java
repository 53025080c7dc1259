/**
 * CPPCC proposals (提案) and public-opinion reports (社情民意信息), a nested module of the enterprise registry: what CPPCC
 * members hear from enterprises — on their visits, from the demands enterprises raise — turned into proposals the
 * district's units must answer, or into reports for the leaders.
 *
 * <p>A member (or a group of members, a sector) submits a proposal with its reasons (案由) and suggestions (办法建议),
 * linked to enterprises and to the demand it came from. The CPPCC's proposal committee examines it: accepted (立案, and
 * numbered 2026-0012), not accepted with a reason (and perhaps made into a public-opinion report in one step), or
 * returned for revision. Accepted, it is assigned (交办) to a lead unit and co-handling units; the lead unit may ask for
 * another assignment within ten working days, which the committee decides. The lead unit answers within three calendar
 * months, classed A (solved or basically solved), B (planned, being solved) or C (cannot be solved for now); the member
 * evaluates the answer — 不满意 sends it back to be answered again (再次办理, one month), and a B answer accepted stays in
 * follow-up (跟踪落实) until the unit reports it done. Its life is one transition table ({@code internal.ProposalLifecycle});
 * every step goes along one command path that writes the timeline, the audit trail and the notifications from the same
 * past-tense events. A daily follow-up ({@code internal.ProposalFollowUp}) takes steps of the system's own on the same
 * path: it reminds the lead unit as its answer's due day nears and once it has passed, takes an answer long overdue to
 * the committee, reminds the proposer to evaluate, and reminds the committee of what has waited for it too long. A
 * public-opinion report is lighter: submitted, edited, adopted (采用) or declined by the office within five working
 * days, forwarded (报送) to leaders or units within five working days of its adoption, and carrying the leaders'
 * instructions (批示) the office records; the same daily follow-up reminds the office of a report whose limit has passed,
 * a step of the report's own table on its command path.
 *
 * <p>Who sees a proposal or a report is one rule ({@code internal.ProposalAccess}) for pages, API, lists, search, the
 * enterprise's 360° page and the audit trail, which files their entries under the units the rule names. Publishes
 * {@link org.luoshi.enterprise.proposals.ProposalManagement},
 * {@link org.luoshi.enterprise.proposals.OpinionManagement}, {@link org.luoshi.enterprise.proposals.ProposalIntake} (a demand
 * raised into a proposal) and the event {@link org.luoshi.enterprise.proposals.ProposalProgressed} (its status, for the
 * demand it came from). Pages: {@code /proposals}, {@code /proposals/opinions}; API: {@code /api/v1/proposals},
 * {@code /api/v1/opinion-reports}. Depends on the registry's directory, the calendar, the organization, identity's
 * account directory (co-signers by login name), search and the shared kernel — not on demands, which it names by id and
 * number only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise :: Proposals")
package org.luoshi.enterprise.proposals;
