package org.luoshi.legalservice.experts.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.experts.ExpertQuestions;
import org.luoshi.legalservice.experts.DisputeOutcome;
import org.luoshi.legalservice.experts.QuestionCommands.AskQuestion;
import org.luoshi.legalservice.experts.QuestionCommands.OtherParty;
import org.luoshi.legalservice.experts.QuestionCommands.TakeStep;
import org.luoshi.legalservice.experts.QuestionDetails;
import org.luoshi.legalservice.experts.QuestionStatus;
import org.luoshi.legalservice.experts.QuestionStep;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.TypedNumbers;
import org.luoshi.shared.web.StepNames;
import org.luoshi.shared.web.StepPage;
import org.springframework.http.ResponseEntity;
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
 * The questions' pages: the list (the bureau all, an expert theirs, an enterprise its own), asking, and a question's
 * page — the question, the opinion (editor for the expert, review for the bureau), the timeline with every expert the
 * rotation passed by, the steps the reader may take now (the transition table's), and the printed opinion once signed.
 */
@Controller
@RequestMapping("/legal/questions")
@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:provide', 'legal:request')")
class QuestionController {

	static final int PARTY_ROWS = 3;

	private final ExpertQuestions questions;
	private final EnterpriseDirectory enterprises;
	private final LegalDirectory directory;

	QuestionController(ExpertQuestions questions, EnterpriseDirectory enterprises, LegalDirectory directory) {
		this.questions = questions;
		this.enterprises = enterprises;
		this.directory = directory;
	}

	/** One other party as typed. */
	record PartyRow(String name, String identifier) {
	}

	/** The asking form as typed. */
	record AskForm(String enterprise, String subject, String text, String specialty, List<PartyRow> parties, String major) {

		AskForm {
			parties = parties == null ? new ArrayList<>() : new ArrayList<>(parties);
			while (parties.size() < PARTY_ROWS) {
				parties.add(new PartyRow(null, null));
			}
		}
	}

	/** A step's form as typed. */
	record StepForm(String expertId, String text, String outcome, String outcomeOn) {

		static StepForm blank() {
			return new StepForm(null, null, null, null);
		}
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q, Model model) {
		Actor actor = CurrentActor.get();
		QuestionStatus chosen = parseStatus(status);
		model.addAttribute("questions", questions.list(chosen, q, actor));
		model.addAttribute("status", chosen);
		model.addAttribute("q", q);
		model.addAttribute("statuses", QuestionStatus.values());
		model.addAttribute("mayAsk", mayAsk(actor));
		return "legal/experts/questions";
	}

	@GetMapping("/new")
	String form(Model model) {
		if (!mayAsk(CurrentActor.get())) {
			throw new org.springframework.security.access.AccessDeniedException("ask");
		}
		model.addAttribute("form", new AskForm(null, null, null, null, null, null));
		return form(model, CurrentActor.get());
	}

	@PostMapping("/new")
	String ask(AskForm form, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		List<OtherParty> parties = form.parties().stream().map(row -> new OtherParty(row.name(), row.identifier())).toList();
		try {
			QuestionDetails asked = questions.ask(new AskQuestion(actor.isEnterprise() ? null : enterpriseNamed(form.enterprise()), form.subject(),
					form.text(), form.specialty(), parties, "true".equals(form.major()) || "on".equals(form.major())), actor);
			redirect.addFlashAttribute("flash", asked.expertId() == null ? "legal.experts.done.asked-waiting" : "legal.experts.done.asked");
			return "redirect:/legal/questions/" + asked.id();
		}
		catch (ValidationException e) {
			model.addAttribute("form", form);
			model.addAttribute("problems", e.violations());
			return form(model, actor);
		}
	}

	private String form(Model model, Actor actor) {
		model.addAttribute("ownEnterprise", actor.isEnterprise());
		model.addAttribute("specialties", directory.experts().stream().flatMap(expert -> expert.specialties().stream()).distinct().toList());
		return "legal/experts/ask";
	}

	private Long enterpriseNamed(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return enterprises.findByCreditCode(typed.strip()).or(() -> enterprises.findByName(typed.strip())).map(EnterpriseSummary::id).orElse(-1L);
	}

	@GetMapping("/{id}")
	String page(@PathVariable long id, Model model) {
		QuestionDetails question = questions.details(id, CurrentActor.get());
		model.addAttribute("question", question);
		List<QuestionDetails.QuestionTimelineEntry> newestFirst = new ArrayList<>(question.timeline());
		Collections.reverse(newestFirst);
		model.addAttribute("timeline", newestFirst);
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", StepForm.blank());
		}
		model.addAttribute("experts", question.actions().can("ASSIGN") ? directory.experts() : List.of());
		model.addAttribute("outcomes", DisputeOutcome.values());
		return "legal/experts/question";
	}

	@PostMapping("/{id}/steps/{step}")
	String step(@PathVariable long id, @PathVariable String step, StepForm form, Model model, RedirectAttributes redirect) {
		QuestionStep taken = StepNames.parse(QuestionStep.class, step);
		return StepPage.take(taken, form, () -> {
			DisputeOutcome outcome = form.outcome() == null || form.outcome().isBlank() ? null : outcome(form.outcome());
			questions.take(id, new TakeStep(taken, TypedNumbers.id(form.expertId()), form.text(), outcome, form.outcomeOn()), CurrentActor.get());
		}, "legal.experts.done." + taken.name(), "/legal/questions/" + id, model, redirect, () -> page(id, model));
	}

	@GetMapping("/{id}/opinion.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return ExpertApiController.pdfAnswer(questions, id);
	}

	private static DisputeOutcome outcome(String text) {
		try {
			return DisputeOutcome.valueOf(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new ValidationException(Violation.of("outcome", "legal.experts.outcome.required"));
		}
	}

	private static boolean mayAsk(Actor actor) {
		return actor.can(Permissions.LEGAL_MANAGE) || actor.isEnterprise() && actor.can(Permissions.LEGAL_REQUEST);
	}

	private static QuestionStatus parseStatus(String status) {
		try {
			return status == null || status.isBlank() ? null : QuestionStatus.valueOf(status);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
