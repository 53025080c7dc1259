/**
 * The district's lawyers' expert group (律师专家团), a nested module of public legal services: its roster (the experts
 * of {@link org.luoshi.legalservice.LegalDirectory#experts()} with their specialties, the absences the justice bureau
 * records, and the rotation's pointer), the questions enterprises ask it, the written legal opinions (法律意见书) the
 * experts give — drafted, reviewed by the justice bureau, signed off and printed as PDF — and major disputes (重大纠纷)
 * followed to their outcome.
 *
 * <p>A question is assigned by rotation: the expert after the last one assigned, passing by those away on the day and
 * those with a conflict ({@link org.luoshi.legalservice.ConflictCheck}), each passed-by expert written on the question's
 * timeline with the reason; on assignment the engagement for the enterprise is recorded. Its life is one transition
 * table ({@code internal.QuestionLifecycle}); every step goes along one command path that writes the timeline, the audit
 * trail and the notifications from the same past-tense events. Who sees a question is one rule
 * ({@code internal.ExpertAccess}): the justice bureau all, an expert those assigned to them, an enterprise its own —
 * for pages, API, the enterprise's 360° page and search.
 *
 * <p>Publishes {@link org.luoshi.legalservice.experts.ExpertQuestions} (ask, read, take a step, print),
 * {@link org.luoshi.legalservice.experts.ExpertGroup} (the roster and absences) and their records. Pages
 * {@code /legal/experts}, {@code /legal/questions}; API {@code /api/v1/legal/experts}, {@code /api/v1/legal/questions},
 * {@code /api/v1/legal/opinions}. Migrations in {@code db/migration/experts}. Depends on the legal service core, the
 * enterprise registry (names, credit codes, the 360° page), identity's account directory, search and the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal services :: Expert group")
package org.luoshi.legalservice.experts;
