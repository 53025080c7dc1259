package org.luoshi.shared.web;

import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what needs the signed-in person's attention, gathered from every module; an enterprise's is its portal. */
@Controller
class HomeController {

	private final List<AttentionProvider> providers;

	HomeController(List<AttentionProvider> providers) {
		this.providers = providers;
	}

	@GetMapping("/")
	String home(Model model) {
		Actor actor = CurrentActor.get();
		if (actor.isEnterprise()) {
			// An enterprise's account has a home of its own; the district's attention items are not its business.
			return "redirect:/portal";
		}
		List<Attention> items = providers.stream()
			.flatMap(provider -> provider.attentionFor(actor).stream())
			.filter(item -> item.count() > 0 || item.showWhenZero())
			.toList();
		model.addAttribute("attention", items);
		return "home";
	}
}
