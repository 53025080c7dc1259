package org.luoshi.enterprise.proposals;

/**
 * A proposal that came from an enterprise demand changed status (published on every change, its submission included),
 * so that the demand can show where its proposal stands.
 *
 * @param proposalNumber its number once accepted (2026-0012), {@code null} before
 * @param status a {@link ProposalStatus} name
 */
public record ProposalProgressed(long proposalId, String proposalNumber, String demandNumber, String status) {
}
