package org.luoshi.legalservice.experts.internal;

/**
 * The sides an actor can take on a question ({@link ExpertAccess.Scope#sides}): the justice bureau
 * ({@code legal:manage}), the expert it is assigned to (their linked account, {@code legal:provide}), the enterprise
 * that asked (its own account, {@code legal:request}), and the platform's daily follow-up.
 */
enum QuestionSide {
	BUREAU, EXPERT, ENTERPRISE, SYSTEM
}
