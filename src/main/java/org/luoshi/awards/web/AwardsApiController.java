package org.luoshi.awards.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.luoshi.awards.internal.AwardCommands.AwardCampaignStepInput;
import org.luoshi.awards.internal.AwardCommands.CreateCampaign;
import org.luoshi.awards.internal.AwardCommands.EvidenceUpload;
import org.luoshi.awards.internal.AwardCommands.Nominate;
import org.luoshi.awards.internal.AwardCommands.AwardStepInput;
import org.luoshi.awards.internal.AwardQueries;
import org.luoshi.awards.internal.AwardService;
import org.luoshi.awards.internal.AwardViews.AwardCampaignView;
import org.luoshi.awards.internal.AwardViews.AwardEvidenceFileView;
import org.luoshi.awards.internal.AwardViews.AwardHonourView;
import org.luoshi.awards.internal.AwardViews.AwardNominationView;
import org.luoshi.awards.internal.AwardViews.AwardObjectionView;
import org.luoshi.awards.internal.AwardViews.AwardRankingPlace;
import org.luoshi.awards.internal.AwardViews.AwardReviewView;
import org.luoshi.awards.internal.Campaign;
import org.luoshi.awards.internal.CampaignLifecycle;
import org.luoshi.awards.internal.CertificatePrint;
import org.luoshi.awards.internal.Honour;
import org.luoshi.awards.internal.HonourLifecycle;
import org.luoshi.awards.internal.Nomination;
import org.luoshi.awards.internal.NominationLifecycle;
import org.luoshi.awards.internal.Objection;
import org.luoshi.awards.internal.ObjectionLifecycle;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.web.FileDownloads;
import org.luoshi.shared.web.StepNames;
import org.luoshi.shared.web.TypedNumbers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Awards and honours for API clients. */
@RestController
@RequestMapping("/api/v1/awards")
@Tag(name = "Awards", description = """
		Awards and honours (e.g. 青年文明号). Reading needs awards:read: campaigns and honours whole, nominations those whose \
		nominating or nominated unit the caller's scope reaches (the whole district: all). Units (awards:nominate) nominate \
		collectives of their own subtree, or an enterprise's by credit code; the awards office (awards:manage) runs the campaign's \
		rounds, answers objections and keeps the registry; reviewers (awards:review) score. A campaign declares the evidence each \
		nomination brings (items, required or not); the nominating unit attaches files to them while nominations are open, and \
		the office finds a nomination qualified only once every required item has a file. Objections are read by the awards \
		office only (with the objector's contact); the public files them on /public/awards/{id} during the notice. A step the \
		record's status or the campaign's round does not allow answers 409, one allowed but not for the caller 403, bad input 400 \
		with every problem and nothing changed — an ineligible nomination (each failed rule's reason), a score outside a \
		criterion's range, a reviewer scoring a nomination of their own unit.""")
@PreAuthorize("hasAuthority('awards:read')")
class AwardsApiController {

	private final AwardService awards;
	private final AwardQueries queries;
	private final CertificatePrint certificates;

	AwardsApiController(AwardService awards, AwardQueries queries, CertificatePrint certificates) {
		this.awards = awards;
		this.queries = queries;
		this.certificates = certificates;
	}

	// ----- campaigns

	@GetMapping("/campaigns")
	@Operation(summary = "The campaigns", description = "Newest year first, with their rules, criteria and rounds, and the steps the "
			+ "caller may take on each (`actions`).")
	List<AwardCampaignView> campaigns() {
		Actor actor = CurrentActor.get();
		return queries.campaigns(actor).stream().map(c -> view(c, actor)).toList();
	}

	@GetMapping("/campaigns/{id}")
	@Operation(summary = "One campaign", description = "With the steps the caller may take on it now (`actions`): the campaign's "
			+ "transition table for the caller's side, less the steps its data does not allow yet.")
	AwardCampaignView campaign(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		return view(queries.campaign(id, actor), actor);
	}

	@PostMapping("/campaigns")
	@PreAuthorize("hasAuthority('awards:manage')")
	@Operation(summary = "Create a campaign", description = "`level` DISTRICT|CITY|PROVINCE|NATIONAL; `evidence`: the items each "
			+ "nomination brings, `name` (unique, at most 100 characters) and `required`, at most 20; `rules` by kind (MIN_MEMBERS, "
			+ "MIN_SHARE_UNDER_35, MAX_AVERAGE_AGE, NO_REVOCATION_YEARS) with thresholds; `criteria` with `weight` adding up to 100 and "
			+ "`maxScore`; `rounds` with `kind` and dates; `tieRule` TOP_CRITERION|YOUNGER|EARLIER; `noticeDays` working days. 201.")
	ResponseEntity<AwardCampaignView> create(@RequestBody CreateCampaign request) {
		Actor actor = CurrentActor.get();
		Campaign created = awards.createCampaign(request, actor);
		return ResponseEntity.created(URI.create("/api/v1/awards/campaigns/" + created.id())).body(view(created, actor));
	}

