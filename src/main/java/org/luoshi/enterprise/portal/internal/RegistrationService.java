package org.luoshi.enterprise.portal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.luoshi.enterprise.CreditCode;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.internal.EnterpriseService;
import org.luoshi.enterprise.portal.internal.RegistrationLifecycle.Side;
import org.luoshi.identity.EnterpriseAccounts;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.ContactRules;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.NotificationRequest;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations for the enterprise portal: submitted by anyone (no sign-in), decided by the enterprise's town. One
 * command path for the town's steps ({@link #take}): lock the row, check that the actor keeps the enterprise's town
 * (else 404, like a registration that does not exist), check the transition table (409 in a decided registration),
 * apply, audit and re-index. Who may see and decide one is {@link RegistrationAccess}.
 */
@Service
@Transactional
public class RegistrationService {

	static final String TARGET = "portal-registration";
	static final int CONTACT_NAME_MAX = 50;
	static final int REASON_MAX = 500;

	private final JdbcClient jdbc;
	private final RegistrationRows rows;
	private final EnterpriseDirectory directory;
	private final EnterpriseService registry;
	private final EnterpriseAccounts accounts;
	private final RegistrationSearchRecords search;
	private final RegistrationApprovers approvers;
	private final ApplicationEventPublisher events;
	private final Times times;
	private final int maxPendingPerEnterprise;

