package org.luoshi.enterprise.portal.internal;

import static org.luoshi.enterprise.portal.internal.RegistrationStatus.APPROVED;
import static org.luoshi.enterprise.portal.internal.RegistrationStatus.PENDING;
import static org.luoshi.enterprise.portal.internal.RegistrationStatus.REJECTED;

import org.luoshi.shared.lifecycle.TransitionTable;

/**
 * A registration's lifecycle (see docs/architecture/lifecycle.md): the town approves or refuses a pending one, once.
 * A decided registration does not change: a refused applicant registers again (the same number is free once refused),
 * and that is a registration of its own, with its own account.
 *
 * <pre>
 * step     side  allowed in  leads to
 * APPROVE  TOWN  PENDING     APPROVED
 * REJECT   TOWN  PENDING     REJECTED
 * </pre>
 */
final class RegistrationLifecycle {

	/** Who may act on a registration: the town keeping the enterprise (or the whole district), with enterprise:manage. */
	enum Side {
		TOWN
	}

	static final TransitionTable<RegistrationStatus, RegistrationStep, Side> TABLE = TransitionTable
		.of(RegistrationStatus.class, RegistrationStep.class, Side.class)
		.step(RegistrationStep.APPROVE).by(Side.TOWN).in(PENDING).to(APPROVED)
		.step(RegistrationStep.REJECT).by(Side.TOWN).in(PENDING).to(REJECTED)
		.build();

	private RegistrationLifecycle() {
	}
}
