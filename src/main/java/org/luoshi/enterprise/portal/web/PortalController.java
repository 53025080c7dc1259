package org.luoshi.enterprise.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.PortalSection;
import org.luoshi.enterprise.PortalSection.PortalCard;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page an enterprise's account lands on: its enterprise (name, credit code, town) and a card per
 * {@link PortalSection}. The demands and visits sections show as coming soon until their modules contribute them.
 */
@Controller
@PreAuthorize("hasAuthority('demand:submit')")
class PortalController {

	/** The sections the portal promises, in order, shown as coming soon while no module contributes them. */
	static final Map<String, PortalCard> EXPECTED = expected();

	private final EnterpriseDirectory directory;
	private final List<PortalSection> sections;

	PortalController(EnterpriseDirectory directory, List<PortalSection> sections) {
		this.directory = directory;
		this.sections = sections.stream().sorted(Comparator.comparingInt(PortalSection::order)).toList();
	}

	/** A card, its place and whether its module is there yet. */
	record Card(String key, int order, PortalCard card, boolean comingSoon) {
	}

	@GetMapping("/portal")
	String portal(Model model) {
		Actor actor = CurrentActor.get();
		if (!actor.isEnterprise()) {
			throw new NotFoundException("portal", 0);
		}
		EnterpriseSummary enterprise = directory.find(actor.enterpriseId()).orElseThrow(() -> new NotFoundException("enterprise", actor.enterpriseId()));
		List<Card> cards = new ArrayList<>();
		Map<String, PortalCard> missing = new LinkedHashMap<>(EXPECTED);
		for (PortalSection section : sections) {
			missing.remove(section.key());
			section.card(actor).ifPresent(card -> cards.add(new Card(section.key(), section.order(), card, false)));
		}
		List<String> expectedKeys = List.copyOf(EXPECTED.keySet());
		missing.forEach((key, card) -> cards.add(new Card(key, (expectedKeys.indexOf(key) + 1) * 10, card, true)));
		cards.sort(Comparator.comparingInt(Card::order));
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("cards", cards);
		return "portal/portal";
	}

	private static Map<String, PortalCard> expected() {
		Map<String, PortalCard> expected = new LinkedHashMap<>();
		expected.put("demands", new PortalCard("portal.section.demands", "chat-square-text", null, "portal.section.coming-soon"));
		expected.put("visits", new PortalCard("portal.section.visits", "people", null, "portal.section.coming-soon"));
		return java.util.Collections.unmodifiableMap(expected);
	}
}
