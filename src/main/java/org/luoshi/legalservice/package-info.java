/**
 * Public legal services (公共法律服务) at one stop in the district's industrial parks: the service list (after the 12348
 * platforms' categories, editable), the parks' service points with their opening hours, services and staff, and the
 * providers (law firms, the notary office, mediation committees, the legal aid centre, appraisal institutions) with
 * their practitioners, some of whom form the district's lawyers' expert group (律师专家团).
 *
 * <p>Publishes {@link org.luoshi.legalservice.LegalDirectory} (the list, the points, the providers and practitioners,
 * which point an account staffs, which practitioner an account is) and its records. Its nested modules build on it:
 * requests at the counter and online, with referral, appointments, legal-aid screening, mediation and the conflict check
 * ({@code legalservice.requests}); the lecture menu (点单) and lectures ({@code legalservice.lectures}); the expert
 * group's questions and written opinions ({@code legalservice.experts}). Depends on the enterprise registry (credit
 * codes), identity's account directory, the organization and the shared kernel. Migrations in
 * {@code db/migration/legal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal services")
package org.luoshi.legalservice;
