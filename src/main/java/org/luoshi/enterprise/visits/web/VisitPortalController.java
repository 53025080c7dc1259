package org.luoshi.enterprise.visits.web;

import org.luoshi.enterprise.visits.internal.VisitPortal;
import org.luoshi.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The visits that covered the enterprise, on its portal (its own account, on a phone first). */
@Controller
@PreAuthorize("hasAuthority('demand:submit')")
class VisitPortalController {

	private final VisitPortal portal;

	VisitPortalController(VisitPortal portal) {
		this.portal = portal;
	}

	@GetMapping("/portal/visits")
	String visits(Model model) {
		model.addAttribute("visits", portal.visits(CurrentActor.get()));
		return "visits/portal";
	}
}
