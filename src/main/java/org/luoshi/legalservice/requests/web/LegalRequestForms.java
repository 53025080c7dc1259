package org.luoshi.legalservice.requests.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.luoshi.legalservice.requests.LegalRequestCommands.NewRequest;
import org.luoshi.legalservice.requests.LegalRequestCommands.PartyInput;
import org.luoshi.legalservice.requests.LegalRequestCommands.TakeStep;
import org.luoshi.legalservice.requests.LegalRequestStep;
import org.luoshi.legalservice.requests.MediationOutcome;
import org.luoshi.legalservice.requests.RequesterKind;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.TypedNumbers;
import org.luoshi.shared.web.StepNames;

/** The request pages' forms as typed, and what they become. */
public final class LegalRequestForms {

	private LegalRequestForms() {
	}

	/** The intake form: three rows for other parties. */
	public record RequestForm(String pointId, String serviceCode, String requesterKind, String enterpriseId, String requesterName, String phone,
			String email, String idNumber, String address, String matter, List<String> partyName, List<String> partyIdentifier) {

		static RequestForm blank(Long pointId) {
			return new RequestForm(pointId == null ? null : pointId.toString(), null, null, null, null, null, null, null, null, null, List.of(),
					List.of());
		}

		public String partyName(int i) {
			return partyName != null && i < partyName.size() ? partyName.get(i) : "";
		}

		public String partyIdentifier(int i) {
			return partyIdentifier != null && i < partyIdentifier.size() ? partyIdentifier.get(i) : "";
		}

		NewRequest command() {
			List<PartyInput> parties = new ArrayList<>();
			int rows = Math.max(partyName == null ? 0 : partyName.size(), partyIdentifier == null ? 0 : partyIdentifier.size());
			for (int i = 0; i < rows; i++) {
				parties.add(new PartyInput(partyName(i), partyIdentifier(i)));
			}
			RequesterKind kind = null;
			if (requesterKind != null && !requesterKind.isBlank()) {
				try {
					kind = RequesterKind.valueOf(requesterKind.strip());
				}
				catch (IllegalArgumentException e) {
					throw new ValidationException(Violation.of("requesterKind", "legal.request.requester-kind.required"));
				}
			}
			return new NewRequest(TypedNumbers.id(pointId), serviceCode, kind, TypedNumbers.id(enterpriseId), requesterName, phone, email, idNumber,
					address, matter, parties);
		}
	}

	/** A step's form as typed. */
	public record StepForm(String serviceCode, String slotId, String practitionerId, String householdIncome, String householdSize, String caseType,
			String overrideReason, String heldOn, String mediationOutcome, String judicialConfirmation, String rating, String text) {

		static StepForm blank() {
			return new StepForm(null, null, null, null, null, null, null, null, null, null, null, null);
		}

		TakeStep command(LegalRequestStep step) {
			List<Violation> violations = new ArrayList<>();
			BigDecimal income = null;
			if (householdIncome != null && !householdIncome.isBlank()) {
				try {
					income = new BigDecimal(householdIncome.strip());
				}
				catch (NumberFormatException e) {
					violations.add(Violation.of("householdIncome", "legal.request.aid.income.invalid"));
				}
			}
			Integer size = null;
			if (householdSize != null && !householdSize.isBlank()) {
				try {
					size = Integer.valueOf(householdSize.strip());
				}
				catch (NumberFormatException e) {
					violations.add(Violation.of("householdSize", "legal.request.aid.household.invalid"));
				}
			}
			LocalDate day = null;
			if (heldOn != null && !heldOn.isBlank()) {
				try {
					day = LocalDate.parse(heldOn.strip());
				}
				catch (DateTimeParseException e) {
					violations.add(Violation.of("heldOn", "legal.request.session.day.required"));
				}
			}
			MediationOutcome outcome = null;
			if (mediationOutcome != null && !mediationOutcome.isBlank()) {
				try {
					outcome = MediationOutcome.valueOf(mediationOutcome.strip().toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException e) {
					violations.add(Violation.of("mediationOutcome", "legal.request.mediation.outcome.required"));
				}
			}
			Integer stars = null;
			if (rating != null && !rating.isBlank()) {
				try {
					stars = Integer.valueOf(rating.strip());
				}
				catch (NumberFormatException e) {
					violations.add(Violation.of("rating", "legal.request.rating.invalid"));
				}
			}
			ValidationException.throwIfAny(violations);
			return new TakeStep(step, blank(serviceCode), TypedNumbers.id(slotId), TypedNumbers.id(practitionerId), income, size, blank(caseType),
					overrideReason, day, outcome, judicialConfirmation, stars, text);
		}

		private static String blank(String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}
	}
}
