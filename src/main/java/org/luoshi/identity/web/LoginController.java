package org.luoshi.identity.web;

import org.luoshi.identity.internal.IdentityWeb;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final IdentityWeb identity;

	LoginController(IdentityWeb identity) {
		this.identity = identity;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("lockoutMinutes", identity.lockoutMinutes());
		model.addAttribute("maxFailures", identity.maxFailedSignIns());
		return "identity/login";
	}
}
