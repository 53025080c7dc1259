package org.luoshi.awards.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.awards.internal.AwardCommands.AwardCampaignStepInput;
import org.luoshi.awards.internal.AwardCommands.EvidenceUpload;
import org.luoshi.awards.internal.AwardCommands.Nominate;
import org.luoshi.awards.internal.AwardCommands.AwardStepInput;
import org.luoshi.awards.internal.AwardQueries;
import org.luoshi.awards.internal.AwardService;
import org.luoshi.awards.internal.Campaign;
import org.luoshi.awards.internal.CampaignLifecycle;
import org.luoshi.awards.internal.CertificatePrint;
import org.luoshi.awards.internal.EvidenceFiles;
import org.luoshi.awards.internal.Honour;
import org.luoshi.awards.internal.HonourLifecycle;
import org.luoshi.awards.internal.Nomination;
import org.luoshi.awards.internal.NominationLifecycle;
import org.luoshi.awards.internal.Objection;
import org.luoshi.awards.internal.ObjectionLifecycle;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.FileDownloads;
import org.luoshi.shared.web.StepNames;
import org.luoshi.shared.web.TypedNumbers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The awards for staff: the campaigns; a campaign's page (rules, criteria, rounds, the nominations one may see, the
 * ranking with its tie notes, the office's round buttons, the objections); the nomination form with its eligibility
 * reasons and evidence files; a nomination's page with its evidence checklist and the steps the table offers (attach
 * and remove files, withdraw, qualify, recuse, score each criterion, drop) and its files' downloads;
 * an objection's page; the registry and an honour's page with its certificate. Each step a small form.
 */
@Controller
@RequestMapping("/awards")
@PreAuthorize("hasAuthority('awards:read')")
class AwardsController {

	private final AwardService awards;
	private final AwardQueries queries;
	private final OrganizationDirectory organization;
	private final CertificatePrint certificates;

	AwardsController(AwardService awards, AwardQueries queries, OrganizationDirectory organization, CertificatePrint certificates) {
		this.awards = awards;
		this.queries = queries;
		this.organization = organization;
		this.certificates = certificates;
	}

	/** The nomination form as typed. */
	record NominateForm(String nominatingUnitId, String subjectUnitId, String creditCode, String collectiveName, String summary, String evidence,
			String birthDates) {

		Nominate command(long campaignId) {
			return new Nominate(campaignId, TypedNumbers.id(nominatingUnitId), TypedNumbers.id(subjectUnitId), creditCode, collectiveName, summary,
					evidence, birthDates);
		}
	}

	@GetMapping({ "", "/campaigns" })
	String campaigns(Model model) {
		model.addAttribute("campaigns", queries.campaigns(CurrentActor.get()));
		model.addAttribute("manages", CurrentActor.get().can(Permissions.AWARDS_MANAGE));
		return "awards/campaigns";
	}

	@GetMapping("/campaigns/{id}")
	String campaign(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		Campaign campaign = queries.campaign(id, actor);
		model.addAttribute("campaign", campaign);
		model.addAttribute("nominations", queries.nominations(id, actor));
		model.addAttribute("ranking", queries.ranking(campaign, actor));
		model.addAttribute("objections", queries.objections(id, actor));
		model.addAttribute("timeline", queries.campaignTimeline(id));
		model.addAttribute("actions", queries.campaignActions(campaign, actor));
		model.addAttribute("manages", actor.can(Permissions.AWARDS_MANAGE));
		model.addAttribute("nominates", actor.can(Permissions.AWARDS_NOMINATE) && campaign.stage() == Campaign.Stage.NOMINATION);
		model.addAttribute("unitNames", organization.uniqueUnitNames(null));
		return "awards/campaign";
	}

	@GetMapping("/campaigns/new")
	@PreAuthorize("hasAuthority('awards:manage')")
	String newCampaign(Model model) {
		model.addAttribute("form", CampaignForm.blank(java.time.Year.now().getValue()));
		return campaignForm(null, model);
	}

	@PostMapping("/campaigns/new")
	@PreAuthorize("hasAuthority('awards:manage')")
	String createCampaign(@RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
		CampaignForm form = CampaignForm.read(typed);
		try {
			Campaign created = awards.createCampaign(form.command(), CurrentActor.get());
			redirect.addFlashAttribute("done", "awards.done.campaign-saved");
			return "redirect:/awards/campaigns/" + created.id();
		}
		catch (ValidationException e) {
			model.addAttribute("form", form.padded());
			model.addAttribute("fieldProblems", byField(e.violations()));
			return campaignForm(null, model);
		}
	}

