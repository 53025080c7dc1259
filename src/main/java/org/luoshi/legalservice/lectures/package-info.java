/**
 * The lecture menu (点单) and lectures (益企讲堂), a nested module of the legal services: enterprises (their own
 * accounts) and a point's staff propose topics, enterprises vote for them once each, and the menu ranks them by demand —
 * the votes, and the enterprise demands of the legal category whose words match the topic's keywords (counts only, read
 * through {@link org.luoshi.enterprise.DemandKeywordCounts}). The justice bureau and a park's point schedule a
 * lecture from topics, at the point, at a time, with an expert; enterprises (and anyone, on the public page) register up
 * to its capacity, then onto a waiting list of its own limit, promoted in order when a seat is given back; staff check
 * people in at the door; those who attended rate it (1–5 and a comment). A lecture's life is one transition table
 * ({@code internal.LectureLifecycle}); every step goes along one command path that writes its timeline, the audit trail
 * and the notifications from the same past-tense events.
 *
 * <p>Publishes {@link org.luoshi.legalservice.lectures.LectureCalendar} (the upcoming lectures, for the public page)
 * and {@link org.luoshi.legalservice.lectures.LectureStatistics} (per point and month: held, registrations,
 * attendances, average rating). Contributes the lectures an enterprise attended to its 360° page, lectures and topics to
 * search. Pages: {@code /legal/topics}, {@code /legal/lectures}, {@code /public/legal/lectures/{id}}; API:
 * {@code /api/v1/legal/topics}, {@code /api/v1/legal/lectures}. Migrations in {@code db/migration/lectures}. Depends on
 * the legal directory (points, practitioners), the enterprise registry and its demands, search and the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal services :: Lectures")
package org.luoshi.legalservice.lectures;
