package org.luoshi.legalservice.requests.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.legalservice.ConflictCheck;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.LegalServiceType;
import org.luoshi.legalservice.Party;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.ServicePoint;
import org.luoshi.legalservice.requests.LegalRequestCommands.NewRequest;
import org.luoshi.legalservice.requests.LegalRequestCommands.PartyInput;
import org.luoshi.legalservice.requests.LegalRequestCommands.TakeStep;
import org.luoshi.legalservice.requests.LegalRequestDetails;
import org.luoshi.legalservice.requests.LegalRequestDetails.LegalSlot;
import org.luoshi.legalservice.requests.LegalRequestStatus;
import org.luoshi.legalservice.requests.LegalRequestStep;
import org.luoshi.legalservice.requests.LegalRequestSummary;
import org.luoshi.legalservice.requests.RequestChannel;
import org.luoshi.legalservice.requests.RequesterKind;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ContactRules;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.NotificationRequest;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.database.Like;
import org.luoshi.shared.lifecycle.Audience;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.luoshi.shared.web.Masks;
import org.luoshi.shared.web.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests' one command path ({@link #take}): load the request whole and lock it, work out the actor's sides, check
 * the step in the transition table ({@link LegalRequestLifecycle}), let the {@link LegalRequest} take it, write it back
 * with its side rows (a slot's place, a session, an engagement), then render each {@link LegalRequestEvent} as a
 * timeline entry, an audit entry and a notification, and re-index the request for search. Making a request checks it
 * and gives it the point's next ticket of the day. Reading applies {@link LegalRequestAccess}'s rule, personal data
 * masked for those who do not handle the request.
 */
@Service
@Transactional
public class LegalRequestService {

	/** The audit trail's name for a request. */
	static final String TARGET = "legal-request";
	/** The conflict check's name for an engagement recorded on a request. */
	static final String SOURCE_KIND = "legal-request";
	static final int MAX_PARTIES = 10;
	private static final Pattern ID_NUMBER = Pattern.compile("^\\d{17}[\\dX]$");

	private final LegalRequestRows rows;
	private final LegalRequestAccess access;
	private final LegalDirectory directory;
	private final ConflictCheck conflicts;
	private final EnterpriseDirectory enterprises;
	private final LegalRequestSearchRecords search;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Times times;

	LegalRequestService(LegalRequestRows rows, LegalRequestAccess access, LegalDirectory directory, ConflictCheck conflicts,
			EnterpriseDirectory enterprises, LegalRequestSearchRecords search, ApplicationEventPublisher events, JdbcClient jdbc, Times times) {
		this.rows = rows;
		this.access = access;
		this.directory = directory;
		this.conflicts = conflicts;
		this.enterprises = enterprises;
		this.search = search;
		this.events = events;
		this.jdbc = jdbc;
		this.times = times;
	}

	// ----- making a request

	/**
	 * A request at the counter (staff of the point, or the office: channel COUNTER) or online by an enterprise's own
	 * account (for its enterprise, whatever the command says). Checked whole; the point's next ticket of the day.
	 */
	public LegalRequestDetails make(NewRequest command, Actor actor) {
		if (!actor.can(Permissions.LEGAL_MANAGE) && !actor.can(Permissions.LEGAL_HANDLE) && !(actor.isEnterprise() && actor.can(Permissions.LEGAL_REQUEST))) {
			throw new AccessDeniedException("legal:handle or legal:request");
		}
		LegalRequestAccess.Scope scope = access.scope(actor);
		List<Violation> violations = new ArrayList<>();
		ServicePoint point = point(command.pointId(), violations);
		if (point != null && !actor.isEnterprise() && !scope.isOffice() && !scope.staffs(point.id())) {
			violations.add(Violation.of("pointId", "legal.request.point.not-staffed"));
		}
		LegalServiceType service = service(point, command.serviceCode(), violations);
		RequesterKind kind;
		EnterpriseSummary enterprise = null;
		if (actor.isEnterprise()) {
			kind = RequesterKind.ENTERPRISE;
			enterprise = enterprises.find(actor.enterpriseId()).orElse(null);
		}
		else {
			kind = command.requesterKind();
			if (kind == null) {
				violations.add(Violation.of("requesterKind", "legal.request.requester-kind.required"));
			}
			else if (kind == RequesterKind.ENTERPRISE || command.enterpriseId() != null) {
				enterprise = command.enterpriseId() == null ? null : enterprises.find(command.enterpriseId()).orElse(null);
				if (enterprise == null) {
					violations.add(Violation.of("enterpriseId", command.enterpriseId() == null ? "legal.request.enterprise.required"
							: "legal.request.enterprise.unknown"));
				}
			}
		}
		String name = text(command.requesterName(), "requesterName", 60, violations);
		if (name == null && kind == RequesterKind.ENTERPRISE) {
			name = actor.isEnterprise() ? actor.displayName() : enterprise == null ? null : enterprise.name();
		}
		if (name == null) {
			violations.add(Violation.of("requesterName", "legal.request.requester-name.required"));
		}
		Contact contact = contact(command.phone(), command.email(), command.idNumber(), command.address(), violations);
		if (kind == RequesterKind.EMPLOYEE && contact.phone() == null && contact.email() == null) {
			violations.add(Violation.of("phone", "legal.request.contact.required"));
		}
		String matter = text(command.matter(), "matter", LegalRequest.MAX_TEXT, violations);
		if (matter == null) {
			violations.add(Violation.of("matter", "legal.request.matter.required"));
		}
		List<PartyInput> parties = parties(command.parties(), violations);
		ValidationException.throwIfAny(violations);
		return made(new LegalRequestRows.NewRow(point.id(), service.code(), actor.isEnterprise() ? RequestChannel.ONLINE : RequestChannel.COUNTER,
				times.today(), kind, enterprise == null ? null : enterprise.id(), actor.isEnterprise() ? actor.accountId() : null, name, contact.phone(),
				contact.email(), false, contact.idNumber(), contact.address(), matter, times.now(), actor.accountId(), actor.displayName()),
				parties, actor, scope);
	}

	/** What the public form checks before it sends a code: the same rules as a request, nothing written. */
	public record PublicAsk(Long pointId, String serviceCode, String name, String phone, String email, String matter) {
	}

	void checkPublic(PublicAsk ask) {
		List<Violation> violations = new ArrayList<>();
		ServicePoint point = point(ask.pointId(), violations);
		service(point, ask.serviceCode(), violations);
		if (text(ask.name(), "name", 60, violations) == null) {
			violations.add(Violation.of("name", "legal.request.requester-name.required"));
		}
		ContactRules.mobile(violations, "phone", ask.phone());
		if (ask.email() == null || ask.email().isBlank()) {
			violations.add(Violation.of("email", "legal.request.email.required"));
		}
		else {
			ContactRules.email(violations, "email", ask.email());
		}
		if (text(ask.matter(), "matter", LegalRequest.MAX_TEXT, violations) == null) {
			violations.add(Violation.of("matter", "legal.request.matter.required"));
		}
		ValidationException.throwIfAny(violations);
	}

	/** An employee's request from the public form, once its one-time code was right: the e-mail is verified. */
	LegalRequestDetails makePublic(PublicAsk ask) {
		checkPublic(ask);
		Actor requester = new Actor(null, "public", ask.name().strip(), Actor.NO_UNIT, Set.of());
		return made(new LegalRequestRows.NewRow(ask.pointId(), ask.serviceCode(), RequestChannel.ONLINE, times.today(), RequesterKind.EMPLOYEE,
				null, null, ask.name().strip(), ask.phone().strip(), ask.email().strip(), true, null, null, ask.matter().strip(), times.now(), null,
				ask.name().strip()), List.of(), requester, access.scope(null));
	}

	private LegalRequestDetails made(LegalRequestRows.NewRow row, List<PartyInput> parties, Actor actor, LegalRequestAccess.Scope scope) {
		long id = rows.insert(row, parties);
		LegalRequest request = rows.find(id).orElseThrow();
		record(request, List.of(new LegalRequestEvent.Made(request.ticket(), row.channel().name(), row.serviceCode(), row.requesterKind().name(),
				row.requesterName(), mask(Masks::phone, row.phone()), mask(Masks::email, row.email()), mask(RequestMasks::idNumber, row.idNumber()),
				mask(RequestMasks::address, row.address()), parties.size())), actor);
		search.index(request, pointName(request.pointId()), serviceName(request.serviceCode()));
		return details(request, scope);
	}

	// ----- the command path

	public LegalRequestDetails take(long requestId, TakeStep command, Actor actor) {
		if (command == null || command.step() == null) {
			throw new ValidationException(Violation.of("step", "legal.request.step.required"));
		}
		LegalRequestStep step = command.step();
		LegalRequestAccess.Scope scope = access.scope(actor);
		LegalRequest request = rows.lock(requestId).filter(scope::sees).orElseThrow(() -> new NotFoundException("legal-request", requestId));
		Set<LegalRequestSide> sides = scope.sides(request);
		Rule<LegalRequestStatus, LegalRequestStep, LegalRequestSide> rule = LegalRequestLifecycle.check(step, request, sides);
		LegalRequest.Step context = new LegalRequest.Step(actor, rule.after(request.status()), times.now(), times.today(), times.zone());
		Long slotBefore = request.slotId();
		List<LegalRequestEvent> happened = switch (step) {
			case CALL -> request.call(context);
			case REFER -> request.refer(context, command.serviceCode() == null ? null : directory.service(command.serviceCode().strip()).orElse(null),
					command.serviceCode(), directory.point(request.pointId()).orElseThrow(), command.text());
			case SCHEDULE -> {
				LegalSlot slot = command.slotId() == null ? null : rows.slot(command.slotId()).orElse(null);
				List<LegalRequestEvent> scheduled = request.schedule(context, command.slotId(), slot);
				if (!rows.book(slot.id())) {
					throw new ValidationException(Violation.of("slotId", "legal.request.slot.full", String.valueOf(slot.capacity())));
				}
				if (slotBefore != null) {
					rows.release(slotBefore);
				}
				yield scheduled;
			}
			case ASSIGN -> {
				Practitioner practitioner = command.practitionerId() == null ? null : directory.practitioner(command.practitionerId()).orElse(null);
				List<Party> opposing = rows.parties(request.id()).stream().map(party -> new Party(party.name(), party.identifier())).toList();
				List<LegalRequestEvent> assigned = request.assign(context, command.practitionerId(), practitioner,
						practitioner == null ? List.of() : conflicts.conflicts(practitioner.id(), opposing));
				conflicts.recordEngagement(practitioner.id(), requesterParty(request), serviceName(request.serviceCode()) + "：" + abbreviate(request.matter()),
						SOURCE_KIND, request.id(), context.today());
				yield assigned;
			}
			case SCREEN -> request.screen(context, rows.rules(), command.householdIncome(), command.householdSize(), command.caseType(),
					command.overrideReason());
			case RECORD_SESSION -> {
				List<LegalRequestEvent> recorded = request.recordSession(context, command.heldOn(), command.text());
				rows.addSession(request.id(), command.heldOn(), ((LegalRequestEvent.SessionRecorded) recorded.get(0)).text(), actor.displayName(),
						context.now());
				yield recorded;
			}
			case RECORD_AGREEMENT -> request.recordAgreement(context, command.mediationOutcome(), command.text(), command.judicialConfirmation());
			case CLOSE -> request.close(context, command.text());
			case RATE -> request.rate(context, command.rating(), command.text());
			case WITHDRAW -> {
				List<LegalRequestEvent> withdrawn = request.withdraw(context, command.text());
				Long freed = ((LegalRequestEvent.Withdrawn) withdrawn.get(0)).freedSlotId();
				if (freed != null) {
					rows.release(freed);
				}
				yield withdrawn;
			}
		};
		rows.save(request);
		record(request, happened, actor);
		search.index(request, pointName(request.pointId()), serviceName(request.serviceCode()));
		return details(rows.find(request.id()).orElseThrow(), scope);
	}

	/** Renders each event as its timeline entry, audit entry and notification. */
	private void record(LegalRequest request, List<LegalRequestEvent> happened, Actor actor) {
		Set<Long> staff = directory.point(request.pointId()).map(point -> Set.copyOf(point.staffAccountIds())).orElse(Set.of());
		Long practitionerAccount = request.practitionerId() == null ? null
				: directory.practitioner(request.practitionerId()).map(Practitioner::accountId).orElse(null);
		String label = request.ticket() + " " + serviceName(request.serviceCode());
		for (LegalRequestEvent event : happened) {
			long entryId = rows.appendEvent(request.id(), event, actor, times.now());
			events.publishEvent(RecordChanged.of(event.action(), TARGET, request.id(), label, event.changes()));
			Audience audience = event.audience(request, staff, practitionerAccount);
			if (!audience.isEmpty()) {
				events.publishEvent(new NotificationRequest("legal-request-event:" + entryId, Set.of(), audience.accountIds(), actor.accountId(),
						event.message(), List.of(request.ticket(), serviceName(request.serviceCode()), pointName(request.pointId())), event.text(),
						"/legal/requests/" + request.id()));
			}
		}
	}

	private Party requesterParty(LegalRequest request) {
		if (request.enterpriseId() != null) {
			Optional<EnterpriseSummary> enterprise = enterprises.find(request.enterpriseId());
			if (enterprise.isPresent()) {
				return new Party(enterprise.get().name(), enterprise.get().creditCode());
			}
		}
		return new Party(request.requesterName(), request.idNumber());
	}

	// ----- reading

	@Transactional(readOnly = true)
	public LegalRequestDetails details(long requestId, Actor actor) {
		LegalRequestAccess.Scope scope = access.scope(actor);
		LegalRequest request = rows.find(requestId).filter(scope::sees).orElseThrow(() -> new NotFoundException("legal-request", requestId));
		return details(request, scope);
	}

	private LegalRequestDetails details(LegalRequest request, LegalRequestAccess.Scope scope) {
		boolean shown = scope.handles(request);
		LegalRequest.Row r = request.row();
		Practitioner practitioner = r.practitionerId() == null ? null : directory.practitioner(r.practitionerId()).orElse(null);
		String enterpriseName = r.enterpriseId() == null ? null : enterprises.find(r.enterpriseId()).map(EnterpriseSummary::name).orElse(null);
		LegalRequestDetails.AidScreening screening = r.aidGranted() == null ? null
				: new LegalRequestDetails.AidScreening(shown ? r.aidIncome() : null, r.aidHouseholdSize(), r.aidCaseType(), Boolean.TRUE.equals(r.aidEligible()),
						r.aidReasons() == null ? List.of() : r.aidReasons(), r.aidOverrideReason(), Boolean.TRUE.equals(r.aidGranted()));
		return new LegalRequestDetails(r.id(), request.ticket(), r.pointId(), pointName(r.pointId()), r.serviceCode(), r.channel(), r.requesterKind(),
				r.enterpriseId(), enterpriseName, r.requesterName(), shown ? r.phone() : mask(Masks::phone, r.phone()),
				shown ? r.email() : mask(Masks::email, r.email()), r.emailVerified(), shown ? r.idNumber() : mask(RequestMasks::idNumber, r.idNumber()),
				shown ? r.address() : mask(RequestMasks::address, r.address()), r.matter(), r.status(), r.requestedAt(), r.calledAt(), r.closedAt(),
				request.daysOpen(times.now()), r.referralCount(), r.slotId() == null ? null : rows.slot(r.slotId()).orElse(null), r.practitionerId(),
				practitioner == null ? null : practitioner.name() + "（" + practitioner.providerName() + "）",
				rows.parties(r.id()).stream().map(party -> new LegalRequestDetails.RequestParty(party.name(),
						shown ? party.identifier() : mask(RequestMasks::idNumber, party.identifier()))).toList(),
				screening, rows.sessions(r.id()), r.mediationOutcome(), r.agreement(), r.judicialConfirmation(), r.outcome(), r.rating(),
				r.ratingComment(), r.createdByName(), shown, r.version(), rows.timeline(r.id()),
				LegalRequestLifecycle.actions(request, scope.sides(request)));
	}

	/** The filters of the list: all optional. */
	public record Filter(Long pointId, String serviceCode, LegalRequestStatus status, Long enterpriseId, String q) {
	}

	static final Map<String, String> SORTS = Map.of("requested", "r.requested_at", "ticket", "r.ticket_day, r.ticket_seq");

	/** The requests the actor sees, newest first; the phone masked whatever the reader. */
	@Transactional(readOnly = true)
	public Page<LegalRequestSummary> list(Filter filter, PageQuery page, Actor actor) {
		LegalRequestAccess.ListScope listScope = access.scope(actor).listScope();
		StringBuilder where = new StringBuilder(" WHERE true");
		Map<String, Object> params = new LinkedHashMap<>();
		if (listScope != null) {
			if (listScope.enterpriseId() != null) {
				where.append(" AND r.enterprise_id = :ownEnterprise");
				params.put("ownEnterprise", listScope.enterpriseId());
			}
			else {
				where.append(" AND (r.point_id = ANY (:points) OR r.practitioner_id = :practitioner)");
				params.put("points", listScope.pointIds().toArray(Long[]::new));
				params.put("practitioner", listScope.practitionerId() == null ? -1L : listScope.practitionerId());
			}
		}
		if (filter.pointId() != null) {
			where.append(" AND r.point_id = :point");
			params.put("point", filter.pointId());
		}
		if (filter.serviceCode() != null && !filter.serviceCode().isBlank()) {
			where.append(" AND r.service_code = :service");
			params.put("service", filter.serviceCode().strip());
		}
		if (filter.status() != null) {
			where.append(" AND r.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.enterpriseId() != null) {
			where.append(" AND r.enterprise_id = :enterprise");
			params.put("enterprise", filter.enterpriseId());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			where.append(" AND (r.requester_name ILIKE :q OR r.matter ILIKE :q OR to_char(r.ticket_day, 'YYYYMMDD') || '-' || lpad(r.ticket_seq::text, 3, '0') ILIKE :q)");
			params.put("q", "%" + Like.escape(filter.q().strip()) + "%");
		}
		long total = jdbc.sql("SELECT count(*) FROM legal_request r" + where).params(params).query(Long.class).single();
		String order = SORTS.getOrDefault(page.sortField(), "r.requested_at") + (page.ascending() ? " ASC" : " DESC") + ", r.id DESC";
		List<LegalRequestSummary> items = jdbc.sql(SUMMARY + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
			.params(params).param("limit", page.size()).param("offset", page.offset())
			.query((rs, n) -> summary(rs)).list();
		return new Page<>(items, page.page(), page.size(), total);
	}

	private static final String SUMMARY = """
			SELECT r.id, r.ticket_day, r.ticket_seq, r.point_id, r.service_code, r.channel, r.requester_kind, r.requester_name,
			       r.requester_phone, r.status, r.requested_at, r.practitioner_id,
			       (SELECT s.starts_at FROM legal_slot s WHERE s.id = r.slot_id) AS appointment_at
			FROM legal_request r""";

	private LegalRequestSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
		Long practitionerId = rs.getObject("practitioner_id", Long.class);
		return new LegalRequestSummary(rs.getLong("id"), LegalRequest.ticket(rs.getObject("ticket_day", LocalDate.class), rs.getInt("ticket_seq")),
				rs.getLong("point_id"), pointName(rs.getLong("point_id")), rs.getString("service_code"), RequestChannel.valueOf(rs.getString("channel")),
				RequesterKind.valueOf(rs.getString("requester_kind")), rs.getString("requester_name"), mask(Masks::phone, rs.getString("requester_phone")),
				LegalRequestStatus.valueOf(rs.getString("status")), org.luoshi.shared.database.Columns.instant(rs, "requested_at"),
				org.luoshi.shared.database.Columns.instant(rs, "appointment_at"),
				practitionerId == null ? null : directory.practitioner(practitionerId).map(Practitioner::name).orElse(null));
	}

	/** The counter's queue of one point: waiting tickets in order, today's appointments, those being served. */
	public record Queue(ServicePoint point, List<LegalRequestSummary> waiting, List<LegalRequestSummary> appointments,
			List<LegalRequestSummary> inService, List<LegalSlot> slots) {
	}

	/** The points whose counter the actor works: the office every active point, staff their own. */
	@Transactional(readOnly = true)
	public List<ServicePoint> counterPoints(Actor actor) {
		LegalRequestAccess.Scope scope = access.scope(actor);
		return directory.points(true).stream().filter(point -> scope.isOffice() || scope.staffs(point.id())).toList();
	}

	@Transactional(readOnly = true)
	public Queue queue(long pointId, Actor actor) {
		ServicePoint point = counterPoints(actor).stream().filter(found -> found.id() == pointId).findFirst()
			.orElseThrow(() -> new NotFoundException("legal-point", pointId));
		LocalDate today = times.today();
		Instant dayStart = today.atStartOfDay(times.zone()).toInstant();
		Instant dayEnd = today.plusDays(1).atStartOfDay(times.zone()).toInstant();
		List<LegalRequestSummary> waiting = jdbc.sql(SUMMARY + " WHERE r.point_id = ? AND r.status = 'WAITING' ORDER BY r.ticket_day, r.ticket_seq")
			.param(pointId).query((rs, n) -> summary(rs)).list();
		List<LegalRequestSummary> appointments = jdbc.sql(SUMMARY + """
				 JOIN legal_slot t ON t.id = r.slot_id
				WHERE r.point_id = ? AND r.status = 'SCHEDULED' AND t.starts_at >= ? AND t.starts_at < ? ORDER BY t.starts_at, r.id""")
			.params(pointId, java.sql.Timestamp.from(dayStart), java.sql.Timestamp.from(dayEnd)).query((rs, n) -> summary(rs)).list();
		List<LegalRequestSummary> inService = jdbc.sql(SUMMARY + " WHERE r.point_id = ? AND r.status = 'IN_SERVICE' ORDER BY r.called_at DESC LIMIT 20")
			.param(pointId).query((rs, n) -> summary(rs)).list();
		return new Queue(point, waiting, appointments, inService, rows.slots(pointId, dayStart, 40));
	}

	/** The next waiting ticket of the point, called: the first in order. {@code empty} when nobody waits. */
	public Optional<LegalRequestDetails> callNext(long pointId, Actor actor) {
		Queue queue = queue(pointId, actor);
		if (queue.waiting().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(take(queue.waiting().get(0).id(), TakeStep.of(LegalRequestStep.CALL), actor));
	}

	/** The point's slots still to come, for the appointment form: the point's staff, the office, or an enterprise. */
	@Transactional(readOnly = true)
	public List<LegalSlot> openSlots(long pointId) {
		return rows.slots(pointId, times.now(), 60).stream().filter(slot -> !slot.full()).toList();
	}

	/** A slot added by the point's staff or the office: in the future, with a capacity of 1–100. */
	public LegalSlot addSlot(long pointId, LocalDateTime startsAt, int minutes, int capacity, Actor actor) {
		LegalRequestAccess.Scope scope = access.scope(actor);
		if (!scope.isOffice() && !scope.staffs(pointId)) {
			throw new NotFoundException("legal-point", pointId);
		}
		List<Violation> violations = new ArrayList<>();
		if (startsAt == null) {
			violations.add(Violation.of("startsAt", "legal.request.slot.start.required"));
		}
		else if (!startsAt.atZone(times.zone()).toInstant().isAfter(times.now())) {
			violations.add(Violation.of("startsAt", "legal.request.slot.past"));
		}
		if (minutes < 10 || minutes > 480) {
			violations.add(Violation.of("minutes", "legal.request.slot.minutes.invalid"));
		}
		if (capacity < 1 || capacity > 100) {
			violations.add(Violation.of("capacity", "legal.request.slot.capacity.invalid"));
		}
		ValidationException.throwIfAny(violations);
		Instant start = startsAt.atZone(times.zone()).toInstant();
		if (rows.slotExists(pointId, start)) {
			throw new ValidationException(Violation.of("startsAt", "legal.request.slot.exists"));
		}
		long id = rows.addSlot(pointId, start, start.plusSeconds(60L * minutes), capacity);
		events.publishEvent(RecordChanged.of("legal.slot.added", "legal-slot", id, pointName(pointId) + " " + startsAt,
				org.luoshi.shared.Changes.of().created("startsAt", startsAt.toString()).created("capacity", String.valueOf(capacity))));
		return rows.slot(id).orElseThrow();
	}

	/** The legal-aid rules as they stand. */
	@Transactional(readOnly = true)
	public AidRulesView rules() {
		AidRules rules = rows.rules();
		return new AidRulesView(rules.incomeStandard(), List.copyOf(new java.util.TreeSet<>(rules.exemptCaseTypes())), AidRules.CASE_TYPES,
				rules.version());
	}

	public record AidRulesView(BigDecimal incomeStandard, List<String> exemptCaseTypes, List<String> caseTypes, int version) {
	}

	/** The justice bureau changes the rules: the standard (yuan per person per month) and the exempt case types. */
	public AidRulesView changeRules(BigDecimal standard, List<String> exempt, Integer version, Actor actor) {
		if (!actor.can(Permissions.LEGAL_MANAGE) || actor.isEnterprise()) {
			throw new AccessDeniedException(Permissions.LEGAL_MANAGE);
		}
		List<Violation> violations = new ArrayList<>();
		if (standard == null || standard.signum() <= 0 || standard.compareTo(new BigDecimal("100000")) >= 0) {
			violations.add(Violation.of("incomeStandard", "legal.request.aid.standard.invalid"));
		}
		List<String> types = exempt == null ? List.of() : exempt.stream().map(String::strip).distinct().toList();
		if (!AidRules.CASE_TYPES.containsAll(types)) {
			violations.add(Violation.of("exemptCaseTypes", "legal.request.aid.case-type.unknown"));
		}
		ValidationException.throwIfAny(violations);
		AidRules before = rows.rules();
		if (!rows.saveRules(standard, types, version == null ? before.version() : version)) {
			throw org.luoshi.shared.ConflictException.staleVersion();
		}
		events.publishEvent(RecordChanged.of("legal.aid-rules.changed", "legal-aid-rules", 1, "法律援助审查规则",
				org.luoshi.shared.Changes.of().field("incomeStandard", before.incomeStandard().toPlainString(), standard.toPlainString())
					.field("exemptCaseTypes", String.join(",", new java.util.TreeSet<>(before.exemptCaseTypes())),
							String.join(",", new java.util.TreeSet<>(types)))));
		return rules();
	}

	// ----- input

	private ServicePoint point(Long pointId, List<Violation> violations) {
		if (pointId == null) {
			violations.add(Violation.of("pointId", "legal.request.point.required"));
			return null;
		}
		ServicePoint point = directory.point(pointId).filter(ServicePoint::active).orElse(null);
		if (point == null) {
			violations.add(Violation.of("pointId", "legal.request.point.unknown"));
		}
		return point;
	}

	private LegalServiceType service(ServicePoint point, String code, List<Violation> violations) {
		if (code == null || code.isBlank()) {
			violations.add(Violation.of("serviceCode", "legal.request.service.required"));
			return null;
		}
		LegalServiceType service = directory.service(code.strip()).filter(LegalServiceType::active).orElse(null);
		if (service == null) {
			violations.add(Violation.of("serviceCode", "legal.request.service.unknown"));
		}
		else if (point != null && !point.offers(service.code())) {
			violations.add(Violation.of("serviceCode", "legal.request.service.not-offered", point.name(), service.name()));
		}
		return service;
	}

	private record Contact(String phone, String email, String idNumber, String address) {
	}

	private static Contact contact(String phone, String email, String idNumber, String address, List<Violation> violations) {
		String p = text(phone, "phone", 30, violations);
		ContactRules.phone(violations, "phone", p);
		String e = text(email, "email", ContactRules.MAX_EMAIL, violations);
		ContactRules.email(violations, "email", e);
		String id = idNumber == null || idNumber.isBlank() ? null : idNumber.strip().toUpperCase(Locale.ROOT);
		if (id != null && !ID_NUMBER.matcher(id).matches()) {
			violations.add(Violation.of("idNumber", "legal.request.id-number.invalid"));
		}
		return new Contact(p, e, id, text(address, "address", 200, violations));
	}

	private static List<PartyInput> parties(List<PartyInput> given, List<Violation> violations) {
		List<PartyInput> parties = new ArrayList<>();
		for (PartyInput party : given) {
			if (party == null || (party.name() == null || party.name().isBlank()) && (party.identifier() == null || party.identifier().isBlank())) {
				continue;
			}
			int index = parties.size();
			String name = text(party.name(), "parties[" + index + "].name", 100, violations);
			if (name == null) {
				violations.add(Violation.of("parties[" + index + "].name", "legal.request.party.name.required"));
			}
			String identifier = text(party.identifier(), "parties[" + index + "].identifier", 30, violations);
			parties.add(new PartyInput(name, identifier == null ? null : identifier.toUpperCase(Locale.ROOT)));
		}
		if (parties.size() > MAX_PARTIES) {
			violations.add(Violation.of("parties", "legal.request.parties.too-many", MAX_PARTIES));
		}
		return parties;
	}

	private static String text(String value, String field, int max, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			violations.add(Violation.of(field, "legal.request.text.too-long", max));
		}
		return text;
	}

	private static String mask(java.util.function.UnaryOperator<String> masker, String value) {
		return value == null || value.isBlank() ? null : masker.apply(value);
	}

	private static String abbreviate(String text) {
		return text.length() <= 60 ? text : text.substring(0, 59) + "…";
	}

	String pointName(long pointId) {
		return directory.point(pointId).map(ServicePoint::name).orElse(String.valueOf(pointId));
	}

	String serviceName(String code) {
		return directory.service(code).map(LegalServiceType::name).orElse(code);
	}
}