	@GetMapping("/campaigns/{id}/edit")
	@PreAuthorize("hasAuthority('awards:manage')")
	String editCampaign(@PathVariable long id, Model model) {
		Campaign campaign = queries.campaign(id, CurrentActor.get());
		model.addAttribute("form", CampaignForm.of(campaign));
		return campaignForm(campaign, model);
	}

	@PostMapping("/campaigns/{id}/edit")
	@PreAuthorize("hasAuthority('awards:manage')")
	String updateCampaign(@PathVariable long id, @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		CampaignForm form = CampaignForm.read(typed);
		try {
			awards.updateCampaign(id, form.command(), form.typedVersion(), actor);
			redirect.addFlashAttribute("done", "awards.done.campaign-saved");
			return "redirect:/awards/campaigns/" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("fieldProblems", byField(e.violations()));
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		model.addAttribute("form", form.padded());
		return campaignForm(queries.campaign(id, actor), model);
	}

	private String campaignForm(Campaign campaign, Model model) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("units", organization.uniqueUnitNames(null));
		model.addAttribute("levels", List.of(Campaign.Level.values()));
		model.addAttribute("tieRules", List.of(Campaign.TieRule.values()));
		model.addAttribute("ruleKinds", List.of(Campaign.RuleKind.values()));
		model.addAttribute("roundKinds", List.of(Campaign.RoundKind.values()));
		if (!model.containsAttribute("fieldProblems")) {
			model.addAttribute("fieldProblems", Map.of());
		}
		return "awards/campaign-form";
	}

	/** The service's violations by the field they concern, for the form to show each beside its field. */
	static Map<String, List<org.luoshi.shared.Violation>> byField(List<org.luoshi.shared.Violation> violations) {
		Map<String, List<org.luoshi.shared.Violation>> byField = new LinkedHashMap<>();
		for (org.luoshi.shared.Violation v : violations) {
			byField.computeIfAbsent(v.field() == null ? "" : v.field(), k -> new java.util.ArrayList<>()).add(v);
		}
		return byField;
	}

	/** One of the campaign's steps, offered on its page as the table allows ({@code text}: a reason; {@code on}: a day). */
	@PostMapping("/campaigns/{id}/steps/{step}")
	@PreAuthorize("hasAuthority('awards:manage')")
	String campaignStep(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String text,
			@RequestParam(required = false) String on, Model model, RedirectAttributes redirect) {
		CampaignLifecycle.Step taken = StepNames.parse(CampaignLifecycle.Step.class, step);
		LocalDate day = date(on);
		if (day == null && on != null && !on.isBlank()) {
			model.addAttribute("problems", List.of(org.luoshi.shared.Violation.of("on", "awards.date.invalid")));
			return campaign(id, model);
		}
		try {
			awards.takeCampaign(id, taken, new AwardCampaignStepInput(text, day), CurrentActor.get());
			redirect.addFlashAttribute("doneStep", "awards.campaign.step." + taken.name());
			return "redirect:/awards/campaigns/" + id;
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
			return campaign(id, model);
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			return campaign(id, model);
		}
	}

