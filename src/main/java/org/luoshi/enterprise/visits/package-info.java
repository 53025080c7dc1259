/**
 * Enterprise :: Visits (走访, nested module of enterprise): visits to enterprises by district leaders, CPPCC members
 * or departments — planned, then recorded with what was found at each enterprise and photos, or cancelled. One visit
 * covers many enterprises (the CPPCC chair's visit of the seed covered twelve member enterprises) and appears on each
 * one's 360° page.
 *
 * <p>The lifecycle follows {@code docs/architecture/lifecycle.md}: statuses {@link org.luoshi.enterprise.visits.VisitStatus},
 * steps {@link org.luoshi.enterprise.visits.VisitStep}, one transition table ({@code internal.VisitLifecycle}), steps that
 * return events which are at once the visit's timeline entry, its audit entry and its notification, one command path
 * ({@code internal.VisitService#take}). Who sees and writes a visit is one rule ({@code internal.VisitAccess}): reading
 * needs {@code visit:record} or {@code enterprise:read} and a data scope that reaches the organizing unit; writing needs
 * {@code visit:record} over that unit, and every enterprise on the visit visible to the writer.
 *
 * <p>Publishes {@link org.luoshi.enterprise.visits.VisitDirectory} (a visit's summary with the enterprises it covered,
 * and the visibility rule), for the demands module to raise demands from a visit in one step, and the enumerations
 * of a visit's kind, status and steps. Pages under {@code /visits}, API under {@code /api/v1/visits}; visits are
 * indexed for search under the same rule, and their audit entries filed under the organizing unit. Depends on its
 * parent's API ({@link org.luoshi.enterprise.EnterpriseDirectory},
 * {@link org.luoshi.enterprise.EnterpriseTimelineSource}), organization (units, scope), search and the shared kernel;
 * the parent does not depend on it. Its tables are in the parent's migrations ({@code db/migration/enterprise}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise :: Visits")
package org.luoshi.enterprise.visits;
