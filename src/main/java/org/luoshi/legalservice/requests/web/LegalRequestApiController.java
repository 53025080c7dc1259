package org.luoshi.legalservice.requests.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.luoshi.legalservice.requests.LegalRequestActions;
import org.luoshi.legalservice.requests.LegalRequestCommands.NewRequest;
import org.luoshi.legalservice.requests.LegalRequestCommands.TakeStep;
import org.luoshi.legalservice.requests.LegalRequestDetails;
import org.luoshi.legalservice.requests.LegalRequestDetails.LegalSlot;
import org.luoshi.legalservice.requests.LegalRequestStatus;
import org.luoshi.legalservice.requests.LegalRequestStep;
import org.luoshi.legalservice.requests.LegalRequestSummary;
import org.luoshi.legalservice.requests.MediationOutcome;
import org.luoshi.legalservice.requests.internal.LegalRequestService;
import org.luoshi.legalservice.requests.internal.LegalRequestService.AidRulesView;
import org.luoshi.legalservice.requests.internal.LegalRequestService.Filter;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.web.StepNames;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/legal/requests")
@Tag(name = "Legal requests", description = """
		Requests for public legal services at the parks' points (一站式办理). The justice bureau (legal:manage) sees all; a \
		point's staff (legal:handle) the requests of the points whose staff list names them; a practitioner (legal:provide) \
		those assigned to them; an enterprise's own account (legal:request) its own. A request outside the caller's view \
		answers 404. Personal data (phone, e-mail, ID numbers, address) is in full only for those handling the request, \
		masked otherwise. Every step goes through `POST /{id}/steps/{step}` (or `/{id}/refer`, `/schedule`, `/assign`, \
		`/close` …); `GET /{id}/actions` lists the steps the caller may take now. A step the status does not allow answers \
		409, one not for the caller's side 403, bad input 400 with every problem, nothing changed.""")
@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle', 'legal:provide', 'legal:request')")
class LegalRequestApiController {

	private final LegalRequestService requests;

	LegalRequestApiController(LegalRequestService requests) {
		this.requests = requests;
	}

	/** A step's input: what the step takes (see each step). */
	record LegalStepRequest(String serviceCode, Long slotId, Long practitionerId, BigDecimal householdIncome, Integer householdSize, String caseType,
			String overrideReason, LocalDate heldOn, MediationOutcome mediationOutcome, String judicialConfirmation, Integer rating, String text) {
	}

	@GetMapping
	@Operation(summary = "A page of the requests the caller sees", description = "Filters, all optional: `pointId`, `serviceCode`, "
			+ "`status` (a LegalRequestStatus), `enterpriseId`, `q` (ticket, name or matter). Newest first; the phone masked.")
	Page<LegalRequestSummary> list(@RequestParam(required = false) Long pointId, @RequestParam(required = false) String serviceCode,
			@RequestParam(required = false) LegalRequestStatus status, @RequestParam(required = false) Long enterpriseId,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return requests.list(new Filter(pointId, serviceCode, status, enterpriseId, q),
				PageQuery.of(page, size, "requested,desc", "requested", java.util.Set.of("requested", "ticket")), CurrentActor.get());
	}

	@PostMapping
	@Operation(summary = "Make a request", description = "At the counter (a point's staff or the office; `requesterKind` ENTERPRISE with "
			+ "`enterpriseId`, EMPLOYEE or WALK_IN) or online by an enterprise's own account (for its enterprise). `parties`: the other "
			+ "parties for the conflict check. Gets the point's next ticket of the day. 201 with Location.")
	ResponseEntity<LegalRequestDetails> make(@RequestBody NewRequest request) {
		LegalRequestDetails made = requests.make(request, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/legal/requests/" + made.id())).body(made);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One request", description = "With its clock (days since it was made, kept across referrals), timeline and the caller's actions.")
	LegalRequestDetails request(@PathVariable long id) {
		return requests.details(id, CurrentActor.get());
	}

	@GetMapping("/{id}/actions")
	@Operation(summary = "The steps the caller may take on the request now")
	LegalRequestActions actions(@PathVariable long id) {
		return requests.details(id, CurrentActor.get()).actions();
	}

	@PostMapping({ "/{id}/steps/{step}", "/{id}/{step:call|refer|schedule|assign|screen|record-session|record-agreement|close|rate|withdraw}" })
	@Operation(summary = "Take a step", description = "`step` is a LegalRequestStep (lower case, `-` for `_`): CALL; REFER (`serviceCode`, "
			+ "`text`: to another service the point offers, the ticket and clock kept); SCHEDULE (`slotId`); ASSIGN (`practitionerId`: "
			+ "refused, with the reason, for a practitioner whose firm acted for another party); SCREEN (`householdIncome`, `householdSize`, "
			+ "`caseType`, `overrideReason` — required when the rules fail); RECORD_SESSION (`heldOn`, `text`); RECORD_AGREEMENT "
			+ "(`mediationOutcome`, `text` the agreement, `judicialConfirmation`); CLOSE (`text` the outcome); RATE (`rating` 1–5, `text`); "
			+ "WITHDRAW (`text`).")
	LegalRequestDetails step(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) LegalStepRequest request) {
		LegalRequestStep taken = StepNames.parse(LegalRequestStep.class, step);
		LegalStepRequest body = request == null ? new LegalStepRequest(null, null, null, null, null, null, null, null, null, null, null, null) : request;
		return requests.take(id, new TakeStep(taken, body.serviceCode(), body.slotId(), body.practitionerId(), body.householdIncome(),
				body.householdSize(), body.caseType(), body.overrideReason(), body.heldOn(), body.mediationOutcome(), body.judicialConfirmation(),
				body.rating(), body.text()), CurrentActor.get());
	}

	record LegalSlotRequest(LocalDateTime startsAt, Integer minutes, Integer capacity) {
	}

	@GetMapping("/slots")
	@Operation(summary = "A point's open appointment slots", description = "Slots still to come and not full, of `pointId`.")
	List<LegalSlot> slots(@RequestParam long pointId) {
		return requests.openSlots(pointId);
	}

	@PostMapping("/slots")
	@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle')")
	@Operation(summary = "Add an appointment slot (the point's staff or the office)", description = "`pointId`, `startsAt` (local time, "
			+ "in the future), `minutes` (10–480, default 30), `capacity` (1–100, default 1).")
	ResponseEntity<LegalSlot> addSlot(@RequestParam long pointId, @RequestBody LegalSlotRequest request) {
		LegalSlot slot = requests.addSlot(pointId, request.startsAt(), request.minutes() == null ? 30 : request.minutes(),
				request.capacity() == null ? 1 : request.capacity(), CurrentActor.get());
		return ResponseEntity.status(201).body(slot);
	}

	record AidRulesRequest(BigDecimal incomeStandard, List<String> exemptCaseTypes, Integer version) {
	}

	@GetMapping("/aid-rules")
	@Operation(summary = "The legal-aid screening rules", description = "The local income standard per person per month, the case types "
			+ "exempt from the means test, every case type known.")
	AidRulesView rules() {
		return requests.rules();
	}

	@PutMapping("/aid-rules")
	@PreAuthorize("hasAuthority('legal:manage')")
	@Operation(summary = "Change the legal-aid rules (the justice bureau)", description = "`version` as read: 409 when someone changed them since.")
	AidRulesView changeRules(@RequestBody AidRulesRequest request) {
		return requests.changeRules(request.incomeStandard(), request.exemptCaseTypes(), request.version(), CurrentActor.get());
	}
}