	@GetMapping("/campaigns/{id}/nominate")
	@PreAuthorize("hasAuthority('awards:nominate')")
	String nominateForm(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("campaign", queries.campaign(id, actor));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NominateForm(actor.scopeUnitId() == null || actor.seesWholeDistrict() ? null : String.valueOf(actor.scopeUnitId()),
					null, null, null, null, null, null));
		}
		if (!model.containsAttribute("fieldProblems")) {
			model.addAttribute("fieldProblems", Map.of());
		}
		model.addAttribute("units", organization.uniqueUnitNames(actor.seesWholeDistrict() ? null : actor.scopeUnitId()));
		evidenceLimits(model);
		return "awards/nominate";
	}

	/**
	 * The nomination with the evidence files chosen on the form, one file input per item of the campaign ({@code file-<itemId>},
	 * several files each). A refused form comes back with what was typed; files cannot be put back into a file input, so
	 * the page asks for them again.
	 */
	@PostMapping("/campaigns/{id}/nominate")
	@PreAuthorize("hasAuthority('awards:nominate')")
	String nominate(@PathVariable long id, NominateForm form, @RequestParam MultiValueMap<String, MultipartFile> files, Model model,
			RedirectAttributes redirect) throws IOException {
		List<EvidenceUpload> uploads = uploads(files);
		try {
			Nomination nomination = awards.nominate(form.command(id), uploads, CurrentActor.get());
			redirect.addFlashAttribute("done", "awards.done.nominated");
			return "redirect:/awards/nominations/" + nomination.id();
		}
		catch (ValidationException e) {
			// A file's problem shows beside its item's input, the others above the form.
			List<org.luoshi.shared.Violation> byFile = e.violations().stream().filter(v -> v.field() != null && v.field().startsWith("file-")).toList();
			List<org.luoshi.shared.Violation> others = e.violations().stream().filter(v -> !byFile.contains(v)).toList();
			if (!others.isEmpty()) {
				model.addAttribute("problems", others);
			}
			model.addAttribute("fieldProblems", byField(byFile));
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		model.addAttribute("form", form);
		model.addAttribute("filesToChooseAgain", !uploads.isEmpty());
		return nominateForm(id, model);
	}

	/** The files of the inputs {@code file-<itemId>}; an input left empty sends a part without a name or bytes, not a file. */
	private static List<EvidenceUpload> uploads(MultiValueMap<String, MultipartFile> files) throws IOException {
		List<EvidenceUpload> uploads = new java.util.ArrayList<>();
		for (Map.Entry<String, List<MultipartFile>> input : files.entrySet()) {
			if (!input.getKey().startsWith("file-")) {
				continue;
			}
			Long itemId = TypedNumbers.id(input.getKey().substring("file-".length()));
			for (MultipartFile file : input.getValue()) {
				if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
					uploads.add(new EvidenceUpload(itemId, file.getOriginalFilename(), file.getBytes()));
				}
			}
		}
		return uploads;
	}

	@GetMapping("/nominations/{id}")
	String nomination(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		Nomination nomination = queries.nomination(id, actor);
		Campaign campaign = queries.campaign(nomination.campaignId(), actor);
		model.addAttribute("nomination", nomination);
		model.addAttribute("campaign", campaign);
		model.addAttribute("actions", awards.actions(nomination, actor).stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("recused", queries.automaticallyRecused(nomination, actor));
		model.addAttribute("reasons", nomination.reasons());
		model.addAttribute("total", nomination.storedTotal() != null ? nomination.storedTotal() : nomination.total(campaign));
		model.addAttribute("seesScores", actor.can(Permissions.AWARDS_MANAGE));
		model.addAttribute("timeline", queries.nominationTimeline(id));
		model.addAttribute("objections", queries.objections(campaign.id(), actor).stream().filter(o -> o.nominationId() == id).toList());
		model.addAttribute("unitNames", organization.uniqueUnitNames(null));
		model.addAttribute("checklist", nomination.checklist(campaign));
		model.addAttribute("missing", nomination.missingEvidence(campaign).stream().map(Campaign.EvidenceItem::name).toList());
		evidenceLimits(model);
		queries.honourOfNomination(id).ifPresent(h -> model.addAttribute("honour", h));
		return "awards/nomination";
	}

	private static void evidenceLimits(Model model) {
		model.addAttribute("evidenceMegabytes", EvidenceFiles.MAX_MEGABYTES);
		model.addAttribute("evidenceMaxFiles", EvidenceFiles.MAX_FILES);
		model.addAttribute("evidenceAccept", "." + EvidenceFiles.extensions(",."));
	}

	/** ATTACH_EVIDENCE: one file for one item of the campaign, along the nomination's command path. */
	@PostMapping("/nominations/{id}/evidence")
	@PreAuthorize("hasAuthority('awards:nominate')")
	String attachEvidence(@PathVariable long id, @RequestParam(required = false) String item,
			@RequestParam(value = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
		EvidenceUpload upload = new EvidenceUpload(TypedNumbers.id(item), file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes());
		return evidenceStep(id, NominationLifecycle.Step.ATTACH_EVIDENCE, Map.of("item", item == null ? "" : item), model, redirect,
				() -> awards.attachEvidence(id, upload, CurrentActor.get()));
	}

	/** REMOVE_EVIDENCE: one of the nomination's files. */
	@PostMapping("/nominations/{id}/evidence/{fileId}/remove")
	@PreAuthorize("hasAuthority('awards:nominate')")
	String removeEvidence(@PathVariable long id, @PathVariable long fileId, Model model, RedirectAttributes redirect) {
		return evidenceStep(id, NominationLifecycle.Step.REMOVE_EVIDENCE, Map.of(), model, redirect,
				() -> awards.removeEvidence(id, fileId, CurrentActor.get()));
	}

	private String evidenceStep(long id, NominationLifecycle.Step step, Map<String, String> typed, Model model, RedirectAttributes redirect,
			Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute("doneStep", "awards.nomination.step." + step.name());
			return "redirect:/awards/nominations/" + id + "#nomination-evidence";
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			model.addAttribute("typed", typed);
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		return nomination(id, model);
	}

	/** A file of a nomination one sees, as a download; any other is not found. */
	@GetMapping("/nominations/{id}/evidence/{fileId}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long fileId) {
		AwardQueries.EvidenceContent evidence = queries.evidence(id, fileId, CurrentActor.get());
		return FileDownloads.attachment(evidence.file().name(), evidence.file().sha256(), evidence.content());
	}

	@PostMapping("/nominations/{id}/steps/{step}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		NominationLifecycle.Step taken = StepNames.parse(NominationLifecycle.Step.class, step);
		Map<Long, BigDecimal> scores = new LinkedHashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith("score-")) {
				Long criterion = TypedNumbers.id(key.substring(6));
				if (criterion != null) {
					scores.put(criterion, decimal(value));
				}
			}
		});
		try {
			awards.take(id, taken, new AwardStepInput(form.get("text"), scores, TypedNumbers.id(form.get("objectionId")), null, null), CurrentActor.get());
			redirect.addFlashAttribute("doneStep", "awards.nomination.step." + taken.name());
			return "redirect:/awards/nominations/" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			model.addAttribute("typed", form);
			return nomination(id, model);
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
			return nomination(id, model);
		}
	}

	@GetMapping("/objections")
	@PreAuthorize("hasAuthority('awards:manage')")
	String objections(Model model) {
		model.addAttribute("objections", queries.allObjections(CurrentActor.get()));
		return "awards/objections";
	}

	@GetMapping("/objections/{id}")
	@PreAuthorize("hasAuthority('awards:manage')")
	String objection(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		Objection objection = queries.objection(id, actor);
		model.addAttribute("objection", objection);
		model.addAttribute("campaign", queries.campaign(objection.campaignId(), actor));
		model.addAttribute("actions", queries.objectionActions(objection, actor).stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("timeline", queries.objectionTimeline(id));
		return "awards/objection";
	}

	@PostMapping("/objections/{id}/steps/{step}")
	@PreAuthorize("hasAuthority('awards:manage')")
	String objectionStep(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String text,
			@RequestParam(required = false) String upheld, Model model, RedirectAttributes redirect) {
		ObjectionLifecycle.Step taken = StepNames.parse(ObjectionLifecycle.Step.class, step);
		try {
			awards.takeObjection(id, taken, new AwardStepInput(text, Map.of(), null, upheld == null || upheld.isBlank() ? null : "true".equals(upheld), null),
					CurrentActor.get());
			redirect.addFlashAttribute("doneStep", "awards.objection.step." + taken.name());
			return "redirect:/awards/objections/" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			return objection(id, model);
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
			return objection(id, model);
		}
	}

	@GetMapping("/honours")
	String honours(@RequestParam(required = false) String unitId, Model model) {
		Long unit = TypedNumbers.id(unitId);
		model.addAttribute("honours", unit == null ? queries.honours() : queries.honoursOfUnit(unit));
		model.addAttribute("unitNames", organization.uniqueUnitNames(null));
		model.addAttribute("unit", unit == null ? null : organization.findUnit(unit).orElse(null));
		return "awards/honours";
	}

	/** A unit's honours, for its page in the organization (loaded there by address). */
	@GetMapping("/units/{unitId}/honours")
	String unitHonours(@PathVariable long unitId, Model model) {
		model.addAttribute("honours", queries.honoursOfUnit(unitId));
		return "awards/unit-honours :: honours";
	}

	@GetMapping("/honours/{id}")
	String honour(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		Honour honour = queries.honour(id);
		model.addAttribute("honour", honour);
		model.addAttribute("actions", queries.honourActions(honour, actor).stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("timeline", queries.honourTimeline(id));
		model.addAttribute("levels", List.of(Campaign.Level.values()));
		return "awards/honour";
	}

	@GetMapping("/honours/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long id) {
		Honour honour = queries.honour(id);
		return AwardsApiController.pdf(certificates.pdf(honour, queries.campaign(honour.campaignId(), CurrentActor.get())), honour.number());
	}

	@PostMapping("/honours/{id}/steps/{step}")
	@PreAuthorize("hasAuthority('awards:manage')")
	String honourStep(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String text,
			@RequestParam(required = false) String level, Model model, RedirectAttributes redirect) {
		HonourLifecycle.Step taken = StepNames.parse(HonourLifecycle.Step.class, step);
		Campaign.Level chosen = level == null ? null : java.util.Arrays.stream(Campaign.Level.values()).filter(l -> l.name().equals(level)).findFirst()
			.orElse(null);
		try {
			awards.takeHonour(id, taken, new AwardStepInput(text, Map.of(), null, null, chosen), CurrentActor.get());
			redirect.addFlashAttribute("doneStep", "awards.honour.step." + taken.name());
			return "redirect:/awards/honours/" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			return honour(id, model);
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
			return honour(id, model);
		}
	}

	static BigDecimal decimal(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(typed.strip());
		}
		catch (NumberFormatException e) {
			return BigDecimal.valueOf(-1);
		}
	}

	static LocalDate date(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	static Set<String> names(Set<? extends Enum<?>> steps) {
		return steps.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
	}
}