	RegistrationService(JdbcClient jdbc, RegistrationRows rows, EnterpriseDirectory directory, EnterpriseService registry,
			EnterpriseAccounts accounts, RegistrationSearchRecords search, RegistrationApprovers approvers, ApplicationEventPublisher events,
			Times times, @Value("${luoshi.portal.max-pending-per-enterprise:3}") int maxPendingPerEnterprise) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.directory = directory;
		this.registry = registry;
		this.accounts = accounts;
		this.search = search;
		this.approvers = approvers;
		this.events = events;
		this.times = times;
		this.maxPendingPerEnterprise = maxPendingPerEnterprise;
	}

	/** What the registration form sends. {@code consent}: the consent line was ticked. */
	public record RegistrationInput(String creditCode, String contactName, String phone, String password, String confirmation,
			boolean consent) {
	}

	/**
	 * Registers a contact of an enterprise in the registry: every problem at once, nothing stored while there is one.
	 * An enterprise may have at most {@code luoshi.portal.max-pending-per-enterprise} registrations waiting at once (so
	 * that nobody floods a town's list with one code). A mobile number has at most one registration waiting or approved;
	 * a refused applicant registers again, and the refusal stays as it was decided. The town's people who decide it are
	 * told ({@link RegistrationApprovers}).
	 */
	public Registration register(RegistrationInput input) {
		List<Violation> violations = new ArrayList<>();
		EnterpriseSummary enterprise = null;
		CreditCode.Reading reading = CreditCode.read(input.creditCode(), "creditCode");
		if (!reading.errors().isEmpty()) {
			violations.addAll(reading.errors());
		}
		else {
			enterprise = directory.findByCreditCode(reading.normalized()).orElse(null);
			if (enterprise == null) {
				violations.add(Violation.of("creditCode", "portal.validation.enterprise.unknown"));
			}
			else if (pendingCount(enterprise.id()) >= maxPendingPerEnterprise) {
				violations.add(Violation.of("creditCode", "portal.validation.enterprise.too-many-pending", maxPendingPerEnterprise));
			}
		}
		String contactName = input.contactName() == null ? "" : input.contactName().strip();
		if (contactName.isEmpty()) {
			violations.add(Violation.of("contactName", "validation.required"));
		}
		else if (contactName.length() > CONTACT_NAME_MAX) {
			violations.add(Violation.of("contactName", "validation.too-long", CONTACT_NAME_MAX));
		}
		String phone = input.phone() == null ? "" : input.phone().strip();
		List<Violation> phoneProblems = new ArrayList<>();
		ContactRules.mobile(phoneProblems, "phone", phone);
		violations.addAll(phoneProblems);
		Optional<RegistrationStatus> standing = phoneProblems.isEmpty() ? standingOf(phone) : Optional.empty();
		standing.ifPresent(status -> violations.add(Violation.of("phone", status == RegistrationStatus.PENDING
				? "portal.validation.phone.pending" : "portal.validation.phone.taken")));
		// The number is the login name: identity judges whether it is free, and the password against it.
		for (Violation violation : accounts.check(phoneProblems.isEmpty() ? phone : "x" + phone, input.password())) {
			if ("username".equals(violation.field())) {
				if (phoneProblems.isEmpty() && standing.isEmpty()) {
					violations.add(Violation.of("phone", violation.messageKey().endsWith(".taken") ? "portal.validation.phone.taken"
							: "validation.mobile"));
				}
			}
			else {
				violations.add(violation);
			}
		}
		if (input.password() != null && !input.password().equals(input.confirmation())) {
			violations.add(Violation.of("confirmation", "identity.password.mismatch"));
		}
		if (!input.consent()) {
			violations.add(Violation.of("consent", "portal.validation.consent"));
		}
		ValidationException.throwIfAny(violations);
		long id;
		try {
			long accountId = accounts.openPending(phone, contactName, input.password(), enterprise.id());
			id = jdbc.sql("INSERT INTO portal_registration (enterprise_id, account_id, contact_name, phone, consented_at) "
					+ "VALUES (?, ?, ?, ?, ?) RETURNING id")
				.params(enterprise.id(), accountId, contactName, phone, java.sql.Timestamp.from(times.now()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			// The checks above ran before the write; the same number registered by someone else at this moment still meets the
			// unique indexes (the account's login name, the registration's number), and that registration now waits.
			throw new ValidationException(Violation.of("phone", "portal.validation.phone.pending"));
		}
		publish(id, enterprise, new RegistrationEvent.Submitted(enterprise.name(), contactName, phone));
		Registration registration = rows.find(id).orElseThrow();
		search.index(registration);
		// The registration arrives once: its key says so. It names the enterprise and the contact, never the mobile number
		// (an e-mail travels further than the page).
		events.publishEvent(new NotificationRequest("portal-registration:" + registration.id() + ":submitted", Set.of(),
				approvers.of(registration), null, "portal.notify.submitted",
				List.of(registration.enterprise().name(), registration.contactName()), null, "/portal/registrations/" + registration.id()));
		return registration;
	}

	/** The registrations waiting for a decision that the actor may decide, oldest first. */
	@Transactional(readOnly = true)
	public List<Registration> pending(Actor actor) {
		if (!actor.can(Permissions.ENTERPRISE_MANAGE)) {
			return List.of();
		}
		RegistrationAccess access = access(actor);
		return rows.where("WHERE status = 'PENDING' ORDER BY submitted_at, id", Map.of()).stream().filter(access::sees).toList();
	}

	/** The decided registrations the actor may see, newest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<Registration> decided(Actor actor, int limit) {
		if (!actor.can(Permissions.ENTERPRISE_MANAGE)) {
			return List.of();
		}
		RegistrationAccess access = access(actor);
		return rows.where("WHERE status <> 'PENDING' ORDER BY decided_at DESC, id DESC LIMIT 500", Map.of()).stream()
			.filter(access::sees)
			.limit(limit)
			.toList();
	}

	/** One registration the actor may decide (or has decided); anything else is "not found". */
	@Transactional(readOnly = true)
	public Registration registration(long id, Actor actor) {
		return rows.find(id).filter(access(actor)::sees).orElseThrow(() -> new NotFoundException("registration", id));
	}

	/** What the actor may do with the registration now: from the transition table. */
	@Transactional(readOnly = true)
	public Set<RegistrationStep> actions(Registration registration, Actor actor) {
		return RegistrationLifecycle.TABLE.available(registration.status(), access(actor).sides(registration));
	}

	public Registration approve(long id, Actor actor) {
		return take(id, RegistrationStep.APPROVE, actor, null);
	}

	/** Refuses the registration; the reason is required and kept for the applicant's town to explain. */
	public Registration reject(long id, String reason, Actor actor) {
		return take(id, RegistrationStep.REJECT, actor, reason);
	}

	private Registration take(long id, RegistrationStep step, Actor actor, String reason) {
		Registration registration = rows.lock(id).orElseThrow(() -> new NotFoundException("registration", id));
		Set<Side> sides = access(actor).sides(registration);
		if (sides.isEmpty()) {
			throw new NotFoundException("registration", id);
		}
		switch (RegistrationLifecycle.TABLE.check(step, registration.status(), sides)) {
			case NOT_IN_THIS_STATUS -> throw new ConflictException("portal.registration.already-decided");
			case NOT_FOR_THESE_SIDES -> throw new AccessDeniedException("registration");
			case ALLOWED -> {
			}
		}
		RegistrationStatus next = RegistrationLifecycle.TABLE.rule(step, registration.status(), sides).after(registration.status());
		RegistrationEvent event;
		if (step == RegistrationStep.REJECT) {
			String text = reason == null ? "" : reason.strip();
			if (text.isEmpty()) {
				throw new ValidationException(Violation.of("reason", "portal.validation.reason.required"));
			}
			if (text.length() > REASON_MAX) {
				throw new ValidationException(Violation.of("reason", "validation.too-long", REASON_MAX));
			}
			accounts.reject(registration.accountId());
			event = new RegistrationEvent.Rejected(text);
			reason = text;
		}
		else {
			accounts.approve(registration.accountId());
			event = new RegistrationEvent.Approved();
		}
		jdbc.sql("UPDATE portal_registration SET status = ?, decided_at = ?, decided_by = ?, decided_by_name = ?, reason = ?, "
				+ "version = version + 1 WHERE id = ?")
			.params(next.name(), java.sql.Timestamp.from(times.now()), actor.accountId(), actor.displayName(), reason, id)
			.update();
		publish(id, registration.enterprise(), event);
		Registration decided = rows.find(id).orElseThrow();
		search.index(decided);
		return decided;
	}

	private RegistrationAccess access(Actor actor) {
		return new RegistrationAccess(registry.scope(actor));
	}

	/** How many registrations of the enterprise wait. */
	long pendingCount(long enterpriseId) {
		return jdbc.sql("SELECT count(*) FROM portal_registration WHERE enterprise_id = ? AND status = 'PENDING'")
			.param(enterpriseId)
			.query(Long.class)
			.single();
	}

	/** Whether the number's registration waits or was approved; a refused one leaves the number free. */
	private Optional<RegistrationStatus> standingOf(String phone) {
		return jdbc.sql("SELECT status FROM portal_registration WHERE phone = ? AND status <> 'REJECTED'")
			.param(phone)
			.query(String.class)
			.optional()
			.map(RegistrationStatus::valueOf);
	}

	/** The registration of an enterprise's account, e.g. to say on the portal who registered when. */
	@Transactional(readOnly = true)
	public Optional<Registration> ofAccount(long accountId) {
		return rows.where("WHERE account_id = :account", Map.of("account", accountId)).stream().findFirst();
	}

	private void publish(long id, EnterpriseSummary enterprise, RegistrationEvent event) {
		events.publishEvent(RecordChanged.of(event.action(), TARGET, id, enterprise.name(), event.changes()));
	}
}
