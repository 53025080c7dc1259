package org.luoshi.enterprise.proposals.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.proposals.AnswerCategory;
import org.luoshi.enterprise.proposals.Disposition;
import org.luoshi.enterprise.proposals.Evaluation;
import org.luoshi.enterprise.proposals.OpinionCommands.SubmitOpinion;
import org.luoshi.enterprise.proposals.OpinionCommands.TakeOpinionStep;
import org.luoshi.enterprise.proposals.OpinionDetails;
import org.luoshi.enterprise.proposals.OpinionManagement;
import org.luoshi.enterprise.proposals.OpinionStatus;
import org.luoshi.enterprise.proposals.OpinionStep;
import org.luoshi.enterprise.proposals.ProposalCommands.SubmitProposal;
import org.luoshi.enterprise.proposals.ProposalCommands.TakeStep;
import org.luoshi.enterprise.proposals.ProposalDetails;
import org.luoshi.enterprise.proposals.ProposalManagement;
import org.luoshi.enterprise.proposals.ProposalStatus;
import org.luoshi.enterprise.proposals.ProposalStep;
import org.luoshi.enterprise.proposals.ProposalTimelineEntry;
import org.luoshi.enterprise.proposals.internal.ProposalQueries;
import org.luoshi.enterprise.proposals.internal.ProposalQueries.ProposalFilter;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.web.TypedNumbers;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.StepNames;
import org.luoshi.shared.web.StepPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The proposal desk's pages: the list (with "waiting for me" and "overdue"), submitting a proposal, a proposal's page —
 * its record, its due day and light, its timeline, and the steps the reader may take now (the transition table's), each
 * a small form — and the public-opinion reports' list, form and page. A step taken redirects back with a message;
 * refused, the page shows again with the reasons and what was typed kept.
 */
@Controller
@RequestMapping("/proposals")
@PreAuthorize("hasAnyAuthority('proposal:read', 'proposal:submit', 'proposal:manage')")
class ProposalController {

	private final ProposalManagement proposals;
	private final OpinionManagement opinions;
	private final ProposalQueries queries;
	private final EnterpriseDirectory enterprises;
	private final OrganizationDirectory organization;

	ProposalController(ProposalManagement proposals, OpinionManagement opinions, ProposalQueries queries, EnterpriseDirectory enterprises,
			OrganizationDirectory organization) {
		this.proposals = proposals;
		this.opinions = opinions;
		this.queries = queries;
		this.enterprises = enterprises;
		this.organization = organization;
	}

	/** The proposal form as typed: enterprises by name or credit code and co-signers by login name, one a line or comma. */
	record ProposalForm(String title, String reasons, String suggestions, String proposerName, String coSigners, String enterprises) {

		static ProposalForm blank() {
			return new ProposalForm(null, null, null, null, null, null);
		}
	}

	/** A step's form as typed. */
	record StepForm(String unitId, List<String> coUnitIds, String approved, String category, String evaluation, String disposition,
			String title, String reasons, String suggestions, String text) {

		static StepForm blank() {
			return new StepForm(null, List.of(), null, null, null, null, null, null, null, null);
		}

		TakeStep command(ProposalStep step) {
			return new TakeStep(step, TypedNumbers.id(unitId), coUnitIds == null ? List.of() : coUnitIds.stream().map(TypedNumbers::id).toList(),
					approved == null || approved.isBlank() ? null : Boolean.valueOf(approved), parse(AnswerCategory.class, category, "category"),
					parse(Evaluation.class, evaluation, "evaluation"), parse(Disposition.class, disposition, "disposition"), title, reasons,
					suggestions, text);
		}
	}

	record OpinionForm(String title, String content, String enterprises) {
	}

	record OpinionStepForm(String title, String content, String recipients, List<String> unitIds, String text) {

		TakeOpinionStep command(OpinionStep step) {
			return new TakeOpinionStep(step, title, content, recipients,
					unitIds == null ? List.of() : unitIds.stream().map(TypedNumbers::id).toList(), text);
		}
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String view, @RequestParam(required = false) Integer page, Model model) {
		Actor actor = CurrentActor.get();
		ProposalStatus chosen = parseQuietly(ProposalStatus.class, status);
		ProposalFilter filter = new ProposalFilter(q, chosen, null, "overdue".equals(view), "mine".equals(view));
		model.addAttribute("proposals", queries.list(filter, PageQuery.of(page == null || page < 0 ? 0 : page, null, "submitted,desc",
				"submitted", java.util.Set.of("submitted")), actor));
		model.addAttribute("q", q);
		model.addAttribute("status", chosen);
		model.addAttribute("view", view == null ? "" : view);
		model.addAttribute("statuses", ProposalStatus.values());
		model.addAttribute("maySubmit", maySubmit(actor));
		return "proposals/list";
	}

	@GetMapping("/new")
	String form(Model model) {
		model.addAttribute("form", ProposalForm.blank());
		return "proposals/form";
	}

	@PostMapping("/new")
	String submit(ProposalForm form, Model model, RedirectAttributes redirect) {
		try {
			ProposalDetails submitted = proposals.submit(new SubmitProposal(form.title(), form.reasons(), form.suggestions(), form.proposerName(),
					words(form.coSigners()), enterprisesNamed(form.enterprises())), CurrentActor.get());
			redirect.addFlashAttribute("flash", "proposal.done.submitted");
			return "redirect:/proposals/" + submitted.id();
		}
		catch (ValidationException e) {
			model.addAttribute("form", form);
			model.addAttribute("problems", e.violations());
			return "proposals/form";
		}
	}

	@GetMapping("/{id}")
	String page(@PathVariable long id, Model model) {
		ProposalDetails proposal = proposals.details(id, CurrentActor.get());
		model.addAttribute("proposal", proposal);
		List<ProposalTimelineEntry> newestFirst = new ArrayList<>(proposal.timeline());
		Collections.reverse(newestFirst);
		model.addAttribute("timeline", newestFirst);
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", StepForm.blank());
		}
		boolean choosesUnits = proposal.actions().can("ASSIGN") || proposal.actions().can("DECIDE_ADJUSTMENT")
				|| proposal.actions().can("REQUEST_ADJUSTMENT");
		model.addAttribute("units", choosesUnits ? units() : List.of());
		model.addAttribute("categories", AnswerCategory.values());
		model.addAttribute("evaluations", Evaluation.values());
		model.addAttribute("dispositions", Disposition.values());
		return "proposals/proposal";
	}

	@PostMapping("/{id}/steps/{step}")
	String step(@PathVariable long id, @PathVariable String step, StepForm form, Model model, RedirectAttributes redirect) {
		ProposalStep taken = StepNames.parse(ProposalStep.class, step);
		return StepPage.take(taken, form, () -> proposals.take(id, form.command(taken), CurrentActor.get()), "proposal.done." + taken.name(), "/proposals/" + id, model, redirect, () -> page(id, model));
	}

	// ----- public-opinion reports

	@GetMapping("/opinions")
	String opinions(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, Model model) {
		Actor actor = CurrentActor.get();
		OpinionStatus chosen = parseQuietly(OpinionStatus.class, status);
		model.addAttribute("opinions", queries.opinions(q, chosen, PageQuery.of(page == null || page < 0 ? 0 : page, null, "submitted,desc",
				"submitted", java.util.Set.of("submitted")), actor));
		model.addAttribute("q", q);
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", OpinionStatus.values());
		model.addAttribute("maySubmit", maySubmit(actor));
		return "proposals/opinions";
	}

	@GetMapping("/opinions/new")
	String opinionForm(Model model) {
		model.addAttribute("form", new OpinionForm(null, null, null));
		return "proposals/opinion-form";
	}

	@PostMapping("/opinions/new")
	String submitOpinion(OpinionForm form, Model model, RedirectAttributes redirect) {
		try {
			OpinionDetails submitted = opinions.submit(new SubmitOpinion(form.title(), form.content(), enterprisesNamed(form.enterprises())),
					CurrentActor.get());
			redirect.addFlashAttribute("flash", "opinion.done.submitted");
			return "redirect:/proposals/opinions/" + submitted.id();
		}
		catch (ValidationException e) {
			model.addAttribute("form", form);
			model.addAttribute("problems", e.violations());
			return "proposals/opinion-form";
		}
	}

	@GetMapping("/opinions/{id}")
	String opinion(@PathVariable long id, Model model) {
		OpinionDetails opinion = opinions.details(id, CurrentActor.get());
		model.addAttribute("opinion", opinion);
		List<ProposalTimelineEntry> newestFirst = new ArrayList<>(opinion.timeline());
		Collections.reverse(newestFirst);
		model.addAttribute("timeline", newestFirst);
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", new OpinionStepForm(null, null, null, List.of(), null));
		}
		model.addAttribute("units", opinion.actions().can("FORWARD") ? units() : List.of());
		return "proposals/opinion";
	}

	@PostMapping("/opinions/{id}/steps/{step}")
	String opinionStep(@PathVariable long id, @PathVariable String step, OpinionStepForm form, Model model, RedirectAttributes redirect) {
		OpinionStep taken = StepNames.parse(OpinionStep.class, step);
		return StepPage.take(taken, form, () -> opinions.take(id, form.command(taken), CurrentActor.get()), "opinion.done." + taken.name(), "/proposals/opinions/" + id, model, redirect, () -> opinion(id, model));
	}

	// ----- helpers

	private List<UnitSummary> units() {
		return organization.allUnits().stream().filter(UnitSummary::active).filter(unit -> unit.parentId() != null).toList();
	}

	private static boolean maySubmit(Actor actor) {
		return actor.can(Permissions.PROPOSAL_SUBMIT) || actor.can(Permissions.PROPOSAL_MANAGE);
	}

	/** Enterprises typed by credit code or registered name; one that names none is {@code -1}, refused as unknown. */
	private List<Long> enterprisesNamed(String typed) {
		return words(typed).stream().map(word -> enterprises.findByCreditCode(word).or(() -> enterprises.findByName(word))
			.map(EnterpriseSummary::id).orElse(-1L)).toList();
	}

	private static List<String> words(String typed) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		return Arrays.stream(typed.split("[,，、;；\\n\\r]+")).map(String::strip).filter(word -> !word.isEmpty()).toList();
	}


	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new ValidationException(Violation.of(field, "proposal." + field + ".required"));
		}
	}

	private static <E extends Enum<E>> E parseQuietly(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
