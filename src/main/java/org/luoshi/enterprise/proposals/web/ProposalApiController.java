package org.luoshi.enterprise.proposals.web;

import java.net.URI;
import java.util.List;

import org.luoshi.enterprise.proposals.AnswerCategory;
import org.luoshi.enterprise.proposals.Disposition;
import org.luoshi.enterprise.proposals.Evaluation;
import org.luoshi.enterprise.proposals.ProposalActions;
import org.luoshi.enterprise.proposals.ProposalCommands.SubmitProposal;
import org.luoshi.enterprise.proposals.ProposalCommands.TakeStep;
import org.luoshi.enterprise.proposals.ProposalDetails;
import org.luoshi.enterprise.proposals.ProposalManagement;
import org.luoshi.enterprise.proposals.ProposalStatus;
import org.luoshi.enterprise.proposals.ProposalStep;
import org.luoshi.enterprise.proposals.ProposalSummary;
import org.luoshi.enterprise.proposals.internal.ProposalQueries;
import org.luoshi.enterprise.proposals.internal.ProposalQueries.ProposalFilter;
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
@RequestMapping("/api/v1/proposals")
@Tag(name = "Proposals", description = """
		CPPCC proposals (提案). The proposal office (proposal:manage) sees all; proposal:read sees those assigned to the units \
		of the caller's scope (all for the whole district); a member sees their own and those they co-signed. A proposal \
		outside the caller's view answers 404, like one that does not exist. Every step goes through \
		`POST /{id}/steps/{step}`; `GET /{id}/actions` lists the steps the caller may take now — the same transition table \
		the service checks. A step the status does not allow answers 409, one allowed but not for the caller's side 403, \
		bad input 400 with every problem.""")
@PreAuthorize("hasAnyAuthority('proposal:read', 'proposal:submit', 'proposal:manage')")
class ProposalApiController {

	private final ProposalManagement proposals;
	private final ProposalQueries queries;

	ProposalApiController(ProposalManagement proposals, ProposalQueries queries) {
		this.proposals = proposals;
		this.queries = queries;
	}

	/** A step's input: what the step takes (see each step). */
	record ProposalStepRequest(Long unitId, List<Long> coUnitIds, Boolean approved, AnswerCategory category, Evaluation evaluation,
			Disposition disposition, String title, String reasons, String suggestions, String text) {
	}

	@GetMapping
	@Operation(summary = "A page of the proposals the caller sees", description = "Filters, all optional: `q` (words of the number, "
			+ "title, reasons or proposer), `status` (a ProposalStatus), `enterpriseId`, `view` (`mine`: waiting for the caller; "
			+ "`overdue`: assigned and past the due day). Newest first; paging as everywhere.")
	Page<ProposalSummary> list(@RequestParam(required = false) String q, @RequestParam(required = false) ProposalStatus status,
			@RequestParam(required = false) String view, @RequestParam(required = false) Long enterpriseId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		return queries.list(new ProposalFilter(q, status, enterpriseId, "overdue".equals(view), "mine".equals(view)),
				PageQuery.of(page, size, sort == null ? "submitted,desc" : sort, "submitted", ProposalQueries.SORTS.keySet()), CurrentActor.get());
	}

	@PostMapping
	@Operation(summary = "Submit a proposal", description = "A member (proposal:submit) or the office (proposal:manage): `title`, "
			+ "`reasons` (案由), `suggestions` (办法建议); `proposerName` for a group or sector, `coSigners` (members' login names), "
			+ "`enterpriseIds`. 201 with Location.")
	ResponseEntity<ProposalDetails> submit(@RequestBody SubmitProposal request) {
		ProposalDetails submitted = proposals.submit(request, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/proposals/" + submitted.id())).body(submitted);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One proposal", description = "With its due day and light, its timeline (every answer kept) and the caller's actions.")
	ProposalDetails proposal(@PathVariable long id) {
		return proposals.details(id, CurrentActor.get());
	}

	@GetMapping("/{id}/actions")
	@Operation(summary = "The steps the caller may take on the proposal now")
	ProposalActions actions(@PathVariable long id) {
		return proposals.details(id, CurrentActor.get()).actions();
	}

	@PostMapping("/{id}/steps/{step}")
	@Operation(summary = "Take a step", description = "`step` is a ProposalStep: REVISE (`title`, `reasons`, `suggestions`), WITHDRAW "
			+ "(`text`), ACCEPT, REJECT (`text`, `disposition`), RETURN_FOR_REVISION (`text`), ASSIGN (`unitId`, `coUnitIds`), "
			+ "REQUEST_ADJUSTMENT (`text`, `unitId` suggested), DECIDE_ADJUSTMENT (`approved`, with `unitId` and `coUnitIds` when "
			+ "granted; `text`), CONTRIBUTE (`text`), ANSWER (`category` A/B/C, `text`), REMIND (`text`), EVALUATE (`evaluation`; "
			+ "UNSATISFIED needs `text` and has it answered again; an accepted B answer goes to follow-up), REPORT_DONE (`text`), "
			+ "CONVERT_TO_OPINION.")
	ProposalDetails step(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) ProposalStepRequest request) {
		ProposalStep taken = StepNames.parse(ProposalStep.class, step);
		ProposalStepRequest body = request == null ? new ProposalStepRequest(null, null, null, null, null, null, null, null, null, null) : request;
		return proposals.take(id, new TakeStep(taken, body.unitId(), body.coUnitIds(), body.approved(), body.category(), body.evaluation(),
				body.disposition(), body.title(), body.reasons(), body.suggestions(), body.text()), CurrentActor.get());
	}
}
