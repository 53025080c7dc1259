package org.luoshi.legalservice.lectures.web;

import java.util.List;

import org.luoshi.legalservice.lectures.internal.TopicMenu;
import org.luoshi.legalservice.lectures.internal.TopicMenu.ProposeTopic;
import org.luoshi.legalservice.lectures.internal.TopicMenu.RankedTopic;
import org.luoshi.legalservice.lectures.internal.TopicStatus;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lecture menu (点单): the proposed topics ranked by demand with why (votes, matching demands), a vote button for
 * enterprises' accounts, the form to propose a topic; below, the topics scheduled and held. Fits a 390 px phone.
 */
@Controller
@RequestMapping("/legal/topics")
@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle', 'legal:provide', 'legal:request')")
class TopicController {

	private final TopicMenu menu;

	TopicController(TopicMenu menu) {
		this.menu = menu;
	}

	@GetMapping
	String menu(Model model) {
		Actor actor = CurrentActor.get();
		List<RankedTopic> topics = menu.menu(actor);
		model.addAttribute("proposed", topics.stream().filter(t -> t.status() == TopicStatus.PROPOSED).toList());
		model.addAttribute("past", topics.stream().filter(t -> t.status() != TopicStatus.PROPOSED).toList());
		model.addAttribute("mayVote", TopicMenu.mayVote(actor));
		model.addAttribute("mayPropose", TopicMenu.mayPropose(actor));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ProposeTopic(null, null, null));
		}
		return "legal/lectures/topics";
	}

	@PostMapping
	String propose(ProposeTopic form, Model model, RedirectAttributes redirect) {
		try {
			TopicMenu.Topic topic = menu.propose(form, CurrentActor.get());
			redirect.addFlashAttribute("flash", "legal.topic.done.proposed");
			return "redirect:/legal/topics#topic-" + topic.id();
		}
		catch (ValidationException e) {
			model.addAttribute("form", form);
			model.addAttribute("problems", e.violations());
			return menu(model);
		}
	}

	@PostMapping("/{id}/vote")
	String vote(@PathVariable long id, RedirectAttributes redirect) {
		return vote(id, true, redirect);
	}

	@PostMapping("/{id}/unvote")
	String unvote(@PathVariable long id, RedirectAttributes redirect) {
		return vote(id, false, redirect);
	}

	private String vote(long id, boolean vote, RedirectAttributes redirect) {
		try {
			if (vote) {
				menu.vote(id, CurrentActor.get());
			}
			else {
				menu.withdrawVote(id, CurrentActor.get());
			}
			redirect.addFlashAttribute("flash", vote ? "legal.topic.done.voted" : "legal.topic.done.unvoted");
		}
		catch (ValidationException e) {
			redirect.addFlashAttribute("problems", e.violations());
		}
		return "redirect:/legal/topics#topic-" + id;
	}
}
