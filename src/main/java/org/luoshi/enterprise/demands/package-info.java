/**
 * Enterprise demands (诉求), a nested module of the enterprise registry: what enterprises ask of the district — heard on
 * visits, raised on the portal, transferred from the 12345 hotline, brought by CPPCC members or at a counter — carried
 * to an answer the enterprise rates.
 *
 * <p>A demand is filed under a category of the district's tree, each with its time limit in working days (the
 * calendar module's, holidays and make-up working days included), and routed by category and town to its
 * first-contact unit (首接负责), or left for the district's desk to dispatch. Its life is one transition table
 * ({@code internal.DemandLifecycle}): sign or return (a disputed return decided by the desk, 仲裁), transfer,
 * co-handling, answer, rating — 满意 or 基本满意 closes it, 不满意 sends it back to be handled again on the same clock
 * (重办) — withdrawal, merging a repeat (flagged as it is raised), raising it into a supervised task (the link kept both
 * ways: the task names the demand's number, and the demand hears when the task is closed). The daily follow-up reminds
 * the unit of an overdue demand, then takes it to the desk, then to the leaders, and closes answers left unrated. Every
 * step goes along one command path that writes the demand's timeline, the audit trail and the notifications from the
 * same past-tense events, and keeps the counts of the three rates (三率) per unit and month current.
 *
 * <p>Who sees a demand is one rule ({@code internal.DemandAccess}) for pages, API, lists, rates, search, the
 * enterprise's 360° page and the audit trail, which files a demand's entries under the units the rule names.
 * Publishes {@link org.luoshi.enterprise.demands.DemandManagement} (raise, read, take a step:
 * what a visit calls to raise the demands heard on it), its commands, the demand's details, summary, clock, rates and
 * enums. Pages: {@code /demands} (list, new, the demand, rates); API: {@code /api/v1/demands}. Depends on the
 * registry's directory, the calendar, the organization, supervision (to raise a task, and its {@code TaskClosed}),
 * search and the shared kernel. Implements the registry's {@link org.luoshi.enterprise.DemandKeywordCounts} (how many demands
 * of a category match some keywords: counts only, what the lecture menu ranks its topics by).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise :: Demands")
package org.luoshi.enterprise.demands;
