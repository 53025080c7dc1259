package org.luoshi.awards.web;

import org.luoshi.awards.internal.AwardCommands.FileObjection;
import org.luoshi.awards.internal.AwardQueries;
import org.luoshi.awards.internal.AwardService;
import org.luoshi.awards.internal.Campaign;
import org.luoshi.awards.internal.Objection;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.TypedNumbers;
import org.luoshi.shared.web.Times;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public notice (公示) without login, phone-sized: the campaigns on notice or with published results; a campaign's
 * proposed winners with their figures, the notice period in working days, the objection form while the notice runs, and
 * the objections with their answers (never a contact).
 */
@Controller
class PublicAwardsController {

	private final AwardQueries queries;
	private final AwardService awards;
	private final Times times;

	PublicAwardsController(AwardQueries queries, AwardService awards, Times times) {
		this.queries = queries;
		this.awards = awards;
		this.times = times;
	}

	/** The objection form as typed. */
	record ObjectionForm(String nominationId, String text, String contactName, String contactPhone) {

		FileObjection command() {
			return new FileObjection(TypedNumbers.id(nominationId), text, contactName, contactPhone);
		}
	}

	@GetMapping("/public/awards")
	String campaigns(Model model) {
		model.addAttribute("campaigns", queries.publicCampaigns());
		return "public/awards";
	}

	@GetMapping("/public/awards/{id}")
	String campaign(@PathVariable long id, Model model) {
		Campaign campaign = queries.publicCampaign(id).orElseThrow(() -> new NotFoundException("campaign", id));
		model.addAttribute("campaign", campaign);
		model.addAttribute("winners", queries.publicWinners(id));
		model.addAttribute("objections", queries.publicObjections(id));
		model.addAttribute("noticeOpen", campaign.noticeOpenOn(times.today()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ObjectionForm(null, null, null, null));
		}
		return "public/award-notice";
	}

	@PostMapping("/public/awards/{id}/objections")
	String object(@PathVariable long id, ObjectionForm form, Model model, RedirectAttributes redirect) {
		try {
			Objection filed = awards.fileObjection(id, form.command());
			redirect.addFlashAttribute("filed", filed.code());
			return "redirect:/public/awards/" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("form", form);
			model.addAttribute("problems", e.violations());
			return campaign(id, model);
		}
		catch (ConflictException e) {
			model.addAttribute("form", form);
			model.addAttribute("conflict", e.messageKey());
			return campaign(id, model);
		}
	}
}
