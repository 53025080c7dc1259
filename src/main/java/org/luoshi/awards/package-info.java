/**
 * Awards and honours (评先评优, e.g. 青年文明号): campaigns with their level, organiser, eligibility rules as data,
 * weighted criteria and rounds; units nominate collectives of their own subtree (and enterprises' collectives by credit
 * code) with a member list whose ages are computed from birth dates and kept only as figures, checked automatically
 * with each reason shown, and the evidence files the campaign asks for (checked by their content, kept in the
 * database, required before qualification); the review in rounds (qualification, scoring with declared and automatic
 * recusal, ranking with a declared tie rule, locked once confirmed); the public notice (公示) for a number of working
 * days on a page without login, objections filed there and answered on the record; results, certificates (PDF), and a
 * registry of honours with re-review, downgrade and revocation.
 *
 * <p>Nominations, objections and honours are records with a life, each written after the lifecycle pattern
 * (docs/architecture/lifecycle.md): one transition table, steps returning past-tense events that are at once timeline,
 * audit entry and notification, one command path. Who sees what is one rule per record type
 * ({@code internal.AwardAccess}). Pages {@code /awards}, the public notice {@code /public/awards}, API
 * {@code /api/v1/awards}. Depends on the organization (units, subtrees), identity (a reviewer's own unit), the enterprise
 * registry (credit codes, the 360° page), the working-day calendar, search and the shared kernel. Migrations in
 * {@code db/migration/awards}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Awards")
package org.luoshi.awards;