	@org.springframework.web.bind.annotation.PutMapping("/campaigns/{id}")
	@PreAuthorize("hasAuthority('awards:manage')")
	@Operation(summary = "Edit a campaign", description = "The whole campaign, as for creating it, checked by the same rules (field names "
			+ "`evidence[i]`, `criteria[i]`, `rounds[i]`, `rules[KIND]` point at the entry). Only while nominations are open (409 after); "
			+ "the eligibility rules stay once a collective is nominated (400); an evidence item keeps its files by keeping its name, and "
			+ "one a file was attached to cannot be removed or renamed (400). `version` (optional): the version read, 409 if it changed since.")
	AwardCampaignView update(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestBody CreateCampaign request) {
		Actor actor = CurrentActor.get();
		return view(awards.updateCampaign(id, request, version, actor), actor);
	}

	@PostMapping("/campaigns/{id}/steps/{step}")
	@PreAuthorize("hasAuthority('awards:manage')")
	@Operation(summary = "Take a step of the campaign", description = "`close-nominations`; `reopen-nominations` (`text`: the reason; "
			+ "only while no nomination has been checked); `open-scoring` (every nomination checked); `confirm-ranking` (every "
			+ "qualified nomination scored: the ranking is computed, the first `places` proposed, the scores locked); `start-notice` "
			+ "(`on`: the first day, default today); `finalise` (the notice over and every objection answered; `on`: the day the "
			+ "results were published, default today). Editing is PUT /campaigns/{id}. A step the campaign's stage or data does not "
			+ "allow answers 409 with the reason, and changes nothing.")
	AwardCampaignView campaignStep(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) AwardCampaignStepInput request) {
		Actor actor = CurrentActor.get();
		return view(awards.takeCampaign(id, StepNames.parse(CampaignLifecycle.Step.class, step), request, actor), actor);
	}

	@PostMapping("/campaigns/{id}/rounds/confirm")
	@PreAuthorize("hasAuthority('awards:manage')")
	@Operation(summary = "Confirm the current round", description = "The step that confirms the stage's round: `close-nominations`, "
			+ "`open-scoring` or `confirm-ranking`. 409 while a nomination is unchecked or unscored, or in a stage without a round.")
	AwardCampaignView confirm(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		return view(awards.confirmRound(id, actor), actor);
	}

	public record AwardNoticeRequest(LocalDate from) {
	}

	@PostMapping("/campaigns/{id}/notice")
	@PreAuthorize("hasAuthority('awards:manage')")
	@Operation(summary = "Start the public notice", description = "The step `start-notice`: from `from` (default today) for the "
			+ "campaign's working days.")
	AwardCampaignView notice(@PathVariable long id, @RequestBody(required = false) AwardNoticeRequest request) {
		Actor actor = CurrentActor.get();
		return view(awards.startNotice(id, request == null ? null : request.from(), actor), actor);
	}

	@PostMapping("/campaigns/{id}/finalise")
	@PreAuthorize("hasAuthority('awards:manage')")
	@Operation(summary = "Publish the results", description = "The step `finalise`, today: once the notice is over and every "
			+ "objection answered; the proposed nominations are awarded and enter the registry.")
	AwardCampaignView finalise(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		return view(awards.finalise(id, actor), actor);
	}

	// ----- nominations

	@GetMapping("/nominations")
	@Operation(summary = "A campaign's nominations", description = "Those the caller may see, with the steps the caller may take.")
	List<AwardNominationView> nominations(@RequestParam long campaignId) {
		Actor actor = CurrentActor.get();
		Campaign campaign = queries.campaign(campaignId, actor);
		return queries.nominations(campaignId, actor).stream().map(n -> view(n, campaign, actor)).toList();
	}

	@GetMapping("/nominations/{id}")
	@Operation(summary = "One nomination")
	AwardNominationView nomination(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		Nomination n = queries.nomination(id, actor);
		return view(n, actor);
	}

	@PostMapping("/nominations")
	@PreAuthorize("hasAuthority('awards:nominate')")
	@Operation(summary = "Nominate a collective", description = "`campaignId`, `nominatingUnitId` (default: the root of the caller's "
			+ "scope), `subjectUnitId` (a unit of its subtree) or `creditCode` with `collectiveName`, `summary`, `evidence` (words about "
			+ "the materials) and `birthDates` (one per line: ages are computed and only the figures kept). 400 with each failed rule "
			+ "when ineligible. Evidence files follow through POST /nominations/{id}/evidence.")
	ResponseEntity<AwardNominationView> nominate(@RequestBody Nominate request) {
		Actor actor = CurrentActor.get();
		Nomination n = awards.nominate(request, actor);
		return ResponseEntity.created(URI.create("/api/v1/awards/nominations/" + n.id())).body(view(n, actor));
	}

	@PostMapping("/nominations/{id}/steps/{step}")
	@Operation(summary = "Take a step", description = "`withdraw` (`text` optional), `qualify` (400 naming each required evidence item "
			+ "without a file), `disqualify` (`text`), `drop` (`objectionId` of an upheld objection, `text`); reviewers' steps are under "
			+ "/reviews, evidence files under /evidence.")
	AwardNominationView step(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) AwardStepInput request) {
		Actor actor = CurrentActor.get();
		Nomination n = awards.take(id, StepNames.parse(NominationLifecycle.Step.class, step), request, actor);
		return view(n, actor);
	}

	// ----- evidence

	@PostMapping(path = "/nominations/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('awards:nominate')")
	@Operation(summary = "Attach an evidence file", description = "Parts `item` (the id of one of the campaign's evidence items) and "
			+ "`file`: a PDF, OFD, image (JPG, PNG, GIF) or Office document, recognised by its content, at most 10 MB, at most 20 files to a "
			+ "nomination. By the nominating unit, while the nomination is submitted and nominations are open (409 after). 201 with the "
			+ "file as stored; 400 with the reasons and nothing kept.")
	ResponseEntity<AwardEvidenceFileView> attachEvidence(@PathVariable long id, @RequestParam(value = "item", required = false) String item,
			@RequestPart(value = "file", required = false) MultipartFile file) throws IOException {
		Nomination.EvidenceFile stored = awards.attachEvidence(id, new EvidenceUpload(TypedNumbers.id(item),
				file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes()), CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/awards/nominations/" + id + "/evidence/" + stored.id()))
			.body(AwardEvidenceFileView.of(stored));
	}

	@GetMapping("/nominations/{id}/evidence/{fileId}")
	@Operation(summary = "Download an evidence file", description = "For whoever sees the nomination (404 otherwise): the bytes as "
			+ "uploaded, as an attachment, their SHA-256 in the `Repr-Digest` header.")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long fileId) {
		AwardQueries.EvidenceContent evidence = queries.evidence(id, fileId, CurrentActor.get());
		return FileDownloads.attachment(evidence.file().name(), evidence.file().sha256(), evidence.content());
	}

	@DeleteMapping("/nominations/{id}/evidence/{fileId}")
	@PreAuthorize("hasAuthority('awards:nominate')")
	@Operation(summary = "Remove an evidence file", description = "By the nominating unit, while the nomination is submitted and "
			+ "nominations are open (409 after). Answers the nomination with its checklist.")
	AwardNominationView removeEvidence(@PathVariable long id, @PathVariable long fileId) {
		Actor actor = CurrentActor.get();
		Nomination n = awards.removeEvidence(id, fileId, actor);
		return view(n, actor);
	}

	// ----- reviews

	@GetMapping("/reviews")
	@Operation(summary = "A campaign's ranking", description = "Totals (criterion means as a share of their maximum, times the weights, "
			+ "out of 100), places, and why a tie was ordered as it was (`tieNote`: `RULE|other collective`).")
	AwardReviewView reviews(@RequestParam long campaignId) {
		Actor actor = CurrentActor.get();
		Campaign campaign = queries.campaign(campaignId, actor);
		return new AwardReviewView(campaignId, campaign.stage(), campaign.tieRule(), queries.ranking(campaign, actor).stream()
			.map(p -> new AwardRankingPlace(p.rank(), p.nomination().id(), p.nomination().collectiveName(), p.total(), p.proposed(), p.note()))
			.toList());
	}

	public record ScoresRequest(Map<Long, BigDecimal> scores) {
	}

	@PostMapping("/reviews/{nominationId}/scores")
	@PreAuthorize("hasAuthority('awards:review')")
	@Operation(summary = "Score a nomination", description = "`scores`: criterion id → score within 0 and its maximum, every criterion "
			+ "at once, once per reviewer. 400 `awards.score.own-unit` for a nomination of the reviewer's own unit or subtree.")
	AwardNominationView score(@PathVariable long nominationId, @RequestBody ScoresRequest request) {
		Actor actor = CurrentActor.get();
		Nomination n = awards.take(nominationId, NominationLifecycle.Step.SCORE,
				new AwardStepInput(null, request == null ? Map.of() : request.scores(), null, null, null), actor);
		return view(n, actor);
	}

	public record RecusalRequest(String reason) {
	}

	@PostMapping("/reviews/{nominationId}/recusals")
	@PreAuthorize("hasAuthority('awards:review')")
	@Operation(summary = "Declare a recusal", description = "`reason`; before scoring.")
	AwardNominationView recuse(@PathVariable long nominationId, @RequestBody RecusalRequest request) {
		Actor actor = CurrentActor.get();
		Nomination n = awards.take(nominationId, NominationLifecycle.Step.DECLARE_RECUSAL, AwardStepInput.text(request == null ? null : request.reason()),
				actor);
		return view(n, actor);
	}

	// ----- objections

	@GetMapping("/objections")
	@PreAuthorize("hasAuthority('awards:manage')")
	@Operation(summary = "Objections", description = "Of one campaign (`campaignId`) or the latest 500; with the objector's contact.")
	List<AwardObjectionView> objections(@RequestParam(required = false) Long campaignId) {
		Actor actor = CurrentActor.get();
		List<Objection> found = campaignId == null ? queries.allObjections(actor) : queries.objections(campaignId, actor);
		return found.stream().map(o -> AwardObjectionView.of(o, queries.objectionActions(o, actor))).toList();
	}

	@GetMapping("/objections/{id}")
	@PreAuthorize("hasAuthority('awards:manage')")
	@Operation(summary = "One objection")
	AwardObjectionView objection(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		Objection o = queries.objection(id, actor);
		return AwardObjectionView.of(o, queries.objectionActions(o, actor));
	}

	@PostMapping("/objections/{id}/steps/{step}")
	@PreAuthorize("hasAuthority('awards:manage')")
	@Operation(summary = "Investigate or answer", description = "`investigate` (`text` optional), `answer` (`text`, `upheld`).")
	AwardObjectionView objectionStep(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) AwardStepInput request) {
		Actor actor = CurrentActor.get();
		Objection o = awards.takeObjection(id, StepNames.parse(ObjectionLifecycle.Step.class, step), request, actor);
		return AwardObjectionView.of(o, queries.objectionActions(o, actor));
	}

	// ----- honours

	@GetMapping("/honours")
	@Operation(summary = "The registry of honours", description = "Optionally of one unit (`unitId`) or enterprise (`enterpriseId`).")
	List<AwardHonourView> honours(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long enterpriseId) {
		Actor actor = CurrentActor.get();
		List<Honour> found = unitId != null ? queries.honoursOfUnit(unitId) : enterpriseId != null ? queries.honoursOfEnterprise(enterpriseId)
				: queries.honours();
		return found.stream().map(h -> AwardHonourView.of(h, queries.honourActions(h, actor))).toList();
	}

	@GetMapping("/honours/{id}")
	@Operation(summary = "One honour")
	AwardHonourView honour(@PathVariable long id) {
		Honour h = queries.honour(id);
		return AwardHonourView.of(h, queries.honourActions(h, CurrentActor.get()));
	}

	@GetMapping(value = "/honours/{id}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The honour's certificate (PDF)")
	ResponseEntity<byte[]> certificate(@PathVariable long id) {
		Honour h = queries.honour(id);
		return pdf(certificates.pdf(h, queries.campaign(h.campaignId(), CurrentActor.get())), h.number());
	}

	@PostMapping("/honours/{id}/steps/{step}")
	@PreAuthorize("hasAuthority('awards:manage')")
	@Operation(summary = "Re-review, downgrade or revoke", description = "`re-review` (`text` optional), `downgrade` (`level` lower, "
			+ "`text`), `revoke` (`text`).")
	AwardHonourView honourStep(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) AwardStepInput request) {
		Actor actor = CurrentActor.get();
		Honour h = awards.takeHonour(id, StepNames.parse(HonourLifecycle.Step.class, step), request, actor);
		return AwardHonourView.of(h, queries.honourActions(h, actor));
	}

	static ResponseEntity<byte[]> pdf(byte[] pdf, String number) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("certificate-" + number + ".pdf").build().toString())
			.body(pdf);
	}

	private AwardCampaignView view(Campaign campaign, Actor actor) {
		return AwardCampaignView.of(campaign, queries.campaignActions(campaign, actor));
	}

	/** A nomination alone, with its campaign read for it. */
	private AwardNominationView view(Nomination n, Actor actor) {
		return view(n, queries.campaign(n.campaignId(), actor), actor);
	}

	private AwardNominationView view(Nomination n, Campaign c, Actor actor) {
		return AwardNominationView.of(n, c, awards.actions(n, actor), queries.automaticallyRecused(n, actor));
	}
}
