/**
 * Requests at one stop (一站式办理), a nested module of the legal services: an enterprise, an enterprise's employee
 * without an account (a contact and a one-time code by e-mail) or a walk-in at the counter asks for a service at a
 * park's point, online or at the counter, and takes a ticket (a number per point and day). The counter calls tickets in
 * order; a request may be referred to another service of the same point (the same ticket, its history and its clock
 * kept), booked into an appointment slot, given to a practitioner after the conflict check, screened for legal aid by
 * the configurable rules (a failing application accepted only with an override reason, recorded), mediated (parties,
 * sessions, agreement, outcome, a note of the hand-off to judicial confirmation 司法确认), closed with its outcome, rated
 * by the requester, or withdrawn. Its life is one transition table ({@code internal.LegalRequestLifecycle}); every step
 * goes along one command path that writes the timeline, the audit trail and the notifications from the same events.
 *
 * <p>Who sees a request is one rule ({@code internal.LegalRequestAccess}): the justice bureau all, a point's staff the
 * requests of their points, a practitioner those assigned to them, an enterprise its own. Personal data (ID numbers,
 * phones, e-mail, addresses) is shown in full only to those handling the request and masked everywhere else, the audit
 * trail included. Publishes {@link org.luoshi.legalservice.requests.LegalRequestStatistics} (counts and satisfaction per
 * point, service and month) and the request's enums and views. Pages: {@code /legal/requests}, {@code /legal/counter},
 * {@code /public/legal/ask}; API: {@code /api/v1/legal/requests}. Depends on the legal service core (directory, conflict
 * check), the enterprise registry (names, the 360° page), identity's accounts, notification's direct mail (the one-time
 * codes), search and the shared kernel. Migrations in {@code db/migration/legalrequests}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal services :: Requests")
package org.luoshi.legalservice.requests;
