package org.luoshi.enterprise.proposals.web;

import java.net.URI;
import java.util.List;

import org.luoshi.enterprise.proposals.OpinionActions;
import org.luoshi.enterprise.proposals.OpinionCommands.SubmitOpinion;
import org.luoshi.enterprise.proposals.OpinionCommands.TakeOpinionStep;
import org.luoshi.enterprise.proposals.OpinionDetails;
import org.luoshi.enterprise.proposals.OpinionManagement;
import org.luoshi.enterprise.proposals.OpinionStatus;
import org.luoshi.enterprise.proposals.OpinionStep;
import org.luoshi.enterprise.proposals.OpinionSummary;
import org.luoshi.enterprise.proposals.internal.ProposalQueries;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.web.StepNames;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/opinion-reports")
@Tag(name = "Public-opinion reports", description = """
		CPPCC public-opinion reports (社情民意信息). The proposal office sees all; proposal:read sees those forwarded to the \
		units of the caller's scope (all for the whole district); a member sees their own. Outside the caller's view: 404. \
		Steps through `POST /{id}/steps/{step}` as for proposals (409 status, 403 side, 400 input). Each report carries its 		`clock`: the office's limit for its next step in working days (`limit` EXAMINE from submission, FORWARD from 		adoption), `dueOn`, `workingDaysLeft`, `workingDaysOverdue`, `running`, `light` (GREEN, YELLOW, RED).""")
@PreAuthorize("hasAnyAuthority('proposal:read', 'proposal:submit', 'proposal:manage')")
class OpinionApiController {

	private final OpinionManagement opinions;
	private final ProposalQueries queries;

	OpinionApiController(OpinionManagement opinions, ProposalQueries queries) {
		this.opinions = opinions;
		this.queries = queries;
	}

	/** A step's input: EDIT takes `title`, `content`; FORWARD `recipients`, `unitIds`; the others `text`. */
	record OpinionStepRequest(String title, String content, String recipients, List<Long> unitIds, String text) {
	}

	@GetMapping
	@Operation(summary = "A page of the reports the caller sees", description = "Filters: `q` (title, text, reporter), `status` (an "
			+ "OpinionStatus). Newest first, each with its clock.")
	Page<OpinionSummary> list(@RequestParam(required = false) String q, @RequestParam(required = false) OpinionStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return queries.opinions(q, status, PageQuery.of(page, size, "submitted,desc", "submitted", java.util.Set.of("submitted")),
				CurrentActor.get());
	}

	@PostMapping
	@Operation(summary = "Submit a report", description = "`title`, `content`, `enterpriseIds`. 201 with Location.")
	ResponseEntity<OpinionDetails> submit(@RequestBody SubmitOpinion request) {
		OpinionDetails submitted = opinions.submit(request, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/opinion-reports/" + submitted.id())).body(submitted);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One report", description = "With its clock, its timeline, the leaders' instructions recorded and the caller's "
			+ "actions.")
	OpinionDetails opinion(@PathVariable long id) {
		return opinions.details(id, CurrentActor.get());
	}

	@GetMapping("/{id}/actions")
	@Operation(summary = "The steps the caller may take on the report now")
	OpinionActions actions(@PathVariable long id) {
		return opinions.details(id, CurrentActor.get()).actions();
	}

	@PostMapping("/{id}/steps/{step}")
	@Operation(summary = "Take a step", description = "`step` is an OpinionStep: EDIT (`title`, `content`), ADOPT, DECLINE (`text`), "
			+ "FORWARD (`recipients` and/or `unitIds`), RECORD_INSTRUCTION (`text`). REMIND_OFFICE is the daily follow-up's own: "
			+ "never in the actions, refused with 400 (`proposal.step.automatic`).")
	OpinionDetails step(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) OpinionStepRequest request) {
		OpinionStep taken = StepNames.parse(OpinionStep.class, step);
		OpinionStepRequest body = request == null ? new OpinionStepRequest(null, null, null, null, null) : request;
		return opinions.take(id, new TakeOpinionStep(taken, body.title(), body.content(), body.recipients(), body.unitIds(), body.text()),
				CurrentActor.get());
	}
}
