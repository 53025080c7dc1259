/**
 * Enterprise: the district's enterprises keyed by their unified social credit code (统一社会信用代码, GB 32100-2015) —
 * the registry on which visits, demands (诉求) and CPPCC proposals are built, each tied to an enterprise.
 *
 * <p>An enterprise belongs to a town or subdistrict (its 9-digit division code), and through the organization unit
 * that carries that code to a data scope: a town's handlers see and keep their town's enterprises, the district office
 * all of them ({@code enterprise:read}, {@code enterprise:manage}; the rule is {@code internal.EnterpriseAccess}, the
 * same for pages, API, exports and search). Registering and editing are validated whole, optimistically locked, audited
 * ({@link org.luoshi.shared.RecordChanged}), written to the enterprise's history and indexed for search in the same
 * transaction. The market-regulation register comes in from .xlsx or .csv (all rows or none) and goes out with a list's
 * filters as .xlsx or .csv, contacts masked.
 *
 * <p>Publishes {@link org.luoshi.enterprise.EnterpriseDirectory} (summaries by id or credit code, and the visibility
 * rule), {@link org.luoshi.enterprise.CreditCode} (reading and checking codes), the enumerations of an enterprise's
 * industry, scale and tags, and {@link org.luoshi.enterprise.EnterpriseTimelineSource}, through which later modules put
 * their records on the enterprise's 360° page, and {@link org.luoshi.enterprise.DemandKeywordCounts} (how many demands match
 * some keywords, counts only; implemented by {@code enterprise.demands}, whose own types are not for other modules). Its pages: {@code /enterprises} (list, form, 360° page, import); its
 * API: {@code /api/v1/enterprises}. Demo data: enterprises in every town. Depends on organization (towns, units and
 * division codes, through its directory), search and the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise")
package org.luoshi.enterprise;
