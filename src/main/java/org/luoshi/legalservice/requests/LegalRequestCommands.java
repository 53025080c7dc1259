package org.luoshi.legalservice.requests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What callers send: a new request and a step's input. */
public final class LegalRequestCommands {

	private LegalRequestCommands() {
	}

	/** Another party of the matter, for the conflict check: a name, and a credit code or ID number where known. */
	public record PartyInput(String name, String identifier) {
	}

	/**
	 * A new request. An enterprise's own account files for its enterprise (kind, channel and enterprise are then its
	 * own, whatever they say); the counter enters walk-ins and enterprises' people (channel COUNTER).
	 */
	public record NewRequest(Long pointId, String serviceCode, RequesterKind requesterKind, Long enterpriseId, String requesterName,
			String phone, String email, String idNumber, String address, String matter, List<PartyInput> parties) {

		public NewRequest {
			parties = parties == null ? List.of() : List.copyOf(parties);
		}
	}

	/**
	 * A step's input; each step reads what it needs: REFER {@code serviceCode}, {@code text}; SCHEDULE {@code slotId};
	 * ASSIGN {@code practitionerId}; SCREEN {@code householdIncome}, {@code householdSize}, {@code caseType},
	 * {@code overrideReason}; RECORD_SESSION {@code heldOn}, {@code text}; RECORD_AGREEMENT {@code mediationOutcome},
	 * {@code text} (the agreement), {@code judicialConfirmation}; CLOSE {@code text} (the outcome); RATE {@code rating},
	 * {@code text}; WITHDRAW {@code text}.
	 */
	public record TakeStep(LegalRequestStep step, String serviceCode, Long slotId, Long practitionerId, BigDecimal householdIncome,
			Integer householdSize, String caseType, String overrideReason, LocalDate heldOn, MediationOutcome mediationOutcome,
			String judicialConfirmation, Integer rating, String text) {

		public static TakeStep of(LegalRequestStep step) {
			return new TakeStep(step, null, null, null, null, null, null, null, null, null, null, null, null);
		}
	}
}
