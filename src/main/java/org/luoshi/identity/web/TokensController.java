package org.luoshi.identity.web;

import org.luoshi.identity.internal.IdentityWeb;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each person's own API tokens: what they were made for, when they expire and were last used, and revoking them. */
@Controller
class TokensController {

	private final IdentityWeb identity;

	TokensController(IdentityWeb identity) {
		this.identity = identity;
	}

	@GetMapping("/account/tokens")
	String list(Model model) {
		model.addAttribute("tokens", identity.ownTokens());
		return "identity/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		identity.revokeToken(id);
		redirect.addFlashAttribute("flash", "identity.token.revoked");
		return "redirect:/account/tokens";
	}
}
